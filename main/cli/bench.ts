// `vault bench`: a keyed vault beside an unkeyed database, same seed, same workload, same run.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enrol } from '../domain/enrolments';
import { createParticipant } from '../domain/participants';
import { createProgramme } from '../domain/programmes';
import { createDraft } from '../domain/session-notes';
import type { Database } from '../vault/database';
import { openUnkeyedForComparison } from '../vault/unkeyed';
import { keychainAccount } from '../vault/key-store';
import { KeytarKeyStore } from '../vault/keytar-key-store';
import { migrate } from '../vault/migrate';
import { openSqlCipher } from '../vault/sqlcipher-driver';
import { Vault, configureConnection } from '../vault/vault';
import {
  compare,
  measureCaseload,
  type CaseloadBenchSize,
  type CaseloadFigures,
} from './bench-caseload';
import {
  measureMemorySecurityOffInChild,
  type MemorySecurityFigures,
} from './bench-memory-security';
import { measureImport, type ImportFigure } from './bench-import';
import {
  DurableTimer,
  timeCloseOut,
  timeErasure,
  type CloseOutFigure,
  type ErasureFigure,
} from './bench-close-out';
import { measureCryptoCeilings, type CryptoCeilings } from './bench-ceilings';
import { addBenchDocuments } from './bench-documents';
import { pct, ratio, timeRepeated } from './bench-stats';
import { seedCaseload } from './seed-caseload';
import { seedNoteText, seededRandom } from './seed-text';

export type BenchOptions = Readonly<{
  opens: number;
  inserts: number;
  caseload: CaseloadBenchSize;
  /** Rows in the enrolment list imported (bench-import.ts). */
  importRows: number;
  /** MiB of documents (1 MiB each) added for the close-out and erasure "with documents" rows. */
  documentsMb: number;
}>;

type Pair<T> = { keyed: T; unkeyed: T; ratio: number };

type Vault0 = { openToFirstQueryMs: number; insertP50Ms: number; insertP99Ms: number };
export type BenchResult = Readonly<{
  bench: 'fortrolig-vault';
  unlockVia: 'keychain';
  size: CaseloadBenchSize & { opens: number; inserts: number };
  vault: { keyed: Vault0; unkeyed: Vault0; ratio: Vault0 };
  caseload: { keyed: CaseloadFigures; unkeyed: CaseloadFigures; ratio: CaseloadFigures };
  fileMB: { keyed: number; unkeyed: number };
  closeOut: Pair<CloseOutFigure>;
  /** One person's erasure on the seeded caseload, before the close-out above. */
  erasure: Pair<ErasureFigure>;
  /**
   * After the close-out, `documentsMb` MiB of documents added (bench-documents.ts), then one
   * document holder's erasure and the next programme's close-out. The keyed vault does this at
   * the end of the run, the unkeyed one right after its close-out; both hold the same caseload.
   */
  withDocuments: {
    documentsMb: number;
    erasure: Pair<ErasureFigure>;
    closeOut: Pair<CloseOutFigure>;
  };
  /** AES-256-CBC and HMAC-SHA512 over 4,096-byte pages on this machine, in this run (MB/s). */
  cryptoCeilings: CryptoCeilings;
  /** An enrolment list read, planned and imported in one transaction (issue 10: 1,000 rows < 2 s). */
  importList: { keyed: ImportFigure; unkeyed: ImportFigure; ratio: number };
  /**
   * Keyed vault with cipher_memory_security on (the app's setting; the figures above) beside
   * off (a child process seeded alike: the setting is process-wide and one-way).
   */
  memorySecurity: {
    on: { openToFirstQueryMs: number; closeOutSeconds: number; reported: number };
    off: { openToFirstQueryMs: number; closeOutSeconds: number; reported: number };
    ratio: { openToFirstQueryMs: number; closeOutSeconds: number };
  };
  seedSeconds: number;
}>;

