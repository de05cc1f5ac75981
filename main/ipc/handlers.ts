// The handler table: one function per contract channel, calling the host-neutral core.
import type { Vault } from '../vault/vault';
import { readSettings } from '../vault/settings';
import { caseloadHandlers } from './caseload-handlers';
import { afterUnlock, retentionHandlers } from './retention-handlers';
import type { ChannelInput, ChannelName, ChannelOutput } from './contract';

export type Core = Readonly<{
  vault: Vault;
  dataDir: string;
  now: () => Date;
  /** Who acts, for the audit trail (the consultant's initials); defaults to "consultant". */
  actor?: string;
}>;

export type HandlerTable = {
  readonly [C in ChannelName]: (core: Core, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
};

export const handlers: HandlerTable = {
  'vault.status': async (core) => ({
    state: core.vault.state(),
    idleLockMinutes: readSettings(core.dataDir).idleLockMinutes,
  }),
  'vault.create': async (core, input) => {
    const { keychain } = await core.vault.create(input.passphrase);
    return { keychain };
  },
  'vault.unlock': async (core) => {
    await core.vault.unlock();
    await afterUnlock(core);
    return {};
  },
  'vault.unlockWithPassphrase': async (core, input) => {
    const result = await core.vault.unlockWithPassphrase(
      input.passphrase,
      input.rememberInKeychain ?? true,
    );
    await afterUnlock(core);
    return result;
  },
  'vault.lock': async (core) => {
    core.vault.lock();
    return {};
  },
  ...caseloadHandlers,
  ...retentionHandlers,
};
