// Messages between the main process and the vault worker, and the worker's start-up data.
import { z } from 'zod';
import type { IpcResult } from '../ipc/contract';

const KdfCostSchema = z.object({
  N: z.number().int().min(2),
  r: z.number().int().min(1),
  p: z.number().int().min(1),
});

// Not strict: a test bootstrap adds its own fields (the TypeScript entry to load).
const WorkerDataSchema = z.object({
  dataDir: z.string().min(1),
  /** Lower only in tests; production uses the vault's default scrypt cost. */
  kdfCost: KdfCostSchema.optional(),
});

export type VaultWorkerData = z.infer<typeof WorkerDataSchema>;

/** Main → worker: one IPC call. Worker → main: its result. */
export type CallRequest = Readonly<{ type: 'call'; id: number; channel: string; input: unknown }>;
export type CallResponse = Readonly<{ type: 'result'; id: number; result: IpcResult<unknown> }>;

/** Worker → main: a keychain operation, run where keytar is loaded once per process. */
export type KeyStoreRequest = Readonly<
  | { type: 'keyStore'; id: number; op: 'get'; account: string }
  | { type: 'keyStore'; id: number; op: 'set'; account: string; secret: string }
  | { type: 'keyStore'; id: number; op: 'delete'; account: string }
>;
export type KeychainFailure = 'noService' | 'timeout' | 'denied';
export type KeyStoreResponse = Readonly<
  | { type: 'keyStoreResult'; id: number; ok: true; value: string | boolean | null }
  | { type: 'keyStoreResult'; id: number; ok: false; reason: KeychainFailure }
>;

export function parseWorkerData(data: unknown): VaultWorkerData {
  return WorkerDataSchema.parse(data);
}

export function isCallRequest(message: unknown): message is CallRequest {
  const m = asRecord(message);
  return m?.type === 'call' && Number.isSafeInteger(m.id) && typeof m.channel === 'string';
}

export function isCallResponse(message: unknown): message is CallResponse {
  const m = asRecord(message);
  if (m?.type !== 'result' || !Number.isSafeInteger(m.id)) return false;
  return typeof asRecord(m.result)?.ok === 'boolean';
}

export function isKeyStoreRequest(message: unknown): message is KeyStoreRequest {
  const m = asRecord(message);
  if (m?.type !== 'keyStore' || !Number.isSafeInteger(m.id) || typeof m.account !== 'string') {
    return false;
  }
  return m.op === 'get' || m.op === 'delete' || (m.op === 'set' && typeof m.secret === 'string');
}

export function isKeyStoreResponse(message: unknown): message is KeyStoreResponse {
  const m = asRecord(message);
  return m?.type === 'keyStoreResult' && Number.isSafeInteger(m.id) && typeof m.ok === 'boolean';
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}
