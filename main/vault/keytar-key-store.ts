// KeyStore over keytar (macOS Keychain, Windows Credential Manager, Linux Secret Service),
// with a deadline: a Secret Service that never answers must not freeze unlock.
import { KeychainUnavailableError } from './errors';
import { KEYCHAIN_SERVICE, type KeyStore } from './key-store';

type Keytar = {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
};

const DEFAULT_DEADLINE_MS = 1500;

export class KeytarKeyStore implements KeyStore {
  #keytar: Keytar | null = null;

  constructor(
    private readonly service: string = KEYCHAIN_SERVICE,
    private readonly deadlineMs: number = DEFAULT_DEADLINE_MS,
  ) {}

  get(account: string): Promise<string | null> {
    return this.#call((k) => k.getPassword(this.service, account));
  }

  set(account: string, secret: string): Promise<void> {
    return this.#call((k) => k.setPassword(this.service, account, secret));
  }

  delete(account: string): Promise<boolean> {
    return this.#call((k) => k.deletePassword(this.service, account));
  }

  async #call<T>(fn: (k: Keytar) => Promise<T>): Promise<T> {
    if (process.platform === 'linux' && !process.env.DBUS_SESSION_BUS_ADDRESS) {
      // libsecret would try to autolaunch a bus (and possibly a GUI prompt); refuse at once.
      throw new KeychainUnavailableError('noService');
    }
    const keytar = await this.#load();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new KeychainUnavailableError('timeout')), this.deadlineMs);
    });
    try {
      return await Promise.race([fn(keytar), deadline]);
    } catch (err) {
      if (err instanceof KeychainUnavailableError) throw err;
      // keytar's messages can echo the account name; they are not passed on.
      throw new KeychainUnavailableError('noService');
    } finally {
      clearTimeout(timer);
    }
  }

  async #load(): Promise<Keytar> {
    if (!this.#keytar) {
      try {
        const mod = (await import('keytar')) as Keytar & { default?: Keytar };
        this.#keytar = mod.default ?? mod;
      } catch {
        throw new KeychainUnavailableError('noService');
      }
    }
    return this.#keytar;
  }
}
