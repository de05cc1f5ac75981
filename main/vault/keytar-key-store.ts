// KeyStore over keytar (macOS Keychain, Windows Credential Manager, Linux Secret Service),
// with a deadline: a Secret Service that never answers must not freeze unlock.
//
// keytar takes and returns strings, so this adapter is the one place a key exists as hex:
// in the main thread, for the length of one keytar call. Everything on the other side of it
// (the worker, the vault) sees raw bytes in buffers that are zeroed after use. A JS string
// cannot be zeroed, so no reference to one that held a key outlives the call (not even
// RegExp's last match: no RegExp ever sees a key), and the heap is scrubbed after every call
// that handled one (main/host/heap-scrub.ts), so its bytes are gone when the call resolves.
import { scrubHeap } from '../host/heap-scrub';
import { KeychainLockedError, KeychainUnavailableError, VaultError } from './errors';
import { KEYCHAIN_SERVICE, type KeyStore } from './key-store';
import {
  DEFAULT_PROBE_DEADLINE_MS as DEFAULT_DEADLINE_MS,
  platformAccountLister,
  platformLockProbe,
  type KeychainAccountLister,
  type KeychainLockProbe,
} from './keychain-lock-probe';

type Keytar = {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
};

export class KeytarKeyStore implements KeyStore {
  #keytar: Keytar | null = null;
  readonly #locked: KeychainLockProbe;
  readonly #list: KeychainAccountLister | null;

  /**
   * @param service keychain service name (the app's is "Fortrolig"; tests may use another).
   * @param deadlineMs how long one keychain operation, lock probe included, may take before it
   *   fails with KeychainUnavailableError('timeout').
   * @param lockProbe tells a locked collection from a missing entry; defaults to this OS's
   *   probe (keychain-lock-probe.ts: Secret Service on Linux, `security` on macOS, none on
   *   Windows, whose Credential Manager has no locked state).
   * @param listAccounts lists the service's account names without their secrets; defaults to
   *   this OS's (the Secret Service's item attributes on Linux; keytar's findCredentials
   *   elsewhere, when this is null).
   */
  constructor(
    private readonly service: string = KEYCHAIN_SERVICE,
    private readonly deadlineMs: number = DEFAULT_DEADLINE_MS,
    lockProbe?: KeychainLockProbe,
    listAccounts: KeychainAccountLister | null = platformAccountLister(),
  ) {
    this.#locked = lockProbe ?? platformLockProbe(process.platform, deadlineMs);
    this.#list = listAccounts;
  }

  /**
   * The key for `account` as a new 32-byte Buffer (not from Node's shared pool, so it can be
   * transferred and zeroed alone); an empty Buffer if the entry is not 64 hex characters; null
   * if there is no entry. @throws KeychainLockedError if the entry (or the default collection)
   * is locked; KeychainUnavailableError otherwise.
   */
  get(account: string): Promise<Buffer | null> {
    return this.#scrubbedAfter(async (k) => {
      const hex = await k.getPassword(this.service, account);
      if (hex === null) {
        if (await this.#locked({ service: this.service, account })) throw new KeychainLockedError();
        return null;
      }
      // Off the V8 heap: a small Buffer.alloc lives on it, and the GC would leave copies.
      const key = Buffer.from(new ArrayBuffer(32));
      // No RegExp on the key: V8 keeps the last string a RegExp matched (RegExp.input) alive
      // until the next match, and a live string cannot be scrubbed. Hex decoding stops at the
      // first character that is not hex, so 32 bytes written means 64 valid hex characters.
      if (hex.length !== 64 || key.write(hex, 'hex') !== 32) {
        key.fill(0);
        return Buffer.alloc(0);
      }
      return key;
    });
  }

  /**
   * Stores `key` as lowercase hex (keytar takes strings). `key` stays the caller's.
   * @throws KeychainLockedError, KeychainUnavailableError.
   */
  set(account: string, key: Uint8Array): Promise<void> {
    return this.#scrubbedAfter(async (k) => {
      // A view on the caller's bytes, not a copy; the hex string is the one copy keytar needs.
      const view = Buffer.from(key.buffer, key.byteOffset, key.byteLength);
      await k.setPassword(this.service, account, view.toString('hex'));
    });
  }

  /**
   * True if an entry was removed, false if there was none.
   * @throws KeychainLockedError when the entry may be behind a locked collection (libsecret
   *   then answers "nothing removed"), KeychainUnavailableError.
   */
  delete(account: string): Promise<boolean> {
    return this.#call(async (k) => {
      const removed = await k.deletePassword(this.service, account);
      if (!removed && (await this.#locked({ service: this.service, account }))) {
        throw new KeychainLockedError();
      }
      return removed;
    });
  }

  /**
   * Account names stored under the service, each once. On Linux they are read from the Secret
   * Service's item attributes and no secret is fetched: keytar's findCredentials crashes the
   * process (SIGSEGV) on a locked collection and whenever an entry is deleted while it runs,
   * by this process or another. Elsewhere keytar can only list them with their secrets
   * (findCredentials); the secrets are dropped at once and the heap scrubbed. The lock is
   * checked first.
   * @throws KeychainLockedError, KeychainUnavailableError.
   */
  accounts(): Promise<string[]> {
    const list = this.#list;
    if (list) {
      return this.#call(async () => {
        if (await this.#locked({ service: this.service })) throw new KeychainLockedError();
        return list(this.service);
      });
    }
    return this.#scrubbedAfter(async (k) => {
      if (await this.#locked({ service: this.service })) throw new KeychainLockedError();
      const found = await k.findCredentials(this.service);
      return [...new Set(found.map((c) => c.account))];
    });
  }

  /**
   * A text entry as stored (never a key), or null. @throws KeychainLockedError,
   * KeychainUnavailableError.
   */
  getText(account: string): Promise<string | null> {
    return this.#call(async (k) => {
      const text = await k.getPassword(this.service, account);
      if (text === null && (await this.#locked({ service: this.service, account })))
        throw new KeychainLockedError();
      return text;
    });
  }

  /** Stores a text entry. @throws KeychainLockedError, KeychainUnavailableError. */
  setText(account: string, text: string): Promise<void> {
    return this.#call((k) => k.setPassword(this.service, account, text));
  }

  /**
   * #call for an operation whose strings held a key: once it has settled (its frames are gone,
   * so nothing references them), the heap is scrubbed, whatever the outcome.
   */
  async #scrubbedAfter<T>(fn: (k: Keytar) => Promise<T>): Promise<T> {
    try {
      return await this.#call(fn);
    } finally {
      scrubHeap();
    }
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
      if (err instanceof VaultError) throw err;
      // A write into a locked collection fails ("Cannot create an item in a locked collection").
      if (await this.#locked({ service: this.service })) throw new KeychainLockedError();
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
