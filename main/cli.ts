// Headless entry for admins and benchmarks:
// npm run vault -- <init|unlock-check|restore|change-passphrase|verify-recovery|seed|check|requests|
// export-participant|programme add|programmes|import|bench>.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readPassphrase } from './cli/passphrase-input';
import { zeroFreedHeapMemory } from './host/heap-scrub';
import { disableCoreDumps } from './host/no-core-dumps';
import { formatBench, runBench } from './cli/bench';
import { FULL_CASELOAD, QUICK_CASELOAD } from './cli/bench-caseload';
import { seedCaseload } from './cli/seed-caseload';
import { DomainError } from './domain/errors';
import { createProgramme, listProgrammes } from './domain/programmes';
import { formatImport, importFromCli, refusedImport } from './import/cli-import';
import { MAX_LIST_BYTES } from './import/read-list';
import { ProgrammeInput } from './ipc/schemas/caseload';
import { readIssuer } from './domain/issuer';
import { checkBackupPair } from './retention/backup-pair';
import { restoreBackup } from './retention/backups';
import { afterUnlock } from './ipc/retention-handlers';
import { exportAccessCopy } from './requests/access-copy';
import { listRequests } from './requests/register';
import { defaultDataDir, legacyRoamingDataDir, moveRoamingVault } from './vault/data-dir';
import { hardenDataDir } from './vault/data-dir-modes';
import { VaultError, VaultCorruptError } from './vault/errors';
import { runIntegrityChecks } from './vault/integrity';
import { KeytarKeyStore } from './vault/keytar-key-store';
import { recordRecoveryTested } from './vault/settings';
import { Vault } from './vault/vault';

const USAGE = `Usage: npm run vault -- <command> [--data-dir DIR]
  init                          create a vault (passphrase from stdin or a prompt) and store its key in the keychain
  unlock-check                  unlock from the keychain; exit 0 if it works, 1 with the reason if not
  restore --from FILE           restore a backup pair (FILE: fortrolig-backup-….db, its .key.json beside it)
                                into an empty data folder; passphrase from stdin or a prompt; key into the keychain
  change-passphrase             new recovery passphrase: the current one on stdin's first line and the new one
                                on its second (or two prompts and a repeat); the vault key stays the same
  verify-recovery               does the recovery passphrase (stdin or a prompt) open this vault? exit 0 / 1
  seed --notes N [--participants P --documents D] [--marker T]
                                a test caseload: P participants with valid IDs (default: one for every ten
                                notes) enrolled in programmes, N realistic Danish and Norwegian session notes
                                in their enrolments (T inside one of them), D documents
  check                         run quick_check and cipher_integrity_check
  requests [--json]             open data-subject requests by deadline (no names: ids, kinds, dates)
  export-participant --participant ID --out DIR [--locale da|nb|en] [--json]
                                everything about one participant as one AES-256 PDF (report, data.json,
                                documents) in DIR; prints its path and the passphrase that opens it, once
  programme add --name N --funder F --country DK|NO --starts YYYY-MM-DD --ends YYYY-MM-DD [--json]
                                a new programme; prints its id
  programmes [--json]           programmes with their number of active participants
  import FILE --programme ID [--dry-run] [--json]
                                an enrolment list (CSV or XLSX from the job centre or NAV) into a programme:
                                all rows in one transaction, or none; exit 0 imported (or a dry run found no
                                errors), 1 refused with nothing written. Errors and warnings name rows and codes
  bench [--json] [--quick] [--participants P --notes N --documents D] [--documents-mb M]
                                keyed vault beside an unkeyed database, same workload: reads, inserts,
                                import, one person's erasure and a close-out (also with M MiB of documents
                                added), rekey MB/s beside this machine's AES-256-CBC and HMAC-SHA512 ceilings.
                                Defaults: 10,000 participants, 200,000 notes, 2,000 documents, 256 MiB
                                (--quick: 300, 3,000, 30, 2 MiB)
Data folder: --data-dir, else FORTROLIG_DATA_DIR, else the OS app-data folder.`;

