// `vault bench`: one programme's close-out on a seeded vault, timed end to end and per phase.
// Used by bench.ts (keyed beside unkeyed) and bench-memory-security.ts (memory security off).
import { statSync } from 'node:fs';
import { closeOutProgramme } from '../retention/shred';
import type { Vault } from '../vault/vault';

export type CloseOutFigure = {
  seconds: number;
  participants: number;
  notes: number;
  mbBefore: number;
  mbAfter: number;
  /** Milliseconds spent in each phase (purge, merge, vacuum, rekey). */
  phaseMs: Record<string, number>;
};

/** Closes the first programme (purge, FTS merge, checkpoint, VACUUM if due, rekey), timed end to end. */
export async function timeCloseOut(vault: Vault): Promise<CloseOutFigure> {
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
  db.pragmaValue('wal_checkpoint(TRUNCATE)');
  const mbBefore = sizeMB(vault.paths.db);
  const t0 = performance.now();
  const phases: Record<string, number> = {};
  let last = t0;
  let current = 'start';
  const onPhase = (phase: string) => {
    const now = performance.now();
    phases[current] = Math.round(now - last);
    current = phase;
    last = now;
  };
  await closeOutProgramme(
    { vault, now: () => new Date('2026-11-22T12:00:00Z'), actor: 'bench', onPhase },
    {
      programmeId: programme.id,
      typedName: programme.name,
      paper: Object.fromEntries(people.map((p) => [p.id, 'none' as const])),
      presetId: null,
    },
  );
  const seconds = Math.round((performance.now() - t0) / 10) / 100;
  delete phases.start;
  return {
    seconds,
    participants: people.length,
    notes,
    mbBefore,
    mbAfter: sizeMB(vault.paths.db),
    phaseMs: phases,
  };
}

function sizeMB(path: string): number {
  return Math.round((statSync(path).size / 1024 / 1024) * 10) / 10;
}