/**
 * Seeds a keyed vault (key in the OS keychain) and unkeyed twins in a temporary folder, runs the
 * same workload on each and returns the figures (times in ms or s as named, sizes in MB of
 * 1,048,576 bytes, throughputs in MB/s of 1e6 bytes); the folder and keychain entries are removed.
 * @throws Error if the OS keychain cannot store the key; anything the seeding or a shredding throws.
 */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'fortrolig-bench-'));
  const keyStore = new KeytarKeyStore();
  const keyedDir = join(dir, 'keyed');
  const timer = new DurableTimer();
  const vault = new Vault({ dataDir: keyedDir, keyStore, durable: timer });
  const plainPath = join(dir, 'unkeyed.db');
  try {
    const { keychain } = await vault.create('benchmark passphrase, thrown away');
    if (keychain !== 'stored')
      throw new Error(
        'bench needs the OS keychain (on Linux: bash scripts/with-keyring.sh npm run vault -- bench)',
      );
    const plain = openPlain(plainPath);
    const seedStart = performance.now();
    for (const db of [vault.db, plain])
      seedCaseload(db, { ...options.caseload, marker: 'BENCHMARK' }, SEED_NOW);
    const seedSeconds = Math.round((performance.now() - seedStart) / 100) / 10;
    for (const db of [vault.db, plain]) db.pragmaValue('wal_checkpoint(TRUNCATE)');
    const fileMB = { keyed: sizeMB(vault.paths.db), unkeyed: sizeMB(plainPath) };
    const reportedOn = Number(vault.db.pragmaValue('cipher_memory_security'));
    const caseloadKeyed = await measureCaseload(vault.db, options.caseload.repeats);
    const caseloadPlain = await measureCaseload(plain, options.caseload.repeats);
    plain.close();
    const erasureKeyed = await timeErasure(vault, timer);
    const closeOutKeyed = await timeCloseOut(vault, timer);
    vault.lock();
    const plainVault = new Vault({
      dataDir: join(dir, 'plain-vault'),
      keyStore,
      openDatabase: openUnkeyedForComparison,
      durable: timer,
    });
    await plainVault.create('benchmark passphrase, thrown away');
    seedCaseload(plainVault.db, { ...options.caseload, marker: 'BENCHMARK' }, SEED_NOW);
    const erasurePlain = await timeErasure(plainVault, timer);
    const closeOutPlain = await timeCloseOut(plainVault, timer);
    addBenchDocuments(plainVault.db, options.documentsMb, SEED_NOW);
    const docsErasurePlain = await timeErasure(plainVault, timer);
    const docsCloseOutPlain = await timeCloseOut(plainVault, timer);
    plainVault.lock();
    await keyStore.delete(keychainAccount(plainVault.vaultId()!)).catch(() => false);

    const keyedOpen = await timeRepeated(options.opens, async () => {
      const fresh = new Vault({ dataDir: keyedDir, keyStore });
      await fresh.unlock();
      fresh.db.prepare('SELECT count(*) AS n FROM participants').get();
      fresh.lock();
    });
    const plainOpen = await timeRepeated(options.opens, () => {
      const db = openPlain(plainPath);
      db.prepare('SELECT count(*) AS n FROM participants').get();
      db.close();
    });

    await vault.unlock();
    const keyedInsert = await timeInserts(vault.db, options.inserts);
    const importKeyed = await measureImport(vault.db, options.importRows);
    vault.lock();
    const db = openPlain(plainPath);
    const plainInsert = await timeInserts(db, options.inserts);
    const importPlain = await measureImport(db, options.importRows);
    db.close();

    await vault.unlock();
    addBenchDocuments(vault.db, options.documentsMb, SEED_NOW);
    const docsErasureKeyed = await timeErasure(vault, timer);
    const docsCloseOutKeyed = await timeCloseOut(vault, timer);
    vault.lock();
    const cryptoCeilings = measureCryptoCeilings();

    const off: MemorySecurityFigures = await measureMemorySecurityOffInChild({
      opens: options.opens,
      caseload: options.caseload,
    });
    const on = {
      openToFirstQueryMs: pct(keyedOpen, 50),
      closeOutSeconds: closeOutKeyed.seconds,
      reported: reportedOn,
    };
    const offFigures = {
      openToFirstQueryMs: off.openToFirstQueryMs,
      closeOutSeconds: off.closeOut.seconds,
      reported: off.reported,
    };

    const keyed = {
      openToFirstQueryMs: pct(keyedOpen, 50),
      insertP50Ms: pct(keyedInsert, 50),
      insertP99Ms: pct(keyedInsert, 99),
    };
    const unkeyed = {
      openToFirstQueryMs: pct(plainOpen, 50),
      insertP50Ms: pct(plainInsert, 50),
      insertP99Ms: pct(plainInsert, 99),
    };
    return {
      bench: 'fortrolig-vault',
      unlockVia: 'keychain',
      size: { ...options.caseload, opens: options.opens, inserts: options.inserts },
      vault: {
        keyed,
        unkeyed,
        ratio: {
          openToFirstQueryMs: ratio(keyed.openToFirstQueryMs, unkeyed.openToFirstQueryMs),
          insertP50Ms: ratio(keyed.insertP50Ms, unkeyed.insertP50Ms),
          insertP99Ms: ratio(keyed.insertP99Ms, unkeyed.insertP99Ms),
        },
      },
      caseload: {
        keyed: caseloadKeyed,
        unkeyed: caseloadPlain,
        ratio: compare(caseloadKeyed, caseloadPlain),
      },
      fileMB,
      importList: {
        keyed: importKeyed,
        unkeyed: importPlain,
        ratio: ratio(importKeyed.totalMs, importPlain.totalMs),
      },
      closeOut: {
        keyed: closeOutKeyed,
        unkeyed: closeOutPlain,
        ratio: ratio(closeOutKeyed.seconds, closeOutPlain.seconds),
      },
      erasure: pair(erasureKeyed, erasurePlain),
      withDocuments: {
        documentsMb: options.documentsMb,
        erasure: pair(docsErasureKeyed, docsErasurePlain),
        closeOut: pair(docsCloseOutKeyed, docsCloseOutPlain),
      },
      cryptoCeilings,
      memorySecurity: {
        on,
        off: offFigures,
        ratio: {
          openToFirstQueryMs: ratio(on.openToFirstQueryMs, offFigures.openToFirstQueryMs),
          closeOutSeconds: ratio(on.closeOutSeconds, offFigures.closeOutSeconds),
        },
      },
      seedSeconds,
    };
  } finally {
    vault.lock();
    const id = vault.vaultId();
    if (id) await keyStore.delete(keychainAccount(id)).catch(() => false);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures as a table for a terminal: one row a measurement, keyed, unkeyed and their ratio. */
export function formatBench(r: BenchResult): string {
  const row = (label: string, k: number, u: number, x: number) =>
    `${label.padEnd(44)}${k.toFixed(2).padStart(10)}${u.toFixed(2).padStart(10)}${x.toFixed(2).padStart(8)}×`;
  const c = r.caseload;
  return [
    `Fortrolig vault bench — ${r.size.participants} participants, ${r.size.notes} notes, ${r.size.documents} documents (seeded in ${r.seedSeconds} s)`,
    `${''.padEnd(44)}${'keyed'.padStart(10)}${'unkeyed'.padStart(10)}${'ratio'.padStart(9)}`,
    row(
      'open + keychain unlock → first query ms',
      r.vault.keyed.openToFirstQueryMs,
      r.vault.unkeyed.openToFirstQueryMs,
      r.vault.ratio.openToFirstQueryMs,
    ),
    row(
      'note insert p50 ms',
      r.vault.keyed.insertP50Ms,
      r.vault.unkeyed.insertP50Ms,
      r.vault.ratio.insertP50Ms,
    ),
    row(
      'note insert p99 ms',
      r.vault.keyed.insertP99Ms,
      r.vault.unkeyed.insertP99Ms,
      r.vault.ratio.insertP99Ms,
    ),
    row(
      'caseload first page (100 rows + counts) ms',
      c.keyed.caseloadFirstPageMs,
      c.unkeyed.caseloadFirstPageMs,
      c.ratio.caseloadFirstPageMs,
    ),
    row(
      'caseload first page by name (100 rows, sort-key index) ms',
      c.keyed.firstPageByNameMs,
      c.unkeyed.firstPageByNameMs,
      c.ratio.firstPageByNameMs,
    ),
    row(
      'caseload first page by name, index dropped (every row sorted) ms',
      c.keyed.firstPageByNameUnindexedMs,
      c.unkeyed.firstPageByNameUnindexedMs,
      c.ratio.firstPageByNameUnindexedMs,
    ),
    row(
      'participant page load p50 ms',
      c.keyed.participantPageMs,
      c.unkeyed.participantPageMs,
      c.ratio.participantPageMs,
    ),
    row('search p50 ms', c.keyed.searchP50Ms, c.unkeyed.searchP50Ms, c.ratio.searchP50Ms),
    row('search p95 ms', c.keyed.searchP95Ms, c.unkeyed.searchP95Ms, c.ratio.searchP95Ms),
    row('autosave p99 ms', c.keyed.autosaveP99Ms, c.unkeyed.autosaveP99Ms, c.ratio.autosaveP99Ms),
    row(
      `import list of ${r.importList.keyed.rows} rows ms (${r.importList.keyed.created} new, ${r.importList.keyed.matched} matched)`,
      r.importList.keyed.totalMs,
      r.importList.unkeyed.totalMs,
      r.importList.ratio,
    ),
    row('file size MB', r.fileMB.keyed, r.fileMB.unkeyed, ratio(r.fileMB.keyed, r.fileMB.unkeyed)),
    row(
      `close-out s (${r.closeOut.keyed.participants} people, ${r.closeOut.keyed.notes} notes)`,
      r.closeOut.keyed.seconds,
      r.closeOut.unkeyed.seconds,
      r.closeOut.ratio,
    ),
    row(
      '  vault MB before close-out',
      r.closeOut.keyed.mbBefore,
      r.closeOut.unkeyed.mbBefore,
      ratio(r.closeOut.keyed.mbBefore, r.closeOut.unkeyed.mbBefore),
    ),
    `  phases keyed (ms): ${JSON.stringify(r.closeOut.keyed.phaseMs)}; unkeyed: ${JSON.stringify(r.closeOut.unkeyed.phaseMs)}`,
    row(
      '  vault MB after close-out',
      r.closeOut.keyed.mbAfter,
      r.closeOut.unkeyed.mbAfter,
      ratio(r.closeOut.keyed.mbAfter, r.closeOut.unkeyed.mbAfter),
    ),
    ...formatShredding(r),
    `${''.padEnd(44)}${'on'.padStart(10)}${'off'.padStart(10)}${'ratio'.padStart(9)}`,
    row(
      'cipher_memory_security: unlock → 1st query ms',
      r.memorySecurity.on.openToFirstQueryMs,
      r.memorySecurity.off.openToFirstQueryMs,
      r.memorySecurity.ratio.openToFirstQueryMs,
    ),
    row(
      'cipher_memory_security: close-out s',
      r.memorySecurity.on.closeOutSeconds,
      r.memorySecurity.off.closeOutSeconds,
      r.memorySecurity.ratio.closeOutSeconds,
    ),
  ].join('\n');
}

const SEED_NOW = new Date('2026-11-01T09:00:00Z');

function pair<T extends { seconds: number }>(keyed: T, unkeyed: T): Pair<T> {
  return { keyed, unkeyed, ratio: ratio(keyed.seconds, unkeyed.seconds) };
}

/** The erasure, rekey and with-documents rows, and the crypto ceilings beside the rekey. */
function formatShredding(r: BenchResult): string[] {
  const cell = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2)).padStart(10);
  const row = (label: string, k: number | null, u: number | null, x: number | null) =>
    `${label.padEnd(44)}${cell(k)}${cell(u)}${x === null ? '' : `${x.toFixed(2).padStart(8)}×`}`;
  const rekey = (label: string, p: Pair<{ rekeyMBs: number | null }>) =>
    row(label, p.keyed.rekeyMBs, p.unkeyed.rekeyMBs, null);
  const d = r.withDocuments;
  const n = r.cryptoCeilings.node;
  const o = r.cryptoCeilings.openssl;
  const ceiling = (label: string, node: number, ssl: number | null) =>
    `${label.padEnd(44)}${node.toFixed(0).padStart(10)}${(ssl === null ? 'n/a' : ssl.toFixed(0)).padStart(10)}`;
  return [
    row(
      `erasure s (1 person, ${r.erasure.keyed.notes} notes, ${r.erasure.keyed.documentsMB} MB docs)`,
      r.erasure.keyed.seconds,
      r.erasure.unkeyed.seconds,
      r.erasure.ratio,
    ),
    `  phases keyed (ms): ${JSON.stringify(r.erasure.keyed.phaseMs)}; unkeyed: ${JSON.stringify(r.erasure.unkeyed.phaseMs)}`,
    rekey('  rekey MB/s, erasure (PRAGMA rekey alone)', r.erasure),
    rekey('  rekey MB/s, close-out', r.closeOut),
    `with ${d.documentsMb} MiB of documents added (vault ${d.erasure.keyed.mbBefore} MB keyed, ${d.erasure.unkeyed.mbBefore} MB unkeyed):`,
    row(
      `  erasure s (1 person, ${d.erasure.keyed.documentsMB} MB docs)`,
      d.erasure.keyed.seconds,
      d.erasure.unkeyed.seconds,
      d.erasure.ratio,
    ),
    rekey('    rekey MB/s', d.erasure),
    row(
      `  close-out s (${d.closeOut.keyed.participants} people, ${d.closeOut.keyed.notes} notes)`,
      d.closeOut.keyed.seconds,
      d.closeOut.unkeyed.seconds,
      d.closeOut.ratio,
    ),
    rekey('    rekey MB/s', d.closeOut),
    `  phases keyed (ms): erasure ${JSON.stringify(d.erasure.keyed.phaseMs)}, close-out ${JSON.stringify(d.closeOut.keyed.phaseMs)}`,
    `crypto ceilings, 4,096-byte pages, MB/s${'node'.padStart(14)}${'openssl'.padStart(10)}`,
    '  (node: a cipher/HMAC object made per page, as from JavaScript; openssl speed: one context)',
    ceiling('  AES-256-CBC encrypt', n.aesEncryptMBs, o.available ? o.aesEncryptMBs : null),
    ceiling('  AES-256-CBC decrypt', n.aesDecryptMBs, o.available ? o.aesDecryptMBs : null),
    ceiling('  HMAC-SHA512', n.hmacSha512MBs, o.available ? o.hmacSha512MBs : null),
    ceiling(
      '  rekey, crypto only (2 AES + 2 HMAC a page)',
      n.rekeyPerPageMBs,
      o.available ? o.rekeyPerPageMBs : null,
    ),
    o.available ? `  (${o.version})` : `  openssl n/a: ${o.reason}`,
  ];
}