async function main(argv: string[]): Promise<number> {
  // Before any key exists in this process: a crash must not write its memory to a core file,
  // and V8 zeroes the young-generation memory it vacates (main/host/heap-scrub.ts).
  disableCoreDumps();
  zeroFreedHeapMemory();
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      from: { type: 'string' },
      notes: { type: 'string' },
      participants: { type: 'string' },
      documents: { type: 'string' },
      'documents-mb': { type: 'string' },
      marker: { type: 'string' },
      participant: { type: 'string' },
      out: { type: 'string' },
      locale: { type: 'string' },
      name: { type: 'string' },
      funder: { type: 'string' },
      country: { type: 'string' },
      starts: { type: 'string' },
      ends: { type: 'string' },
      programme: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(USAGE + '\n');
    return command || values.help ? 0 : 2;
  }
  const dataDir = values['data-dir'] ?? defaultDataDir();
  if (!values['data-dir']) moveRoamingVault(legacyRoamingDataDir(), dataDir);
  // Every start: folder 0700, vault and key files 0600 (a failure surfaces as a typed vault error).
  tryHardenDataDir(dataDir);
  const vault = new Vault({ dataDir, keyStore: new KeytarKeyStore() });

  switch (command) {
    case 'init': {
      const passphrase = await readPassphrase('New recovery passphrase: ');
      if (process.stdin.isTTY && (await readPassphrase('Repeat it: ')) !== passphrase) {
        process.stderr.write('The passphrases differ; nothing was created.\n');
        return 1;
      }
      const { keychain } = await vault.create(passphrase);
      vault.lock();
      process.stdout.write(
        keychain === 'stored'
          ? 'Vault created; its key is in the OS keychain.\n'
          : 'Vault created; the OS keychain is unavailable, so unlock with the passphrase.\n',
      );
      return 0;
    }
    case 'unlock-check': {
      await vault.unlock();
      vault.lock();
      process.stdout.write('ok: the vault unlocks from the OS keychain\n');
      return 0;
    }
    case 'restore': {
      if (!values.from) {
        process.stderr.write('restore needs --from FILE (a fortrolig-backup-….db file)\n');
        return 2;
      }
      const pair = checkBackupPair(resolve(values.from));
      if (!pair.dbPath) {
        process.stderr.write(
          pair.outcome === 'keyFileMissing'
            ? 'error: keyFileMissing: the .key.json file is not beside the backup; copy both files\n'
            : 'error: notABackup: FILE must be a backup .db file (or its .key.json)\n',
        );
        return 1;
      }
      const passphrase = await readPassphrase('Recovery passphrase: ');
      await restoreBackup(pair.dbPath, passphrase, dataDir);
      const { keychain } = await vault.unlockWithPassphrase(passphrase, true);
      vault.lock();
      noteRecoveryTested(dataDir);
      process.stdout.write(
        keychain === 'stored'
          ? 'ok: backup restored; its key is in the OS keychain\n'
          : 'ok: backup restored; the OS keychain is unavailable, so unlock with the passphrase\n',
      );
      return 0;
    }
    case 'change-passphrase': {
      const current = await readPassphrase('Current recovery passphrase: ');
      const next = await readPassphrase('New recovery passphrase: ');
      if (process.stdin.isTTY && (await readPassphrase('Repeat the new one: ')) !== next) {
        process.stderr.write('error: mismatch: the new passphrases differ; nothing was changed\n');
        return 1;
      }
      // The old passphrase must open the vault first: proof of knowing it, and the key file is
      // then checked against the open vault before it is re-wrapped.
      await vault.unlockWithPassphrase(current, false);
      try {
        await vault.changePassphrase(current, next);
      } finally {
        vault.lock();
      }
      noteRecoveryTested(dataDir);
      process.stdout.write(
        'ok: recovery passphrase changed; the keychain key is unchanged (older backups still open with the old passphrase)\n',
      );
      return 0;
    }
    case 'verify-recovery': {
      const passphrase = await readPassphrase('Recovery passphrase: ');
      try {
        await vault.unlock();
      } catch (err) {
        // Without the keychain the passphrase itself opens the vault, which tests it too.
        if (!(err instanceof VaultError) || !KEYCHAIN_FALLBACK.includes(err.code)) throw err;
        await vault.unlockWithPassphrase(passphrase, false);
      }
      try {
        await vault.verifyRecovery(passphrase);
      } finally {
        vault.lock();
      }
      noteRecoveryTested(dataDir);
      process.stdout.write('ok: the recovery passphrase opens this vault\n');
      return 0;
    }
    case 'seed': {
      const n = count(values.notes);
      const documents = count(values.documents ?? '0', 0);
      // Every note belongs to a participant's enrolment, so notes come with people to hold them.
      const participants =
        values.participants === undefined
          ? Math.max(1, Math.ceil((n ?? 0) / 10))
          : count(values.participants);
      if (n === null || participants === null || documents === null) {
        process.stderr.write(
          'seed needs --notes N, and optionally --participants P (at least 1: notes and documents belong to a participant) --documents D (whole numbers)\n',
        );
        return 2;
      }
      await unlockForAdmin(vault);
      seedCaseload(vault.db, { participants, notes: n, documents, marker: values.marker });
      process.stdout.write(
        `Wrote ${participants} participants, ${n} notes and ${documents} documents.\n`,
      );
      vault.lock();
      return 0;
    }
    case 'requests': {
      await unlockForAdmin(vault, dataDir);
      const open = listRequests(
        vault.db,
        {},
        new Date(),
        Intl.DateTimeFormat().resolvedOptions().timeZone,
      ).map((r) => ({
        id: r.id,
        participantId: r.participantId,
        kind: r.kind,
        channel: r.channel,
        status: r.status,
        receivedOn: r.receivedOn,
        dueOn: r.dueOn,
        deadline: r.deadline,
      }));
      vault.lock();
      if (values.json) process.stdout.write(JSON.stringify({ requests: open }) + '\n');
      else if (open.length === 0) process.stdout.write('No open requests.\n');
      else
        for (const r of open)
          process.stdout.write(
            `#${r.id}  ${r.kind.padEnd(13)} due ${r.dueOn}  ${r.deadline ?? ''}  participant ${r.participantId ?? '(erased)'}\n`,
          );
      return 0;
    }
    case 'export-participant': {
      const participantId = count(values.participant);
      const locale = values.locale;
      if (participantId === null || !values.out || !isAccessLocale(locale)) {
        process.stderr.write(
          'export-participant needs --participant ID --out DIR, and optionally --locale da|nb|en\n',
        );
        return 2;
      }
      await unlockForAdmin(vault, dataDir);
      let copy: Awaited<ReturnType<typeof exportAccessCopy>>;
      try {
        copy = await exportAccessCopy(vault.db, {
          participantId,
          locale,
          folder: resolve(values.out),
          actor: readIssuer(vault.db).consultantName || 'admin (CLI)',
          now: new Date(),
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        });
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        process.stderr.write(`error: ${err.code}${err.field ? ` (${err.field})` : ''}\n`);
        return 1;
      } finally {
        vault.lock();
      }
      process.stdout.write(
        values.json
          ? JSON.stringify({ file: copy.path, passphrase: copy.passphrase }) + '\n'
          : `Wrote ${copy.path}\nPassphrase (shown once; send it by another channel than the file): ${copy.passphrase}\n`,
      );
      return 0;
    }
    case 'programme': {
      if (positionals[1] !== 'add') {
        process.stderr.write('programme needs a subcommand: programme add --name … (see --help)\n');
        return 2;
      }
      const input = ProgrammeInput.safeParse({
        name: values.name,
        funder: values.funder,
        country: values.country,
        startsOn: values.starts,
        endsOn: values.ends,
      });
      if (!input.success) {
        const field = input.error.issues[0]?.path.join('.') ?? '';
        process.stderr.write(
          `error: validation (${field}): programme add needs --name N --funder F --country DK|NO --starts YYYY-MM-DD --ends YYYY-MM-DD\n`,
        );
        return 2;
      }
      await unlockForAdmin(vault, dataDir);
      try {
        const programme = createProgramme(vault.db, input.data, new Date());
        process.stdout.write(
          values.json
            ? JSON.stringify({ id: programme.id }) + '\n'
            : `Programme ${programme.id} added.\n`,
        );
        return 0;
      } catch (err) {
        return domainFailure(err);
      } finally {
        vault.lock();
      }
    }
    case 'programmes': {
      await unlockForAdmin(vault, dataDir);
      const list = listProgrammes(vault.db).map((p) => ({
        id: p.id,
        name: p.name,
        participants: p.activeParticipants,
      }));
      vault.lock();
      if (values.json) process.stdout.write(JSON.stringify(list) + '\n');
      else
        for (const p of list)
          process.stdout.write(`#${p.id}  ${p.name}  (${p.participants} active)\n`);
      return 0;
    }
    case 'import': {
      const file = positionals[1];
      const programmeId = count(values.programme);
      if (!file || programmeId === null) {
        process.stderr.write('import needs FILE --programme ID, and optionally --dry-run --json\n');
        return 2;
      }
      // A list refused before any row is read still answers one JSON line (rows 0, the code).
      const refuse = (code: string): number => {
        if (values.json) process.stdout.write(JSON.stringify(refusedImport(code)) + '\n');
        process.stderr.write(`error: ${code}\n`);
        return 1;
      };
      let bytes: Buffer;
      try {
        if (statSync(resolve(file)).size > MAX_LIST_BYTES) return refuse('listTooLarge');
        bytes = readFileSync(resolve(file));
      } catch {
        return refuse('listUnreadable');
      }
      await unlockForAdmin(vault, dataDir);
      try {
        const outcome = await importFromCli(
          vault.db,
          bytes,
          programmeId,
          values['dry-run'],
          new Date(),
        );
        if (values.json) process.stdout.write(JSON.stringify(outcome.report) + '\n');
        else
          process.stdout.write(formatImport(outcome.report, outcome.imported, values['dry-run']));
        return outcome.imported || (values['dry-run'] && outcome.report.errors.length === 0)
          ? 0
          : 1;
      } catch (err) {
        if (err instanceof DomainError) return refuse(err.code);
        throw err;
      } finally {
        bytes.fill(0);
        vault.lock();
      }
    }
    case 'check': {
      await unlockForAdmin(vault);
      const report = runIntegrityChecks(vault.db);
      vault.lock();
      if (!report.ok)
        throw new VaultCorruptError(
          `quick_check ${report.quickCheck}, ${report.cipherProblems} page(s) failed HMAC`,
        );
      process.stdout.write('ok: quick_check and cipher_integrity_check passed\n');
      return 0;
    }
    case 'bench': {
      const base = values.quick
        ? { opens: 3, inserts: 50, caseload: QUICK_CASELOAD, importRows: 200, documentsMb: 2 }
        : { opens: 15, inserts: 1000, caseload: FULL_CASELOAD, importRows: 1000, documentsMb: 256 };
      const size = (text: string | undefined, fallback: number) =>
        text === undefined ? fallback : count(text);
      const participants = size(values.participants, base.caseload.participants);
      const notes = size(values.notes, base.caseload.notes);
      const documents = size(values.documents, base.caseload.documents);
      const documentsMb = size(values['documents-mb'], base.documentsMb);
      // The erasure rows erase a document holder, and the caseload reads need drafts to autosave.
      if (participants === null || notes === null || documents === null || documentsMb === null) {
        process.stderr.write(
          'bench sizes --participants, --notes, --documents, --documents-mb: whole numbers of at least 1\n',
        );
        return 2;
      }
      const result = await runBench({
        ...base,
        caseload: { ...base.caseload, participants, notes, documents },
        documentsMb,
      });
      if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
      process.stdout.write(formatBench(result) + '\n');
      return 0;
    }
    default:
      process.stderr.write(`Unknown command.\n${USAGE}\n`);
      return 2;
  }
}

