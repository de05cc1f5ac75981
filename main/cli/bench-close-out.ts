// `vault bench`: a programme's close-out and one person's erasure on a seeded vault, timed end to
// end and per phase, with the rekey's own throughput (PRAGMA rekey alone, from the durable seam).
// Used by bench.ts (keyed beside unkeyed) and bench-memory-security.ts (memory security off).
import { statSync } from 'node:fs';
import { closeOutProgramme } from '../retention/close-out';
import { eraseParticipant } from '../retention/erase-participant';
import { type ShredContext } from '../retention/shred';
import { directWrites, type DurablePoint, type DurableWrites } from '../vault/durable';
import type { Vault } from '../vault/vault';

export type CloseOutFigure = {
  seconds: number;
  participants: number;
  notes: number;
  mbBefore: number;
  mbAfter: number;
  /** Milliseconds spent in each phase (purge, merge, vacuum, rekey). */
  phaseMs: Record<string, number>;
  /**
   * The vault file's MB of 1e6 bytes (after the purge and any VACUUM: what the rekey rewrote)
   * per second of `PRAGMA rekey` alone (durable point 'rekey.database'); null when the vault
   * was opened without a DurableTimer or the rekey was skipped (plain SQLite).
   */
  rekeyMBs: number | null;
};

/** One person's erasure: the same figures, and what that person held. */
export type ErasureFigure = Omit<CloseOutFigure, 'participants'> & { documentsMB: number };

/**
 * A durable-write seam that runs every write as production does (directWrites) and records how
 * long the last run of each point took, in milliseconds. Pass it as VaultOptions.durable: it
 * observes, it never fails or reorders a write, so the shredding measured is the app's.
 */
export class DurableTimer implements DurableWrites {
  readonly #last = new Map<DurablePoint, number>();
  write<T>(point: DurablePoint, run: () => T): T {
    const t0 = performance.now();
    try {
      return directWrites.write(point, run);
    } finally {
      this.#last.set(point, performance.now() - t0);
    }
  }
  async writeAsync<T>(point: DurablePoint, run: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await directWrites.writeAsync(point, run);
    } finally {
      this.#last.set(point, performance.now() - t0);
    }
  }
  /** The last duration of `point` in ms, forgotten as it is read; null if it did not run since. */
  take(point: DurablePoint): number | null {
    const ms = this.#last.get(point);
    this.#last.delete(point);
    return ms ?? null;
  }
}

const BENCH_NOW = () => new Date('2026-11-22T12:00:00Z');

/** Closes the first programme (purge, FTS merge, checkpoint, VACUUM if due, rekey), timed end to end. */
export async function timeCloseOut(vault: Vault, timer?: DurableTimer): Promise<CloseOutFigure> {
  const db = vault.db;
  const programme = db
    .prepare("SELECT id, name FROM programmes WHERE status != 'closed' ORDER BY id LIMIT 1")
    .get<{ id: number; name: string }>()!;
  const people = db
    .prepare('SELECT participant_id AS id FROM enrolments WHERE programme_id = ?')
    .all<{ id: number }>([programme.id]);
  const notes = Number(
    db.prepare('SELECT count(*) AS n FROM notes WHERE programme_id = ?').get([programme.id])?.n,
  );
  const figure = await timeShredding(vault, timer, (ctx) =>
    closeOutProgramme(ctx, {
      programmeId: programme.id,
      typedName: programme.name,
      paper: Object.fromEntries(people.map((p) => [p.id, 'none' as const])),
      presetId: null,
    }),
  );
  return { ...figure, participants: people.length, notes };
}

/**
 * Erases one person on request (purge, finishing, rekey of the whole vault), timed end to end:
 * the holder of the newest document (after bench-documents.ts, one holding large ones).
 * @throws Error if the vault holds no document.
 */
export async function timeErasure(vault: Vault, timer?: DurableTimer): Promise<ErasureFigure> {
  const db = vault.db;
  const person = db
    .prepare('SELECT participant_id AS id FROM documents ORDER BY documents.id DESC LIMIT 1')
    .get<{ id: number }>();
  if (!person) throw new Error('bench: no document holder to erase');
  const notes = Number(
    db.prepare('SELECT count(*) AS n FROM notes WHERE participant_id = ?').get([person.id])?.n,
  );
  const bytes = Number(
    db
      .prepare('SELECT coalesce(sum(size), 0) AS n FROM documents WHERE participant_id = ?')
      .get([person.id])?.n,
  );
  const figure = await timeShredding(vault, timer, (ctx) =>
    eraseParticipant(ctx, {
      participantId: person.id,
      paper: 'none',
      reason: 'dataSubjectRequest',
    }),
  );
  return { ...figure, notes, documentsMB: Math.round((bytes / 1024 / 1024) * 10) / 10 };
}

async function timeShredding(
  vault: Vault,
  timer: DurableTimer | undefined,
  shred: (ctx: ShredContext) => Promise<unknown>,
): Promise<Omit<CloseOutFigure, 'participants' | 'notes'>> {
  vault.db.pragmaValue('wal_checkpoint(TRUNCATE)');
  const mbBefore = sizeMB(vault.paths.db);
  const phases: Record<string, number> = {};
  const t0 = performance.now();
  let last = t0;
  let current = 'start';
  const onPhase = (phase: string) => {
    const now = performance.now();
    phases[current] = Math.round(now - last);
    current = phase;
    last = now;
  };
  timer?.take('rekey.database');
  await shred({ vault, now: BENCH_NOW, actor: 'bench', onPhase });
  const seconds = Math.round((performance.now() - t0) / 10) / 100;
  delete phases.start;
  const mbAfter = sizeMB(vault.paths.db);
  const rekeyMs = timer?.take('rekey.database') ?? null;
  // In MB of 1e6 bytes, as the crypto ceilings (bench-ceilings.ts) count. Below a millisecond
  // the rekey did not run (plain SQLite skips it).
  const rekeyMBs =
    rekeyMs !== null && rekeyMs >= 1
      ? Math.round(statSync(vault.paths.db).size / 1e6 / (rekeyMs / 1000))
      : null;
  return { seconds, mbBefore, mbAfter, phaseMs: phases, rekeyMBs };
}

function sizeMB(path: string): number {
  return Math.round((statSync(path).size / 1024 / 1024) * 10) / 10;
}
