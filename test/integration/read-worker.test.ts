// The read worker (host/read-worker.ts, reader-gate.ts): reads a consultant waits for answer from
// a second, query-only connection while the vault worker runs long work, see every committed
// write at once, and never answer across a lock, a rekey or an erasure. Real worker threads,
// real SQLCipher files, the real keychain when there is one.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkerClient, type WorkerClient } from '../../main/host/worker-client';
import { MemoryLogger } from '../../main/vault/logger';
import { listPerson } from '../support/import-lists';

const bootstrap = new URL('../support/ts-worker.mjs', import.meta.url);
const entry = pathToFileURL(resolve(__dirname, '../../main/host/vault-worker.ts')).href;
const PASSPHRASE = 'correct horse battery staple';

type Value = Record<string, unknown>;

describe('read worker', () => {
  let dataDir: string;
  let folder: string;
  let client: WorkerClient;
  let logger: MemoryLogger;

  const ok = async (channel: string, input: unknown): Promise<Value> => {
    const result = await client.invoke(channel, input);
    expect(result, `${channel}: ${JSON.stringify(result)}`).toMatchObject({ ok: true });
    return (result as { value: Value }).value;
  };

  async function readerOpens(): Promise<void> {
    const until = Date.now() + 10_000;
    while (!client.readerOpen()) {
      if (Date.now() > until) throw new Error('the read worker never opened');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** A vault with one programme and `n` people; returns the programme id and the people's ids. */
  async function caseload(n: number): Promise<{ programmeId: number; ids: number[] }> {
    await ok('vault.create', { passphrase: PASSPHRASE });
    const programme = await ok('programmes.create', {
      name: 'Jobsøgning efterår',
      funder: 'Jobcenter Aarhus',
      country: 'DK',
      startsOn: '2026-08-01',
      endsOn: '2027-06-30',
    });
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      const p = listPerson(i + 3);
      const saved = await ok('participants.create', {
        givenName: p.givenName,
        familyName: `${p.familyName}${i}`,
        nationalId: { country: 'DK', value: p.nationalId },
        email: p.email,
        programmeId: programme.id,
        enrolledOn: '2026-08-15',
      });
      ids.push((saved.participant as { id: number }).id);
    }
    return { programmeId: programme.id as number, ids };
  }

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'fortrolig-reader-'));
    folder = mkdtempSync(join(tmpdir(), 'fortrolig-reader-backups-'));
    logger = new MemoryLogger();
    client = createWorkerClient({
      script: bootstrap,
      workerData: { dataDir, kdfCost: { N: 2 ** 14, r: 8, p: 1 }, entry },
      logger,
      pickFile: async (what) => (what === 'folder' ? folder : null),
    });
  });

  afterEach(async () => {
    await client.terminate();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers reads issued while a backup runs before the backup ends', async () => {
    const { ids } = await caseload(3);
    // 4 × 20 MB of incompressible documents: the backup's VACUUM INTO copies and encrypts them.
    for (const id of ids.concat(ids[0]!)) {
      await ok('documents.add', {
        participantId: id,
        kind: 'other',
        fileName: 'scan.pdf',
        mimeType: 'application/pdf',
        contentBase64: randomBytes(20 * 1024 * 1024).toString('base64'),
      });
    }
    await ok('backups.chooseFolder', {});
    await ok('backups.configure', { generations: 2 });
    await readerOpens();

    const order: string[] = [];
    const track = (name: string, p: Promise<unknown>) => p.then((r) => (order.push(name), r));
    const backup = track('backups.run', client.invoke('backups.run', {}));
    const reads = await Promise.all([
      track(
        'caseload.list',
        client.invoke('caseload.list', { sort: 'name', limit: 50, offset: 0 }),
      ),
      track('participants.get', client.invoke('participants.get', { id: ids[1] })),
      track('search.query', client.invoke('search.query', { text: 'Jobsøgning' })),
      track('documents.list', client.invoke('documents.list', { participantId: ids[0] })),
    ]);
    expect(
      order,
      `every read answered while the backup still ran: ${order.join(', ')}`,
    ).not.toContain('backups.run');
    for (const read of reads) expect(read).toMatchObject({ ok: true });
    expect((reads[0] as { value: { rows: unknown[] } }).value.rows).toHaveLength(3);
    expect(await backup).toMatchObject({ ok: true });
    expect(order.at(-1)).toBe('backups.run');
  });

  it('reads see every write the vault worker has answered, and reads that need a write go there', async () => {
    const { programmeId, ids } = await caseload(2);
    await readerOpens();
    const first = listPerson(3);
    // The reader keeps the names it matched while nothing changes (unchanged-memo.ts); the
    // vault worker's write must reach its next search. "odegard" is the name only when folded.
    const foundBy = async (text: string) =>
      ((await ok('search.query', { text })) as unknown as { participantId: number }[]).map(
        (h) => h.participantId,
      );
    expect(await foundBy('odegard')).not.toContain(ids[0]);
    await ok('participants.update', {
      id: ids[0],
      givenName: 'Søren',
      familyName: 'Ødegård',
      nationalId: { country: 'DK', value: first.nationalId },
      email: first.email,
      reason: 'Navnet var stavet forkert',
    });
    expect(await ok('participants.get', { id: ids[0] })).toMatchObject({
      givenName: 'Søren',
      familyName: 'Ødegård',
    });
    expect(await foundBy('odegard')).toContain(ids[0]);
    const third = listPerson(40);
    await ok('participants.create', {
      givenName: 'Åse',
      familyName: 'Ærø',
      nationalId: { country: 'DK', value: third.nationalId },
      email: third.email,
      programmeId,
      enrolledOn: '2026-09-01',
    });
    const page = await ok('caseload.list', { sort: 'name', limit: 50, offset: 0 });
    expect((page.rows as { familyName: string }[]).map((r) => r.familyName)).toContain('Ærø');
    // Sorting by next due writes a temp table: refused on the reader, answered by the writer.
    const byDue = await ok('caseload.list', { sort: 'nextDue', limit: 50, offset: 0 });
    expect(byDue.rows).toHaveLength(3);
    expect(client.readerOpen()).toBe(true);
  });

  it('no read answers with data once a lock has answered, and the reader opens again at unlock', async () => {
    await caseload(2);
    await readerOpens();
    // Each read notes whether the lock had already answered when it did.
    let lockAnswered = false;
    const reads: Promise<{ ok: boolean; afterLock: boolean }>[] = [];
    const read = () =>
      reads.push(
        client
          .invoke('caseload.list', { sort: 'name', limit: 50, offset: 0 })
          .then((r) => ({ ok: r.ok, afterLock: lockAnswered })),
      );
    for (let i = 0; i < 20; i++) read();
    const lock = client.invoke('vault.lock', {}).then((r) => ((lockAnswered = true), r));
    for (let i = 0; i < 20; i++) read();
    expect(await lock).toMatchObject({ ok: true });
    expect(client.readerOpen()).toBe(false);
    const after = await client.invoke('caseload.list', { sort: 'name', limit: 50, offset: 0 });
    expect(after).toMatchObject({ ok: false, error: { code: 'vaultLocked' } });
    // A read may answer with rows only before the lock answered (the reader served it before
    // the vault worker revoked it); none answers with rows after.
    const answered = await Promise.all(reads);
    expect(answered.filter((r) => r.afterLock && r.ok)).toEqual([]);

    await ok('vault.unlockWithPassphrase', { passphrase: PASSPHRASE });
    await readerOpens();
    expect((await ok('caseload.list', { sort: 'name', limit: 50, offset: 0 })).rows).toHaveLength(
      2,
    );
  });

  it('an erased person is never read again, and the reader comes back under the new key', async () => {
    const { ids } = await caseload(3);
    await readerOpens();
    const victim = await ok('participants.get', { id: ids[1] });
    const erasing = client.invoke('retention.eraseParticipant', {
      participantId: ids[1],
      typedName: `${String(victim.givenName)} ${String(victim.familyName)}`,
      paper: 'none',
      reason: 'dataSubjectRequest',
    });
    const during = client.invoke('participants.get', { id: ids[1] });
    expect(await erasing).toMatchObject({ ok: true });
    // Sent while the erasure is on its way: the reader answers it whole if the vault worker had
    // not yet revoked it (the read came first), else it waits behind the erasure and finds no one.
    const concurrent = await during;
    if (concurrent.ok)
      expect(concurrent).toMatchObject({ value: { familyName: victim.familyName } });
    else expect(concurrent).toMatchObject({ error: { code: 'notFound' } });
    await readerOpens();
    expect(await client.invoke('participants.get', { id: ids[1] })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    const hits = await ok('search.query', { text: String(victim.familyName) });
    expect(JSON.stringify(hits)).not.toContain(String(victim.familyName));
    expect((await ok('caseload.list', { sort: 'name', limit: 50, offset: 0 })).rows).toHaveLength(
      2,
    );
    expect(logger.entries.map((l) => l.event)).not.toContain('reader.crashed');
  });
});