/** Prints a domain error's code (never data) and answers exit code 1; rethrows anything else. */
function domainFailure(err: unknown): number {
  if (!(err instanceof DomainError)) throw err;
  process.stderr.write(`error: ${err.code}${err.field ? ` (${err.field})` : ''}\n`);
  return 1;
}

/** Keychain failures after which the recovery passphrase is the way in. */
const KEYCHAIN_FALLBACK: readonly string[] = [
  'keychainUnavailable',
  'keychainEntryMissing',
  'keychainLocked',
  'wrongKey',
];

/** Records a successful passphrase use for the window's 90-day reminder; a read-only folder only delays it. */
function noteRecoveryTested(dataDir: string): void {
  try {
    recordRecoveryTested(dataDir, new Date());
  } catch {
    // The command itself succeeded.
  }
}

function isAccessLocale(locale: string | undefined): locale is 'da' | 'nb' | 'en' | undefined {
  return locale === undefined || locale === 'da' || locale === 'nb' || locale === 'en';
}

function count(text: string | undefined, min = 1): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= 10_000_000 ? n : null;
}

/** Keychain first; if that fails and a passphrase is piped in, use it (and re-store the key). */
/**
 * Keychain first, then the passphrase. With `dataDir`, everything the app does right after an
 * unlock runs before anything is read (afterUnlock: an older copy has the shreddings it lacks
 * carried out again, an interrupted shredding is finished, the daily backup is taken).
 */
