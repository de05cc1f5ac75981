// Messages between the main process and the vault worker, and the worker's start-up data.
import { z } from 'zod';
import type { IpcResult } from '../ipc/contract';
import { TEXT_ENTRY_MAX } from '../vault/key-store';

const KdfCostSchema = z.object({
  N: z.number().int().min(2),
  r: z.number().int().min(1),
  p: z.number().int().min(1),
});

// Not strict: a test bootstrap adds its own fields (the TypeScript entry to load).
const WorkerDataSchema = z.object({
  dataDir: z.string().min(1),
  /**
   * 'writer' (the default): the vault worker, the only thread that changes the vault.
   * 'reader': the read worker (ipc/read-channels.ts), a query-only second connection.
   */
  role: z.enum(['writer', 'reader']).optional(),
  /** Lower only in tests; production uses the vault's default scrypt cost. */
  kdfCost: KdfCostSchema.optional(),
});

export type VaultWorkerData = z.infer<typeof WorkerDataSchema>;

/** Main → worker: one IPC call. Worker → main: its result. */
export type CallRequest = Readonly<{ type: 'call'; id: number; channel: string; input: unknown }>;
export type CallResponse = Readonly<{ type: 'result'; id: number; result: IpcResult<unknown> }>;

/**
 * Main → either worker (vault or read): close your connection and end the thread. Sent by
 * worker-client.ts instead of Worker.terminate(), which, landing while the thread is inside a
 * SQLCipher call, makes the addon's error path call napi_fatal_error and abort the whole process.
 */
export type StopRequest = Readonly<{ type: 'stop' }>;

/** True for a `stop` request. */
export function isStopRequest(message: unknown): message is StopRequest {
  return (message as { type?: unknown } | null)?.type === 'stop';
}

/**
 * Read worker → main: this call must run on the vault worker instead (the gate was revoked, the
 * reader is not open, or the read turned out to need a write). Nothing was read or changed.
 */
export type RerouteResponse = Readonly<{ type: 'reroute'; id: number }>;

/**
 * Writer → reader, on their own MessageChannel (reader-gate.ts): open a query-only connection
 * under `generation` with this copy of the vault key (32 bytes, transferred; the reader owns
 * and zeroes it), or close the connection opened under an older generation and zero the key.
 * Reader → writer: `readerClosed` once it has. Reader → main: whether reads may be sent to it.
 */
export type ReaderOpenMessage = Readonly<{
  type: 'readerOpen';
  generation: number;
  key: ArrayBuffer;
}>;
export type ReaderCloseMessage = Readonly<{ type: 'readerClose'; generation: number }>;
export type ReaderClosedMessage = Readonly<{ type: 'readerClosed'; generation: number }>;
export type ReaderStateMessage = Readonly<{ type: 'readerState'; open: boolean }>;

/** True for a read worker's `reroute` answer (a safe-integer id). */
export function isRerouteResponse(message: unknown): message is RerouteResponse {
  const m = asRecord(message);
  return m?.type === 'reroute' && Number.isSafeInteger(m.id);
}

/** True for a read worker's `readerState` message (`open` a boolean). */
export function isReaderStateMessage(message: unknown): message is ReaderStateMessage {
  const m = asRecord(message);
  return m?.type === 'readerState' && typeof m.open === 'boolean';
}

/**
 * Worker → main: a keychain operation, run where keytar is loaded once per process.
 *
 * Keys never cross as strings. `set` carries the key as an ArrayBuffer of exactly 32 bytes
 * that the worker copied and put in postMessage's transfer list (so no copy stays behind in
 * the worker); the main thread zeroes it after the keychain call. A `get` answer carries the
 * key the same way the other way round; the worker owns it and zeroes it after use.
 */
export type KeyStoreRequest = Readonly<
  | { type: 'keyStore'; id: number; op: 'get'; account: string }
  | { type: 'keyStore'; id: number; op: 'set'; account: string; key: ArrayBuffer }
  | { type: 'keyStore'; id: number; op: 'delete'; account: string }
  | { type: 'keyStore'; id: number; op: 'accounts' }
  | { type: 'keyStore'; id: number; op: 'getText'; account: string }
  | { type: 'keyStore'; id: number; op: 'setText'; account: string; text: string }
>;
/** 'locked': the keychain answered but its collection is locked (KeychainLockedError). */
export type KeychainFailure = 'noService' | 'timeout' | 'denied' | 'locked';
/**
 * `value` by op: get → ArrayBuffer (transferred; empty for a malformed entry) or null for no
 * entry; set → null; delete → boolean; accounts → string[]; getText → string or null;
 * setText → null. Text entries are never keys (the shredding ledger).
 */
