// The recruitment profile on a real keyed vault: saved and read back whole; found by its languages
// and qualifications (not by its other fields); counted per category in what an erasure and a
// close-out would remove; emptied category by category when its last-contact rule falls due
// (photo too) and again in an older copy put back, gone with the person at an erasure (also one
// that keeps an agreement), and carried whole in the access copy.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createParticipant } from '../../../main/domain/participants';
import { createProgramme } from '../../../main/domain/programmes';
import { enrol } from '../../../main/domain/enrolments';
import {
  deleteProfilePhoto,
  getProfile,
  profilePhoto,
  saveProfile,
  setProfilePhoto,
  type ProfileFields,
} from '../../../main/domain/profile';
import { search } from '../../../main/domain/search';
import { DomainError } from '../../../main/domain/errors';
import { dueWithLabels } from '../../../main/retention/due-data';
import { eraseParticipant } from '../../../main/retention/erase-participant';
import { reviewCloseOut, reviewParticipantErasure } from '../../../main/retention/purge';
import { shredDueCategory } from '../../../main/retention/shred';
import { applyTombstone, readTombstone } from '../../../main/retention/tombstones';
import { addConsent } from '../../../main/domain/consents';
import { eraseOnRequest } from '../../../main/requests/erasure';
import { logRequest, recordIdentityCheck } from '../../../main/requests/register';
import { listDeletionRecords } from '../../../main/retention/certificates';
import { loadAccessContent } from '../../../main/requests/access-data';
import type { Vault } from '../../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