async function unlockForAdmin(vault: Vault, dataDir?: string): Promise<void> {
  try {
    await vault.unlock();
  } catch (err) {
    if (!(err instanceof VaultError)) throw err;
    if (!KEYCHAIN_FALLBACK.includes(err.code)) throw err;
    process.stderr.write(
      `The keychain did not unlock the vault (${err.code}); using the passphrase.\n`,
    );
    await vault.unlockWithPassphrase(await readPassphrase('Recovery passphrase: '));
  }
  if (dataDir === undefined) return;
  const reapplied = await afterUnlock({ vault, dataDir, now: () => new Date() });
  if (reapplied && reapplied !== 'unchecked')
    process.stderr.write(
      `This copy of the vault was older: ${reapplied.shreddings} shredding(s) recorded in the keychain were carried out again (${reapplied.people} people).\n`,
    );
}

/** hardenDataDir, reporting a folder whose modes cannot be set instead of stopping the command. */
function tryHardenDataDir(dataDir: string): void {
  try {
    hardenDataDir(dataDir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
    process.stderr.write(`warning: could not restrict the data folder's file modes (${code})\n`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    // Typed vault errors carry no personal data; anything else is reported by class only.
    if (err instanceof VaultError) process.stderr.write(`error: ${err.code}: ${err.message}\n`);
    else process.stderr.write(`error: ${err instanceof Error ? err.name : 'unknown'}\n`);
    // Exit explicitly: a keychain call abandoned at its deadline would otherwise hold the process.
    process.exit(1);
  },
);
