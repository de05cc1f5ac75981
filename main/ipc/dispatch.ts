// The one wrapper every IPC call goes through: validate input, call the core, validate
// output, and turn any failure into { ok: false, error: { code, field? } } with no stack or data.
import type { z } from 'zod';
import { DomainError } from '../domain/errors';
import { toEnvironmentError } from '../vault/environment-errors';
import { VaultError } from '../vault/errors';
import type { Logger } from '../vault/logger';
import { isSqliteCode } from '../vault/sqlite-errors';
import {
  CONCURRENT_CHANNELS,
  contract,
  type ChannelName,
  type IpcError,
  type IpcResult,
} from './contract';
import { assertChannelAllowed } from '../requests/restriction';
import { handlers, type Core } from './handlers';
import { isReadChannel, keepsReader } from './read-channels';

export type Dispatch = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;

/**
 * The vault worker's hold on the read worker (host/reader-gate.ts's WriterGate): `revoke()`
 * synchronously stops every read on the reader's connection, `closed()` waits until the reader
 * has closed it and zeroed its key, `grant(key)` lets it open again under the current key.
 */
export type ReaderControl = Readonly<{
  granted: boolean;
  grant(key: Uint8Array): void;
  revoke(): void;
  closed(): Promise<void>;
}>;

export type DispatchOptions = Readonly<{
  /** The read worker's gate, in the vault worker of a client that runs one; else none. */
  readers?: ReaderControl;
}>;

/** True when `name` is a channel of the contract (own property, not inherited). */
export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/**
 * The vault worker's dispatch (and the test bridge's): validates, runs and answers one call at
 * a time. With `options.readers`, a call that is not known to leave the reader's key, file and
 * cached pages alone (read-channels.ts's keepsReader) first revokes the read worker and waits
 * until it has closed; after any call that leaves the vault unlocked, the reader is granted the
 * current key again.
 */
export function createDispatch(
  core: Core,
  logger: Logger,
  options: DispatchOptions = {},
): Dispatch {
  const readers = options.readers;
  // One call at a time: the driver is synchronous, and lock/unlock must not interleave with queries.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = async (channel: string, input: unknown): Promise<IpcResult<unknown>> => {
    if (!readers) return dispatchOne(core, logger, channel, input);
    if (!keepsReader(channel)) {
      readers.revoke();
      await readers.closed();
    }
    try {
      return await dispatchOne(core, logger, channel, input);
    } finally {
      if (!readers.granted && core.vault.state() === 'unlocked') {
        const key = core.vault.keyForReader();
        try {
          readers.grant(key);
        } finally {
          key.fill(0);
        }
      }
    }
  };
  return (channel, input) => {
    // A progress read must answer while a close-out holds the queue; it touches no database.
    if ((CONCURRENT_CHANNELS as readonly string[]).includes(channel))
      return dispatchOne(core, logger, channel, input);
    const run = queue.then(() => exclusive(channel, input));
    queue = run.catch(() => undefined);
    return run;
  };
}

/**
 * The read worker's dispatch: answers READ_CHANNELS from its own query-only connection, one at
 * a time, while `enter()` holds the gate open for `generation()`; answers 'reroute' (the vault
 * worker must answer instead) for any other channel, when the gate is closed, or when the read
 * needed a write after all (SQLITE_READONLY).
 */
export function createReadDispatch(
  core: Core,
  logger: Logger,
  gate: Readonly<{ enter(): boolean; leave(): void }>,
): (channel: string, input: unknown) => Promise<IpcResult<unknown> | 'reroute'> {
  let queue: Promise<unknown> = Promise.resolve();
  return (channel, input) => {
    const run = queue.then(async () => {
      if (!isReadChannel(channel) || !gate.enter()) return 'reroute' as const;
      try {
        return await dispatchOne(core, logger, channel, input, (err) =>
          isSqliteCode(err, 'SQLITE_READONLY'),
        );
      } catch (err) {
        // A read that needed a write: worth knowing (it waits behind long work), never an error.
        logger.info('reader.rerouted', {
          channel,
          error: err instanceof Error ? err.name : 'unknown',
        });
        return 'reroute' as const;
      } finally {
        gate.leave();
      }
    });
    queue = run.catch(() => undefined);
    return run;
  };
}

async function dispatchOne(
  core: Core,
  logger: Logger,
  channel: string,
  input: unknown,
  /** Errors the caller handles itself (rethrown, not turned into a result). */
  rethrow: (err: unknown) => boolean = () => false,
): Promise<IpcResult<unknown>> {
  if (!isChannelName(channel)) return fail({ code: 'unknownChannel' });
  const spec = contract[channel];
  const parsed = (spec.input as z.ZodType).safeParse(input);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path ?? [];
    return fail(
      path.length ? { code: 'validation', field: path.join('.') } : { code: 'validation' },
    );
  }
  let value: unknown;
  try {
    // A restricted participant's data is only stored (art. 18): writes to it are refused here.
    if (core.vault.state() === 'unlocked')
      assertChannelAllowed(core.vault.db, channel, parsed.data);
    const handler = handlers[channel] as (core: Core, input: unknown) => Promise<unknown>;
    value = await handler(core, parsed.data);
  } catch (err) {
    if (rethrow(err)) throw err;
    return fail(toIpcError(err, channel, logger));
  }
  const out = (spec.output as z.ZodType).safeParse(value);
  if (!out.success) {
    logger.error('ipc.badOutput', { channel });
    return fail({ code: 'internal' });
  }
  return { ok: true, value: out.data };
}

/**
 * Reduces any failure to the envelope's error: a stable code the window translates, with no
 * message, stack, path or value. In order:
 * - a `VaultError` gives its own code (`vaultLocked`, `wrongKey`, `diskFull`, …);
 * - a `DomainError` gives its code, and the field and machine details it names;
 * - an environmental failure gives `diskFull` or `storageReadOnly` (see `toEnvironmentError`
 *   in main/vault/environment-errors.ts for which SQLite and Node codes map to which);
 * - `SQLITE_CONSTRAINT_FOREIGNKEY` (a row refers to a programme, participant or document that
 *   does not exist, or no longer does) gives `notFound`, like the domain's own checks;
 * - `SQLITE_CORRUPT` / `SQLITE_NOTADB` give `vaultCorrupt`;
 * - anything else is logged by class name only and answers `internal`.
 */
export function toIpcError(err: unknown, channel: string, logger: Logger): IpcError {
  if (err instanceof VaultError) return { code: err.code };
  if (err instanceof DomainError) {
    return {
      code: err.code,
      ...(err.field ? { field: err.field } : {}),
      ...(err.details.length ? { details: err.details } : {}),
    };
  }
  const environment = toEnvironmentError(err);
  if (environment) {
    // Worth a line in the log (no message: it can name the data folder's path).
    logger.warn('ipc.environment', { channel, code: environment.code });
    return { code: environment.code };
  }
  if (isSqliteCode(err, 'SQLITE_CONSTRAINT_FOREIGNKEY')) return { code: 'notFound' };
  if (isSqliteCode(err, 'SQLITE_CORRUPT', 'SQLITE_NOTADB')) return { code: 'vaultCorrupt' };
  // Only the error's class name is logged: messages can quote SQL values or paths.
  logger.error('ipc.failed', { channel, error: err instanceof Error ? err.name : typeof err });
  return { code: 'internal' };
}

function fail(error: IpcError): IpcResult<never> {
  return { ok: false, error };
}