const NOW = new Date('2030-06-01T10:00:00Z');
const ZONE = 'Europe/Oslo';
/** The smallest PNG header the photo check reads, then some bytes. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

const FIELDS: ProfileFields = {
  dateOfBirth: '1988-02-29',
  maritalStatus: 'cohabiting',
  gender: 'female',
  nationality: ' polsk ',
  workExperience: ['Lagermedarbeider, Posten 2015–2022', '  '],
  references: ['Per Hansen, teamleder, 900 00 000'],
  qualifications: ['Fagbrev i logistikk'],
  certificates: ['Truckførerbevis T1–T4'],
  languages: ['Polsk (morsmål)', 'Norsk B2'],
  evaluations: ['Kompetansekartlegging 2029: sterk på planlegging'],
  availableFrom: '2030-08-01',
  availability: 'Fulltid, kan jobbe skift',
  salary: { amount: 520_000, currency: 'NOK', period: 'year' },
};

describe('the recruitment profile', () => {
  let dir: string;
  let vault: Vault;
  let person: number;
  let other: number;
  let programme: number;

  beforeEach(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    const db = vault.db;
    programme = createProgramme(
      db,
      {
        name: 'Jobbklar Oslo',
        funder: 'Nav Oslo',
        country: 'NO',
        startsOn: '2026-01-05',
        endsOn: '2026-06-30',
      },
      NOW,
    ).id;
    const details = {
      givenName: 'Kari',
      familyName: 'Wiśniewska',
      nationalId: { country: 'none' as const },
      email: 'kari@example.no',
    };
    person = createParticipant(db, details, NOW).participant.id;
    other = createParticipant(
      db,
      { ...details, givenName: 'Ola', familyName: 'Berg', email: 'ola@example.no' },
      NOW,
    ).participant.id;
    enrol(db, person, programme, '2026-01-05');
    enrol(db, other, programme, '2026-01-05');
  });
  afterEach(async () => {
    await vault.lock();
    removeDir(dir);
  });

  it('is saved and read back whole, trimmed, and removed when emptied', () => {
    const db = vault.db;
    expect(getProfile(db, person)).toMatchObject({ languages: [], photo: null, updatedAt: null });
    const saved = saveProfile(db, person, FIELDS, NOW);
    expect(saved).toEqual({
      ...FIELDS,
      participantId: person,
      nationality: 'polsk',
      workExperience: ['Lagermedarbeider, Posten 2015–2022'],
      photo: null,
      updatedAt: NOW.toISOString(),
    });
    expect(getProfile(db, person)).toEqual(saved);
    setProfilePhoto(db, person, { mimeType: 'image/png', bytes: PNG }, NOW);
    expect(getProfile(db, person).photo).toMatchObject({ mimeType: 'image/png', size: PNG.length });
    expect([...profilePhoto(db, person).bytes]).toEqual([...PNG]);
    // A JPEG type on PNG bytes, and more than 5 MiB, are refused.
    expect(() => setProfilePhoto(db, person, { mimeType: 'image/jpeg', bytes: PNG }, NOW)).toThrow(
      DomainError,
    );
    expect(() =>
      setProfilePhoto(
        db,
        person,
        { mimeType: 'image/png', bytes: new Uint8Array(5 * 1024 * 1024 + 1) },
        NOW,
      ),
    ).toThrow(/documentTooLarge/);
    const empty = Object.fromEntries(
      Object.entries(FIELDS).map(([k, v]) => [k, Array.isArray(v) ? [] : null]),
    ) as unknown as ProfileFields;
    saveProfile(db, person, empty, NOW);
    expect(db.prepare('SELECT count(*) AS n FROM profiles').get()).toEqual({ n: 0 });
    deleteProfilePhoto(db, person, 'KB', NOW);
    expect(() => profilePhoto(db, person)).toThrow(/notFound/);
  });

  it('is found by its languages and qualifications, and not by its other fields', () => {
    const db = vault.db;
    saveProfile(db, person, FIELDS, NOW);
    const hits = (text: string) =>
      search(db, text, 20).map((h) => [h.source, h.participantId, h.snippet.includes('\u0002')]);
    expect(hits('polsk')).toEqual([['profile', person, true]]);
    expect(hits('fagbrev logistikk')).toEqual([['profile', person, true]]);
    expect(hits('Norsk B2')).toEqual([['profile', person, true]]);
    // Prefixes, as the search box is typed.
    expect(hits('logist')).toEqual([['profile', person, true]]);
    for (const notSearched of [
      'Truckførerbevis',
      'Lagermedarbeider',
      'Hansen',
      'skift',
      'planlegging',
    ])
      expect(hits(notSearched)).toEqual([]);
    saveProfile(db, person, { ...FIELDS, languages: ['Engelsk'] }, NOW);
    expect(hits('polsk')).toEqual([]);
    expect(hits('engelsk')).toEqual([['profile', person, true]]);
  });

  it('is counted per category in what an erasure and a close-out would remove', () => {
    const db = vault.db;
    saveProfile(db, person, FIELDS, NOW);
    setProfilePhoto(db, person, { mimeType: 'image/png', bytes: PNG }, NOW);
    saveProfile(
      db,
      other,
      { ...FIELDS, ...{ dateOfBirth: null, maritalStatus: null, gender: null, nationality: null } },
      NOW,
    );
    expect(reviewParticipantErasure(db, person)).toMatchObject({
      'profile.personal': 1,
      'profile.photo': 1,
      'profile.competence': 1,
      'profile.terms': 1,
      'profile.evaluations': 1,
    });
    const counts = reviewCloseOut(db, programme).counts;
    expect(counts).toMatchObject({
      'profile.personal': 1,
      'profile.photo': 1,
      'profile.competence': 2,
      'profile.terms': 2,
      'profile.evaluations': 2,
    });
  });

  it('falls due under the Norwegian rule by category, and its shredding empties that category only', async () => {
    const db = vault.db;
    saveProfile(db, person, FIELDS, NOW);
    setProfilePhoto(db, person, { mimeType: 'image/png', bytes: PNG }, NOW);
    db.prepare('UPDATE participants SET last_contact_at = ? WHERE id = ?').run([
      '2026-05-01T09:00:00.000Z',
      person,
    ]);
    const keys = dueWithLabels(db, NOW, ZONE, 0).items.map((i) => i.key);
    for (const c of ['personal', 'photo', 'competence', 'terms', 'evaluations'])
      expect(keys).toContain(`lastContact:profile.${c}:participant:${person}`);

    const shred = (category: string) =>
      shredDueCategory(
        { vault, now: () => NOW, actor: 'KB' },
        {
          itemKey: `lastContact:profile.${category}:participant:${person}`,
          typedName: 'Kari Wiśniewska',
          paper: 'none',
          timeZone: ZONE,
        },
      );
    const competence = await shred('competence');
    expect(competence.record.body.counts).toEqual({ 'profile.competence': 1 });
    expect(readTombstone(vault.db, competence.record.id)).toMatchObject({
      kind: 'rows',
      rows: { profile: ['profile.competence'] },
    });
    let left = getProfile(vault.db, person);
    expect(left).toMatchObject({
      languages: [],
      qualifications: [],
      workExperience: [],
      references: [],
      certificates: [],
      nationality: 'polsk',
      availability: 'Fulltid, kan jobbe skift',
    });
    expect(left.photo).not.toBeNull();
    expect(search(vault.db, 'polsk', 20).filter((h) => h.source === 'profile')).toEqual([]);

    await shred('photo');
    left = getProfile(vault.db, person);
    expect(left.photo).toBeNull();
    expect(vault.db.prepare('SELECT count(*) AS n FROM profile_photos').get()).toEqual({ n: 0 });
    expect(left.dateOfBirth).toBe('1988-02-29');
  });

  it('is emptied again when an older copy of the vault still holds the shredded category', async () => {
    saveProfile(vault.db, person, FIELDS, NOW);
    vault.db
      .prepare('UPDATE participants SET last_contact_at = ? WHERE id = ?')
      .run(['2026-05-01T09:00:00.000Z', person]);
    const { record } = await shredDueCategory(
      { vault, now: () => NOW, actor: 'KB' },
      {
        itemKey: `lastContact:profile.competence:participant:${person}`,
        typedName: 'Kari Wiśniewska',
        paper: 'none',
        timeZone: ZONE,
      },
    );
    // The older copy: the profile as it was before the shredding.
    const db = vault.db;
    saveProfile(db, person, FIELDS, NOW);
    db.transaction(() => applyTombstone(db, readTombstone(db, record.id)!, NOW.toISOString()));
    expect(getProfile(db, person)).toMatchObject({
      languages: [],
      qualifications: [],
      certificates: [],
      nationality: 'polsk',
      salary: FIELDS.salary,
    });
    expect(search(db, 'polsk', 20).filter((h) => h.source === 'profile')).toEqual([]);
  });

  it('goes at an erasure on request that keeps an agreement under the Norwegian rule', async () => {
    const db = vault.db;
    saveProfile(db, person, FIELDS, NOW);
    setProfilePhoto(db, person, { mimeType: 'image/png', bytes: PNG }, NOW);
    const consent = addConsent(db, {
      participantId: person,
      purpose: 'Kundeavtale',
      legalBasis: 'Avtale',
      givenOn: '2026-01-05',
    });
    const request = logRequest(
      db,
      {
        participantId: person,
        kind: 'erasure',
        channel: 'email',
        receivedOn: '2030-05-28',
        today: '2030-05-30',
      },
      'KB',
      NOW,
    );
    recordIdentityCheck(
      db,
      request.id,
      { method: 'emailOnFile', checkedBy: 'KB', checkedOn: '2030-05-29' },
      NOW,
    );
    const result = await eraseOnRequest(
      { vault, now: () => NOW, actor: 'KB' },
      {
        requestId: request.id,
        typedName: 'Kari Wiśniewska',
        paper: 'none',
        refusalReason: 'Kundeavtalen oppbevares i 10 år etter opphør.',
        timeZone: ZONE,
      },
    );
    expect(result.partlyRefused).toBe(true);
    expect(result.record.body.counts).toMatchObject({
      'profile.personal': 1,
      'profile.photo': 1,
      'profile.competence': 1,
    });
    const n = (sql: string) => vault.db.prepare(sql).get<{ n: number }>()!.n;
    expect(n('SELECT count(*) AS n FROM profiles')).toBe(0);
    expect(n('SELECT count(*) AS n FROM profile_photos')).toBe(0);
    expect(n(`SELECT count(*) AS n FROM consents WHERE id = ${consent.id}`)).toBe(1);
  });

  it('goes with the person at an erasure, photo and search entry included', async () => {
    const db = vault.db;
    saveProfile(db, person, FIELDS, NOW);
    setProfilePhoto(db, person, { mimeType: 'image/png', bytes: PNG }, NOW);
    saveProfile(db, other, FIELDS, NOW);
    const result = await eraseParticipant(
      { vault, now: () => NOW, actor: 'KB' },
      { participantId: person, paper: 'none', reason: 'dataSubjectRequest' },
    );
    expect(result.record.body.counts).toMatchObject({ 'profile.photo': 1, 'profile.terms': 1 });
    const n = (sql: string) => vault.db.prepare(sql).get<{ n: number }>()!.n;
    expect(n(`SELECT count(*) AS n FROM profiles WHERE participant_id = ${person}`)).toBe(0);
    expect(n('SELECT count(*) AS n FROM profile_photos')).toBe(0);
    expect(n(`SELECT count(*) AS n FROM search_index WHERE rowid = ${person * 8 + 5}`)).toBe(0);
    // The other person's profile stays, and is still found.
    expect(search(vault.db, 'polsk', 20).map((h) => h.participantId)).toEqual([other]);
    expect(listDeletionRecords(vault.db).length).toBeGreaterThan(0);
  });

  it('is carried whole in the access copy, with the photo attached', () => {
    const db = vault.db;
    saveProfile(db, person, FIELDS, NOW);
    setProfilePhoto(db, person, { mimeType: 'image/png', bytes: PNG }, NOW);
    const { data, attachments } = loadAccessContent(db, {
      participantId: person,
      locale: 'nb',
      requestId: null,
      now: NOW,
      timeZone: ZONE,
    });
    expect(data.profile).toMatchObject({
      dateOfBirth: '1988-02-29',
      maritalStatus: 'cohabiting',
      jobReferences: ['Per Hansen, teamleder, 900 00 000'],
      languages: ['Polsk (morsmål)', 'Norsk B2'],
      salaryAmount: 520_000,
      salaryCurrency: 'NOK',
      salaryPeriod: 'year',
    });
    expect(data.profilePhoto).toMatchObject({
      mimeType: 'image/png',
      attachmentName: 'profile-photo.png',
    });
    expect([...(attachments.find((a) => a.name === 'profile-photo.png')?.bytes ?? [])]).toEqual([
      ...PNG,
    ]);
    expect(data.additional).not.toHaveProperty('profiles');
    // The retention rules name each profile category with the day it goes.
    expect(data.retention.map((r) => r.category)).toEqual(
      expect.arrayContaining(['profile.personal', 'profile.photo', 'profile.evaluations']),
    );
  });
});
