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

export type Dispatch = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export function createDispatch(core: Core, logger: Logger): Dispatch {
  // One call at a time: the driver is synchronous, and lock/unlock must not interleave with queries.
  let queue: Promise<unknown> = Promise.resolve();
  return (channel, input) => {
    // A progress read must answer while a close-out holds the queue; it touches no database.
    if ((CONCURRENT_CHANNELS as readonly string[]).includes(channel))
      return dispatchOne(core, logger, channel, input);
    const run = queue.then(() => dispatchOne(core, logger, channel, input));
    queue = run.catch(() => undefined);
    return run;
  };
}

async function dispatchOne(
  core: Core,
  logger: Logger,
  channel: string,
  input: unknown,
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
