// Every IPC channel rejects malformed input with a validation error, and nothing changes.
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, contract, type ChannelName } from '../../main/ipc/contract';
import { createDispatch, type Dispatch } from '../../main/ipc/dispatch';
import { MemoryLogger } from '../../main/vault/logger';
import { TEST_PASSPHRASE, removeDir, sha256File, tempDir, testVault } from '../support/temp-vault';

const MB = 'x'.repeat(1024 * 1024);

/** A valid input per channel; each malformed variant below is derived from it. */
const valid: { [C in ChannelName]: Record<string, unknown> } = {
  'vault.status': {},
  'vault.create': { passphrase: TEST_PASSPHRASE },
  'vault.unlock': {},
  'vault.unlockWithPassphrase': { passphrase: TEST_PASSPHRASE, rememberInKeychain: true },
  'vault.lock': {},
  'vault.keepKeyInKeychain': {},
  'vault.pickBackup': {},
  'vault.restore': { passphrase: TEST_PASSPHRASE },
  'vault.changePassphrase': { current: TEST_PASSPHRASE, next: 'en helt ny og lang sætning' },
  'vault.verifyRecovery': { passphrase: TEST_PASSPHRASE },
  'vault.resetRecovery': { passphrase: 'en helt ny og lang sætning' },
  'vault.restoreKeyFile': {},
  'settings.get': {},
  'settings.setIdleLock': { minutes: 15 },
  'settings.dismissRecoveryReminder': {},
  'settings.issuer.get': {},
  'settings.issuer.save': {
    consultantName: 'Máret Ŋ.',
    organisationName: 'Jobvejen ApS',
    organisationAddress: 'Havnegade 4\n8000 Aarhus C',
  },
  'programmes.list': { status: 'active' },
  'programmes.get': { id: 1 },
  'programmes.create': {
    name: 'Forløb',
    funder: 'Jobcenter Aarhus',
    country: 'DK',
    startsOn: '2026-01-01',
    endsOn: '2026-06-30',
  },
  'programmes.update': {
    id: 1,
    name: 'Forløb',
    funder: 'NAV Vest',
    country: 'NO',
    startsOn: '2026-01-01',
    endsOn: '2026-06-30',
    status: 'closing',
  },
  'participants.create': {
    givenName: 'Åse',
    familyName: 'Øster',
    nationalId: { country: 'DK', value: '070761-4285' },
    email: 'aase@example.dk',
    phone: '+45 1234',
    programmeId: 1,
    enrolledOn: '2026-01-01',
  },
  'participants.update': {
    id: 1,
    givenName: 'Åse',
    familyName: 'Øster',
    nationalId: { country: 'none' },
    email: 'aase@example.dk',
  },
  'participants.get': { id: 1 },
  'participants.corrections': { participantId: 1 },
  'participants.restrict': {
    participantId: 1,
    reason: 'Bestrider oplysningernes rigtighed',
    requestId: 1,
  },
  'participants.liftRestriction': { participantId: 1, reason: 'Rettet efter aftale' },
  'participants.revealNationalId': { id: 1, purpose: 'reveal' },
  'enrolments.list': { participantId: 1 },
  'enrolments.create': { participantId: 1, programmeId: 1, enrolledOn: '2026-01-01' },
  'enrolments.end': {
    participantId: 1,
    programmeId: 1,
    endedOn: '2026-02-01',
    status: 'completed',
    reason: 'other',
    reasonText: 'Startet egen virksomhed',
  },
  'caseload.list': { sort: 'name', offset: 0, limit: 50, text: 'øs' },
  'caseload.counts': {},
  'sessionNotes.createDraft': {
    participantId: 1,
    programmeId: 1,
    occurredAt: '2026-11-20T10:00:00Z',
    kind: 'meeting',
    body: 'Udkast',
  },
  'sessionNotes.saveDraft': { id: 1, body: 'Udkast 2', kind: 'phone' },
  'sessionNotes.lock': { id: 1 },
  'sessionNotes.discardDraft': { id: 1 },
  'sessionNotes.addAddendum': { noteId: 1, body: 'Tilføjelse' },
  'sessionNotes.get': { id: 1 },
  'sessionNotes.listForParticipant': { participantId: 1, limit: 20 },
  'templates.list': { locale: 'da' },
  'templates.update': { key: 'followUp', locale: 'nb', title: 'Oppfølging', body: 'Siden sist:' },
  'documents.add': {
    participantId: 1,
    kind: 'cv',
    fileName: 'cv.pdf',
    mimeType: 'application/pdf',
    contentBase64: 'JVBERi0=',
  },
  'documents.list': { participantId: 1 },
  'documents.content': { id: 1 },
  'documents.delete': { id: 1 },
  'assessments.add': {
    participantId: 1,
    programmeId: null,
    provider: 'MASTER Danmark',
    instrument: 'MPA',
    takenOn: '2026-10-01',
    scores: [{ name: 'Struktur', value: 7, min: 0, max: 10 }],
    summary: 'Stærk på samarbejde',
    reportDocumentId: null,
  },
  'assessments.list': { participantId: 1 },
  'assessments.update': {
    id: 1,
    takenOn: '2026-03-01',
    scores: [{ name: 'Drive', value: 7, min: 0, max: 10 }],
    summary: 'Rettet',
  },
  'assessments.instruments': {},
  'assessments.delete': { id: 1 },
  'consents.add': {
    participantId: 1,
    purpose: 'CV-deling',
    legalBasis: 'Samtykke',
    givenOn: '2026-01-01',
  },
  'consents.withdraw': { id: 1, withdrawnOn: '2026-02-01' },
  'consents.list': { participantId: 1 },
  'profile.get': { participantId: 1 },
  'profile.save': {
    participantId: 1,
    dateOfBirth: '1990-04-01',
    maritalStatus: 'single',
    gender: null,
    nationality: 'norsk',
    workExperience: [],
    references: [],
    qualifications: ['Fagbrev'],
    certificates: [],
    languages: ['Norsk'],
    evaluations: [],
    availableFrom: null,
    availability: null,
    salary: { amount: 500000, currency: 'NOK', period: 'year' },
  },
  'profile.setPhoto': { participantId: 1, mimeType: 'image/png', contentBase64: 'iVBORw0KGgo=' },
  'profile.photo': { participantId: 1 },
  'profile.deletePhoto': { participantId: 1 },
  'search.query': { text: 'får', limit: 10 },
  'retention.due': { horizonDays: 30 },
  'retention.review': { programmeId: 1 },
  'retention.closeOut': {
    programmeId: 1,
    typedName: 'Forløb',
    paper: { '1': 'shredded', '2': 'none' },
  },
  'retention.eraseParticipant': {
    participantId: 1,
    typedName: 'Åse Øster',
    paper: 'none',
    reason: 'dataSubjectRequest',
  },
  'retention.reviewErase': { participantId: 1 },
  'retention.reviewItem': { itemKey: 'lastContact:sessionNotes:participant:1' },
  'retention.purgeItem': {
    itemKey: 'lastContact:sessionNotes:participant:1',
    typedName: 'Åse Øster',
    paper: 'none',
  },
  'retention.postpone': {
    itemKey: 'programmeEnd:programme:1',
    reason: 'Deltager afventer job',
    until: '2026-12-01',
  },
  'retention.progress': {},
  'retention.presets.list': {},
  'retention.presets.save': {
    id: 'dk-jobcentre-coaching',
    name: 'Dansk',
    source: 'seed',
    rules: [{ category: 'sessionNotes', trigger: 'programmeEnd', period: 'P0D', action: 'prompt' }],
  },
  'retention.certificates.list': {},
  'retention.certificates.export': { id: 1, format: 'pdf', locale: 'da' },
  'documents.reconfirm': { id: 1, on: '2026-11-22' },
  'backups.status': {},
  'backups.configure': { generations: 7 },
  'backups.chooseFolder': {},
  'backups.run': {},
  'requests.log': { participantId: 1, kind: 'access', channel: 'email', receivedOn: '2026-11-20' },
  'requests.list': { participantId: 1, includeClosed: true },
  'requests.recordIdentity': { id: 1, method: 'videoCall', checkedOn: '2026-11-21' },
  'requests.extend': { id: 1, months: 2, reason: 'Mange dokumenter', toldOn: '2026-11-25' },
  'requests.start': { id: 1 },
  'requests.close': { id: 1, status: 'refused', outcome: 'Oplysningerne er allerede slettet' },
  'requests.counts': {},
  'requests.exportAccessCopy': { requestId: 1, locale: 'nb' },
  'disclosures.record': {
    participantId: 1,
    recipient: 'Rekruttering AS',
    sharedOn: '2026-11-20',
    legalBasis: 'Samtykke',
    purpose: 'Kandidat til stilling',
    documentIds: [1],
  },
  'disclosures.list': { participantId: 1 },
  'requests.reviewErasure': { requestId: 1 },
  'requests.erase': {
    requestId: 1,
    typedName: 'Åse Øster',
    paper: 'none',
    refusalReason: 'Aftale',
  },
  'import.open': { programmeId: 1 },
  'import.preview': { listId: 'a'.repeat(32), programmeId: 1, mapping: ['nationalId'] },
  'import.commit': {
    listId: 'a'.repeat(32),
    programmeId: 1,
    mapping: ['nationalId'],
    rememberMapping: false,
  },
  'import.close': { listId: 'a'.repeat(32) },
  'import.progress': {},
};

