// The import feature's IPC handlers: open a list through the main process's picker (read in
// memory, never copied; the page never learns the path), preview it with a mapping, import it in
// one transaction, drop it. One list is held per vault connection: locking drops it.
import { open } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { actingConsultant } from '../domain/issuer';
import { DomainError } from '../domain/errors';
import { getProgramme } from '../domain/programmes';
import type { Core, HandlerTable } from '../ipc/core';
import { readSettings } from '../vault/settings';
import type { Database } from '../vault/database';
import {
  headerKey,
  suggestMapping,
  withHeaderMapping,
  type ColumnMapping,
  type ImportField,
} from './columns';
import { importList, rememberedMapping, rememberMapping } from './commit';
import { planImport } from './plan';
import { ListReadError, MAX_LIST_BYTES, readList, type RawList } from './read-list';
import { cellText, readNationalId } from './values';
import { maskNationalId } from '../domain/national-ids';

type ImportChannel = Extract<keyof HandlerTable, `import.${string}`>;

type Held = { listId: string; list: RawList; programmeId: number };
type Progress = { phase: 'idle' | 'reading' | 'checking' | 'saving'; done: number; total: number };

// Keyed by the open connection: a lock closes it, so a held list never outlives its unlock.
const held = new WeakMap<Database, Held>();
const progress = new WeakMap<object, Progress>();
/**
 * The mapping last previewed per funder in this unlock: a list refused for a bad row keeps the
 * consultant's corrections when its fixed version is opened. Saved in the vault (per funder)
 * only when a list is imported.
 */
const lastPreviewed = new WeakMap<Database, Map<string, Record<string, ImportField | null>>>();

function previewedFor(db: Database, funder: string): Record<string, ImportField | null> {
  return lastPreviewed.get(db)?.get(funder) ?? {};
}

function notePreviewed(db: Database, funder: string, list: RawList, mapping: ColumnMapping): void {
  let byFunder = lastPreviewed.get(db);
  if (!byFunder) lastPreviewed.set(db, (byFunder = new Map()));
  byFunder.set(funder, withHeaderMapping(byFunder.get(funder) ?? {}, list.headers, mapping));
}

function progressOf(core: Core): Progress {
  let p = progress.get(core.vault);
  if (!p) progress.set(core.vault, (p = { phase: 'idle', done: 0, total: 0 }));
  return p;
}

function heldList(core: Core, listId: string, programmeId: number): Held {
  const h = held.get(core.vault.db);
  if (!h || h.listId !== listId || h.programmeId !== programmeId)
    throw new DomainError('importListGone', 'listId');
  return h;
}

/**
 * Reads the file at `path` into memory (refusing more than MAX_LIST_BYTES before reading),
 * parses it and zeroes the bytes. The path is used for this read only.
 */
async function readPicked(path: string): Promise<RawList> {
  const file = await open(path, 'r');
  let bytes: Buffer | null = null;
  try {
    const { size } = await file.stat();
    if (size > MAX_LIST_BYTES) throw new ListReadError('listTooLarge');
    bytes = Buffer.alloc(size);
    const { bytesRead } = await file.read(bytes, 0, size, 0);
    return await readList(bytes.subarray(0, bytesRead));
  } finally {
    bytes?.fill(0);
    await file.close();
  }
}

/**
 * Up to three values from the column's first rows, to see what it holds; a value that reads as a
 * national ID (Danish or Norwegian rules, as the import would read it) is masked DDMMYY-•••• as
 * everywhere else, so the full number never reaches the page before it is needed. So is one
 * shaped like a national ID that breaks the rules (9 to 11 digits with separators; a typo or an
 * impossible date is still someone's number): its first six digits, then -••••.
 */
// What people put between a national ID's digits (values.ts readNationalId drops the same).
const ID_SEPARATORS = /[\s\u00a0\u2007\u202f.\u2010-\u2013-]/g;

