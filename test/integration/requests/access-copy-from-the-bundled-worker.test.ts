// What the packaged app runs: the CJS bundle of the vault worker (scripts/build-main.ts) writes an
// access copy through requests.exportAccessCopy, with pdfkit and its fonts taken from the bundle
// and dist/main/fonts, the folder coming from the main thread's picker.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkerClient } from '../../../main/host/worker-client';
import { MemoryLogger } from '../../../main/vault/logger';
import {
  DANISH_HEADER,
  csvText,
  danishRow,
  encode,
  listPerson,
  xlsxWithNumericIds,
} from '../../support/import-lists';

const root = resolve(__dirname, '../../..');
const tsxCli = join(root, 'node_modules/tsx/dist/cli.mjs');
let outDir: string;
let dataDir: string;
let folder: string;

beforeAll(() => {
  // Built beside the sources so the externals (keytar, sqlcipher) resolve from node_modules.
  outDir = mkdtempSync(join(root, '.tmp-build-'));
  execFileSync(process.execPath, [tsxCli, 'scripts/build-main.ts', outDir], {
    cwd: root,
    stdio: 'pipe',
  });
  dataDir = mkdtempSync(join(tmpdir(), 'fortrolig-bundle-'));
  folder = mkdtempSync(join(tmpdir(), 'fortrolig-out-'));
});
afterAll(() => {
  for (const dir of [outDir, dataDir, folder]) rmSync(dir, { recursive: true, force: true });
});

it('the bundled worker writes an access copy that opens with the passphrase it answers', async () => {
  const client = createWorkerClient({
    script: join(outDir, 'main/host/vault-worker.cjs'),
    workerData: { dataDir, kdfCost: { N: 2 ** 14, r: 8, p: 1 } },
    logger: new MemoryLogger(),
    pickFile: async (what) => (what === 'folder' ? folder : null),
  });
  const ok = async (channel: string, input: unknown) => {
    const result = await client.invoke(channel as never, input as never);
    expect(result, channel).toMatchObject({ ok: true });
    return (result as { value: Record<string, unknown> }).value;
  };
  try {
    await ok('vault.create', { passphrase: 'correct horse battery staple' });
    const programme = await ok('programmes.create', {
      name: 'Jobbklar Vest',
      funder: 'NAV Vestland',
      country: 'NO',
      startsOn: '2026-08-01',
      endsOn: '2027-06-30',
    });
    const saved = await ok('participants.create', {
      givenName: 'Máret',
      familyName: 'Ŋuolja',
      nationalId: { country: 'NO', value: '13097248022' },
      email: 'maret@example.no',
      programmeId: programme.id,
      enrolledOn: '2026-08-15',
    });
    const personId = (saved.participant as { id: number }).id;
    const today = new Intl.DateTimeFormat('en-CA').format(new Date());
    const request = await ok('requests.log', {
      participantId: personId,
      kind: 'access',
      channel: 'email',
      receivedOn: today,
    });
    await ok('requests.recordIdentity', {
      id: request.id,
      method: 'emailOnFile',
      checkedOn: today,
    });
    const copy = await ok('requests.exportAccessCopy', { requestId: request.id });
    expect(copy).toMatchObject({ outcome: 'exported', fileName: `innsyn-${today}.pdf` });
    expect(readdirSync(folder)).toEqual([copy.fileName]);
    const opened = execFileSync('qpdf', [
      `--password=${String(copy.passphrase)}`,
      '--decrypt',
      join(folder, String(copy.fileName)),
      '-',
    ]);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', 'fd://0', '-'], {
      input: opened,
      encoding: 'utf8',
    });
    expect(text).toContain('Máret Ŋuolja');
    expect(text).toContain('Postboks 458 Sentrum');
  } finally {
    await client.terminate();
  }
});

// The same bundle reads an enrolment list: read-excel-file's in-memory (universal) build and
// papaparse must be inside it, requiring nothing the packaged app lacks.
it('the bundled worker imports an XLSX list and a Windows-1252 CSV the picker names', async () => {
  const lists = mkdtempSync(join(tmpdir(), 'fortrolig-lists-'));
  const data = mkdtempSync(join(tmpdir(), 'fortrolig-bundle-'));
  const people = Array.from({ length: 4 }, (_, i) => listPerson(i + 60));
  const xlsx = join(lists, 'liste.xlsx');
  const csv = join(lists, 'liste.csv');
  // Over 512 KB (random addresses do not compress), so fflate inflates it on a worker thread.
  const big = Array.from({ length: 3_000 }, (_, i) => listPerson(1_000 + i));
  writeFileSync(xlsx, await xlsxWithNumericIds(big, () => randomBytes(240).toString('base64')));
  writeFileSync(
    csv,
    encode(csvText([DANISH_HEADER, ...people.slice(2).map(danishRow)], ';'), 'windows-1252'),
  );
  let pick = xlsx;
  const client = createWorkerClient({
    script: join(outDir, 'main/host/vault-worker.cjs'),
    workerData: {
      dataDir: data,
      kdfCost: { N: 2 ** 14, r: 8, p: 1 },
    },
    logger: new MemoryLogger(),
    pickFile: async (what) => (what === 'importList' ? pick : null),
  });
  const ok = async (channel: string, input: unknown) => {
    const result = await client.invoke(channel as never, input as never);
    expect(result, channel).toMatchObject({ ok: true });
    return (result as { value: Record<string, unknown> }).value;
  };
  try {
    await ok('vault.create', { passphrase: 'correct horse battery staple' });
    const { id: programmeId } = await ok('programmes.create', {
      name: 'Jobsøgning',
      funder: 'Jobcenter Aalborg',
      country: 'DK',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    for (const [file, rows] of [
      [xlsx, 3_000],
      [csv, 2],
    ] as const) {
      pick = file;
      const { list } = (await ok('import.open', { programmeId })) as {
        list: { listId: string; columns: { field: string | null }[] };
      };
      const mapping = list.columns.map((c) => c.field);
      expect(
        await ok('import.commit', {
          listId: list.listId,
          programmeId,
          mapping,
          rememberMapping: false,
        }),
      ).toMatchObject({ rows, created: rows });
    }
    expect(await ok('programmes.get', { id: programmeId })).toMatchObject({
      activeParticipants: 3_002,
    });
  } finally {
    await client.terminate();
    for (const dir of [lists, data]) rmSync(dir, { recursive: true, force: true });
  }
});