function openPlain(path: string): Database {
  const db = openSqlCipher(path, null);
  configureConnection(db);
  migrate(db);
  return db;
}

/** Milliseconds of each of `n` session notes written, one transaction each, into one enrolment made first. */
async function timeInserts(db: Database, n: number): Promise<number[]> {
  const random = seededRandom(7);
  const bodies = Array.from({ length: n }, (_, i) => seedNoteText(i, random));
  const at = new Date('2026-11-01T09:00:00Z');
  const { participantId, programmeId } = db.transaction(() => {
    const programme = createProgramme(
      db,
      {
        name: 'Forløb måling',
        funder: 'Jobcenter Aarhus',
        country: 'DK',
        startsOn: '2026-11-01',
        endsOn: '2027-04-30',
      },
      at,
    );
    const { participant } = createParticipant(
      db,
      {
        givenName: 'Måling',
        familyName: 'Skrivning',
        nationalId: { country: 'none' },
        email: 'maaling@example.org',
      },
      at,
    );
    enrol(db, participant.id, programme.id, '2026-11-01');
    return { participantId: participant.id, programmeId: programme.id };
  });
  return timeRepeated(n, (i) =>
    createDraft(
      db,
      {
        participantId,
        programmeId,
        occurredAt: new Date().toISOString(),
        kind: 'meeting',
        body: bodies[i]!,
      },
      new Date(),
    ),
  );
}

function sizeMB(path: string): number {
  return Math.round((statSync(path).size / 1024 / 1024) * 10) / 10;
}
