// Environmental failures become typed codes the window can explain, not `internal`.
import { describe, expect, it } from 'vitest';
import { toIpcError } from '../../main/ipc/dispatch';
import { toEnvironmentError } from '../../main/vault/environment-errors';
import { DiskFullError, StorageReadOnlyError, WrongKeyError } from '../../main/vault/errors';
import { MemoryLogger } from '../../main/vault/logger';

/** An error shaped like the driver's or Node's: a message and a string code. */
function coded(code: string, message = 'detail with /home/someone/path'): Error {
  return Object.assign(new Error(message), { code });
}

describe('toEnvironmentError', () => {
  it.each(['SQLITE_FULL', 'ENOSPC', 'EDQUOT'])('%s is diskFull', (code) => {
    expect(toEnvironmentError(coded(code))).toBeInstanceOf(DiskFullError);
  });

  it.each([
    'SQLITE_READONLY',
    'SQLITE_READONLY_DIRECTORY',
    'SQLITE_READONLY_DBMOVED',
    'SQLITE_CANTOPEN',
    'SQLITE_CANTOPEN_ISDIR',
    'EROFS',
    'EACCES',
    'EPERM',
  ])('%s is storageReadOnly', (code) => {
    expect(toEnvironmentError(coded(code))).toBeInstanceOf(StorageReadOnlyError);
  });

  it.each([
    'SQLITE_IOERR_WRITE',
    'SQLITE_CONSTRAINT_FOREIGNKEY',
    'ENOENT',
    'EBUSY',
    'SQLITE_FULLX',
  ])('%s is not environmental', (code) => {
    expect(toEnvironmentError(coded(code))).toBeNull();
  });

  it('follows a wrapped cause and passes the typed errors through', () => {
    const wrapped = new Error('key file write failed', { cause: coded('ENOSPC') });
    expect(toEnvironmentError(wrapped)).toBeInstanceOf(DiskFullError);
    const typed = new StorageReadOnlyError();
    expect(toEnvironmentError(typed)).toBe(typed);
    expect(toEnvironmentError(new WrongKeyError())).toBeNull();
    expect(toEnvironmentError(null)).toBeNull();
    expect(toEnvironmentError('ENOSPC')).toBeNull();
  });
});

describe('toIpcError', () => {
  it('answers diskFull, storageReadOnly and notFound, logging no message', () => {
    const logger = new MemoryLogger();
    expect(toIpcError(coded('SQLITE_FULL'), 'sessionNotes.createDraft', logger)).toEqual({
      code: 'diskFull',
    });
    expect(toIpcError(coded('SQLITE_CANTOPEN'), 'vault.unlock', logger)).toEqual({
      code: 'storageReadOnly',
    });
    expect(toIpcError(coded('SQLITE_CONSTRAINT_FOREIGNKEY'), 'assessments.add', logger)).toEqual({
      code: 'notFound',
    });
    expect(toIpcError(coded('SQLITE_IOERR_WRITE'), 'x', logger)).toEqual({ code: 'internal' });
    expect(JSON.stringify(logger.entries)).not.toContain('/home/someone');
  });
});
