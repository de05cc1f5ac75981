// The IPC contract: every channel's name, zod input and zod output. Shared by the main
// process, the preload, the test bridge and the renderer, so it imports neither electron nor node.
import { z } from 'zod';

const MAX_PASSPHRASE = 1024;
/** A note body: generous for a session's notes, far below what could stall a screen. */
export const MAX_NOTE_BODY = 100_000;
export const MIN_PASSPHRASE = 12;

const Empty = z.object({}).strict();
const Passphrase = z.string().min(1).max(MAX_PASSPHRASE);

export const VaultStatus = z
  .object({
    state: z.enum(['absent', 'locked', 'unlocked']),
    /** Minutes of inactivity before the app locks itself. */
    idleLockMinutes: z.number().int().min(1).max(240),
  })
  .strict();

const KeychainOutcome = z.enum(['stored', 'unavailable', 'notRequested']);

export const Note = z
  .object({
    id: z.number().int().positive(),
    body: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();

export const contract = {
  'vault.status': { input: Empty, output: VaultStatus },
  'vault.create': {
    input: z.object({ passphrase: z.string().min(MIN_PASSPHRASE).max(MAX_PASSPHRASE) }).strict(),
    output: z.object({ keychain: KeychainOutcome }).strict(),
  },
  'vault.unlock': { input: Empty, output: z.object({}).strict() },
  'vault.unlockWithPassphrase': {
    input: z
      .object({ passphrase: Passphrase, rememberInKeychain: z.boolean().optional() })
      .strict(),
    output: z.object({ keychain: KeychainOutcome }).strict(),
  },
  'vault.lock': { input: Empty, output: z.object({}).strict() },
  'notes.create': {
    input: z.object({ body: z.string().trim().min(1).max(MAX_NOTE_BODY) }).strict(),
    output: Note,
  },
  'notes.list': {
    input: z
      .object({
        limit: z.number().int().min(1).max(200).optional(),
        before: z.number().int().positive().optional(),
      })
      .strict(),
    output: z.object({ notes: z.array(Note), nextBefore: z.number().int().nullable() }).strict(),
  },
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const channelNames = Object.keys(contract) as ChannelName[];

/** Error codes that may cross IPC; the renderer translates each one. */
export const ErrorCode = z.enum([
  'validation',
  'vaultLocked',
  'vaultAbsent',
  'vaultExists',
  'wrongPassphrase',
  'wrongKey',
  'keychainUnavailable',
  'keychainEntryMissing',
  'vaultCorrupt',
  'vaultFromFuture',
  'weakPassphrase',
  'unknownChannel',
  'forbidden',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export type IpcError = Readonly<{ code: ErrorCode; field?: string }>;
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** What `window.vault` is: one async function per channel, returning a result envelope. */
export type VaultApi = {
  readonly [C in ChannelName]: (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
};