export type KeyStoreValue = ArrayBuffer | boolean | null | string | readonly string[];
export type KeyStoreResponse = Readonly<
  | { type: 'keyStoreResult'; id: number; ok: true; value: KeyStoreValue }
  | { type: 'keyStoreResult'; id: number; ok: false; reason: KeychainFailure }
>;

/**
 * Which file the consultant is asked to pick: a backup pair to restore, a key file to put back,
 * the backup folder, or an enrolment list to import (CSV or XLSX).
 */
export type PickWhat = 'backup' | 'keyFile' | 'folder' | 'importList';
/**
 * Worker → main: show the open dialog (only the main process has a window) for `what`.
 * Main → worker: the chosen path, or null when cancelled or there is no dialog. The path
 * stays between these two threads; the page only ever learns the outcome.
 */
export type PickRequest = Readonly<{ type: 'pick'; id: number; what: PickWhat }>;
export type PickResponse = Readonly<{ type: 'pickResult'; id: number; path: string | null }>;

/**
 * An ArrayBuffer holding exactly `bytes`, for a transfer list. If `bytes` already owns its
 * whole ArrayBuffer (as Buffer.alloc's do, unlike Node's pooled small Buffers) that buffer is
 * returned and no copy is made; otherwise the bytes are copied out and `bytes` is zeroed, so
 * one live copy remains either way. Either way the caller must not use `bytes` afterwards.
 */
export function detachableCopy(bytes: Uint8Array): ArrayBuffer {
  const backing = bytes.buffer;
  if (
    backing instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === backing.byteLength
  ) {
    return backing;
  }
  const copy = new Uint8Array(new ArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  bytes.fill(0);
  return copy.buffer;
}

/**
 * The worker's start-up data, checked: `dataDir` (a non-empty path), optional `kdfCost` and
 * `role`; other fields (a test bootstrap's entry, the read worker's gate and port) are dropped.
 * @throws ZodError when the data does not have that shape (the worker cannot start).
 */
export function parseWorkerData(data: unknown): VaultWorkerData {
  return WorkerDataSchema.parse(data);
}

/** True for a main → worker call: `type: 'call'`, a safe-integer id and a channel name. */
export function isCallRequest(message: unknown): message is CallRequest {
  const m = asRecord(message);
  return m?.type === 'call' && Number.isSafeInteger(m.id) && typeof m.channel === 'string';
}

/** True for a worker → main result: a safe-integer id and an envelope with a boolean `ok`. */
export function isCallResponse(message: unknown): message is CallResponse {
  const m = asRecord(message);
  if (m?.type !== 'result' || !Number.isSafeInteger(m.id)) return false;
  return typeof asRecord(m.result)?.ok === 'boolean';
}

/**
 * True for a well-formed keychain request: a known op with its account; `set` only with a key of
 * exactly 32 bytes, `setText` only with text of at most TEXT_ENTRY_MAX characters.
 */
export function isKeyStoreRequest(message: unknown): message is KeyStoreRequest {
  const m = asRecord(message);
  if (m?.type !== 'keyStore' || !Number.isSafeInteger(m.id)) return false;
  if (m.op === 'accounts') return true;
  if (typeof m.account !== 'string') return false;
  return (
    m.op === 'get' ||
    m.op === 'delete' ||
    m.op === 'getText' ||
    (m.op === 'setText' && typeof m.text === 'string' && m.text.length <= TEXT_ENTRY_MAX) ||
    (m.op === 'set' && m.key instanceof ArrayBuffer && m.key.byteLength === 32)
  );
}

/** True for a keychain answer: a safe-integer id and a boolean `ok`. */
export function isKeyStoreResponse(message: unknown): message is KeyStoreResponse {
  const m = asRecord(message);
  return m?.type === 'keyStoreResult' && Number.isSafeInteger(m.id) && typeof m.ok === 'boolean';
}

/** True for a worker → main pick request naming one of the PickWhat files. */
export function isPickRequest(message: unknown): message is PickRequest {
  const m = asRecord(message);
  return (
    m?.type === 'pick' &&
    Number.isSafeInteger(m.id) &&
    (m.what === 'backup' || m.what === 'keyFile' || m.what === 'folder' || m.what === 'importList')
  );
}

/** True for a main → worker pick answer: a safe-integer id and a non-empty path or null. */
export function isPickResponse(message: unknown): message is PickResponse {
  const m = asRecord(message);
  return (
    m?.type === 'pickResult' &&
    Number.isSafeInteger(m.id) &&
    (m.path === null || (typeof m.path === 'string' && m.path.length > 0))
  );
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}