function samples(list: RawList, column: number, today: Date): string[] {
  const out: string[] = [];
  for (const r of list.rows) {
    const cell = r.cells[column] ?? null;
    const text = cellText(cell);
    if (text !== null) {
      const id = readNationalId(cell, 'DK', today);
      const digits = text.replace(ID_SEPARATORS, '');
      out.push(
        id.ok
          ? maskNationalId(id.country === 'DK' ? 'cpr' : 'norwegian', id.digits)
          : /^[0-9]{9,11}$/.test(digits)
            ? `${digits.slice(0, 6)}-••••`
            : text.slice(0, 80),
      );
    }
    if (out.length === 3) break;
  }
  return out;
}

function actor(core: Core): string {
  return actingConsultant(core.vault.db, core.actor ?? readSettings(core.dataDir).consultant);
}

function checkWidth(list: RawList, mapping: ColumnMapping): void {
  if (mapping.length !== list.headers.length) throw new DomainError('validation', 'mapping');
}

/** The import feature's handlers: open, map, preview, commit and drop an enrolment list. */
export type ImportHandlers = Pick<HandlerTable, ImportChannel>;

export const importHandlers: ImportHandlers = {
  'import.open': async (core, { programmeId }) => {
    const db = core.vault.db;
    const programme = getProgramme(db, programmeId);
    if (programme.status !== 'active') throw new DomainError('programmeClosed', 'programmeId');
    const path = core.pickImportList ? await core.pickImportList() : null;
    if (path === null) return { outcome: 'cancelled', list: null };
    held.delete(db);
    const p = progressOf(core);
    Object.assign(p, { phase: 'reading', done: 0, total: 0 });
    let list: RawList;
    try {
      list = await readPicked(path);
    } catch (err) {
      if (err instanceof DomainError) throw err;
      // The picked file vanished or cannot be read: say so, never its path.
      throw new ListReadError('listUnreadable');
    } finally {
      Object.assign(p, { phase: 'idle', done: 0, total: 0 });
    }
    const remembered = {
      ...rememberedMapping(db, programme.funder),
      ...previewedFor(db, programme.funder),
    };
    const mapping = suggestMapping(list.headers, remembered);
    const listId = randomBytes(16).toString('hex');
    held.set(db, { listId, list, programmeId });
    return {
      outcome: 'picked',
      list: {
        listId,
        format: list.format,
        headerRow: list.headerRow,
        rowCount: list.rows.length,
        columns: list.headers.map((header, index) => ({
          index,
          header,
          field: mapping[index] ?? null,
          remembered: Object.prototype.hasOwnProperty.call(remembered, headerKey(header)),
          samples: samples(list, index, core.now()),
        })),
      },
    };
  },
  'import.preview': async (core, { listId, programmeId, mapping }) => {
    const h = heldList(core, listId, programmeId);
    checkWidth(h.list, mapping);
    notePreviewed(core.vault.db, getProgramme(core.vault.db, programmeId).funder, h.list, mapping);
    const p = progressOf(core);
    try {
      const { plan } = await planImport(
        core.vault.db,
        h.list,
        mapping,
        programmeId,
        core.now(),
        (done, total) => Object.assign(p, { phase: 'checking', done, total }),
      );
      return plan;
    } finally {
      Object.assign(p, { phase: 'idle', done: 0, total: 0 });
    }
  },
  'import.commit': async (core, { listId, programmeId, mapping, rememberMapping: remember }) => {
    const h = heldList(core, listId, programmeId);
    checkWidth(h.list, mapping);
    const db = core.vault.db;
    notePreviewed(db, getProgramme(db, programmeId).funder, h.list, mapping);
    const p = progressOf(core);
    try {
      const { result } = await importList(
        db,
        h.list,
        mapping,
        programmeId,
        core.now(),
        actor(core),
        (phase, done, total) => Object.assign(p, { phase, done, total }),
      );
      if (remember) rememberMapping(db, programmeId, h.list.headers, mapping, core.now());
      held.delete(db);
      return result;
    } finally {
      Object.assign(p, { phase: 'idle', done: 0, total: 0 });
    }
  },
  'import.close': async (core, { listId }) => {
    if (core.vault.state() === 'unlocked') {
      const db = core.vault.db;
      if (held.get(db)?.listId === listId) held.delete(db);
    }
    return {};
  },
  'import.progress': async (core) => ({ ...progressOf(core) }),
};