function malformed(channel: ChannelName): unknown[] {
  const base = valid[channel];
  const variants: unknown[] = [
    null,
    undefined,
    42,
    'text',
    [],
    [base],
    true,
    { ...base, extra: 1 },
    { ...base, __proto__: { x: 1 }, constructor: 'x' },
  ];
  for (const key of Object.keys(base)) {
    const { [key]: _dropped, ...rest } = base;
    // Optional fields may be missing; required ones may not.
    if (
      !(contract[channel].input.shape as Record<string, { isOptional(): boolean }>)[
        key
      ]!.isOptional()
    )
      variants.push(rest);
    for (const wrong of [null, 12345, 'str', true, [], {}, MB, -1, 0, 1.5, Number.NaN, 1e12]) {
      variants.push({ ...base, [key]: wrong });
    }
  }
  // Some replacements are legal for a field (e.g. `true` for a boolean); those are not malformed.
  return variants.filter((v) => !contract[channel].input.safeParse(v).success);
}

describe('IPC rejects malformed input', () => {
  let dir: string;
  let absentDir: string;
  let dispatch: Dispatch;
  let snapshot: () => unknown;

  beforeAll(async () => {
    dir = tempDir();
    absentDir = tempDir();
    const { vault } = testVault(dir);
    await vault.create(TEST_PASSPHRASE);
    dispatch = createDispatch({ vault, dataDir: dir, now: () => new Date() }, new MemoryLogger());
    expect(await dispatch('programmes.create', valid['programmes.create'])).toMatchObject({
      ok: true,
    });
    // Row counts of every table plus the files: a malformed call must change none of them.
    const settingsFile = join(dir, 'settings.json');
    snapshot = () => ({
      settings: sha256File(settingsFile),
      state: vault.state(),
      rows: vault.db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all<{ name: string }>()
        .map(({ name }) => [
          name,
          vault.db.prepare(`SELECT count(*) AS n FROM "${name}"`).get()!.n,
        ]),
      keyFile: sha256File(vault.paths.keyFile),
      files: readdirSync(dir).sort(),
    });
  });
  afterAll(() => {
    removeDir(dir);
    removeDir(absentDir);
  });

  it('covers every channel in the contract, with a valid example each', () => {
    expect(Object.keys(valid).sort()).toEqual([...channelNames].sort());
    for (const channel of channelNames) {
      expect(contract[channel].input.safeParse(valid[channel]).success, channel).toBe(true);
    }
  });

  for (const channel of channelNames) {
    it(`${channel}: wrong types, missing and extra fields, 1 MB strings`, async () => {
      const before = snapshot();
      const inputs = malformed(channel);
      // The filter above must not have thrown away the cases this test is about.
      expect(inputs).toContainEqual({ ...valid[channel], extra: 1 });
      for (const [key, value] of Object.entries(valid[channel])) {
        // A document's content is the one field meant to carry megabytes (up to 25 MB of file).
        if (typeof value === 'string' && key !== 'contentBase64') {
          expect(inputs).toContainEqual({ ...valid[channel], [key]: MB });
        }
      }
      for (const input of inputs) {
        const result = await dispatch(channel, input);
        expect(result, JSON.stringify(input)?.slice(0, 80)).toMatchObject({
          ok: false,
          error: { code: 'validation' },
        });
        expect(JSON.stringify(result).length).toBeLessThan(200);
      }
      expect(snapshot()).toEqual(before);
    });
  }

  it('any value a schema refuses is a validation error, for every channel (property)', async () => {
    const before = snapshot();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channelNames), fc.anything(), async (channel, input) => {
        if (contract[channel].input.safeParse(input).success) return;
        const result = await dispatch(channel, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
      }),
      { numRuns: 300 },
    );
    expect(snapshot()).toEqual(before);
  });

  it('a malformed vault.create on an empty folder creates nothing', async () => {
    const { vault } = testVault(absentDir);
    const fresh = createDispatch(
      { vault, dataDir: absentDir, now: () => new Date() },
      new MemoryLogger(),
    );
    for (const input of [...malformed('vault.create'), { passphrase: 'too short' }]) {
      expect(await fresh('vault.create', input)).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      });
    }
    // Restore takes no path from the page: a path in its input is refused like any extra field.
    for (const input of [
      ...malformed('vault.restore'),
      { passphrase: TEST_PASSPHRASE, path: '/tmp/fortrolig-backup.db' },
      { passphrase: TEST_PASSPHRASE, backupPath: '/tmp/fortrolig-backup.db' },
    ]) {
      expect(await fresh('vault.restore', input)).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      });
    }
    expect(await fresh('vault.pickBackup', { path: '/tmp/x.db' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    // Nor does putting back a key file: the main process picks it.
    for (const input of [
      { path: '/tmp/fortrolig-backup.key.json' },
      { keyFile: '/tmp/fortrolig-backup.key.json' },
      { keyFilePath: '/tmp/fortrolig-backup.key.json' },
    ]) {
      expect(await fresh('vault.restoreKeyFile', input)).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      });
    }
    // A new recovery passphrase must meet the create rule's length, like vault.create.
    expect(await fresh('vault.resetRecovery', { passphrase: 'too short' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(readdirSync(absentDir)).toEqual([]);
    expect(vault.state()).toBe('absent');
  });

  it('an unknown channel is refused by name', async () => {
    expect(await dispatch('vault.export', {})).toEqual({
      ok: false,
      error: { code: 'unknownChannel' },
    });
    expect(await dispatch('__proto__', {})).toEqual({
      ok: false,
      error: { code: 'unknownChannel' },
    });
  });

  it('names the offending field', async () => {
    expect(await dispatch('sessionNotes.saveDraft', { id: 1, body: 7 })).toEqual({
      ok: false,
      error: { code: 'validation', field: 'body' },
    });
  });
});
