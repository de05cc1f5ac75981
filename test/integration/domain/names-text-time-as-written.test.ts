// Issue 11's examples through the IPC dispatch: a name is found however it was written, erasure
// confirms with what a person types, people list in Nordic order, a national ID finds its person
// through the keyed hash, and note times compare as instants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createParticipant } from '../../../main/domain/participants';
import { search } from '../../../main/domain/search';
import { ok, useIpcVault } from '../../support/ipc-vault';

const NOW = new Date('2025-10-27T10:00:00Z');

describe('names, text and time as people write them', () => {
  const s = useIpcVault(NOW);
  const programme = async () =>
    ok<{ id: number }>(
      await s.dispatch('programmes.create', {
        name: 'Jobsøgning efterår',
        funder: 'Jobcenter Aarhus',
        country: 'DK',
        startsOn: '2025-09-01',
        endsOn: '2025-12-31',
      }),
    ).id;
  const person = async (
    programmeId: number,
    givenName: string,
    familyName: string,
    nationalId: { country: 'DK' | 'NO' | 'none'; value?: string } = { country: 'none' },
  ) =>
    ok<{ participant: { id: number; givenName: string; familyName: string } }>(
      await s.dispatch('participants.create', {
        programmeId,
        enrolledOn: '2025-09-01',
        givenName,
        familyName,
        nationalId,
        email: 'p@example.dk',
      }),
    ).participant;
  const hits = async (text: string) =>
    ok<{ participantId: number }[]>(await s.dispatch('search.query', { text, limit: 20 })).map(
      (h) => h.participantId,
    );

  it('stores a decomposed name in NFC: Åse and Håkonsen find it, and its erasure confirms', async () => {
    const p = await programme();
    const ase = await person(p, 'A\u030Ase', 'Ha\u030Akonsen');
    expect([ase.givenName, ase.familyName]).toEqual(['Åse', 'Håkonsen']);
    expect(await hits('Åse')).toEqual([ase.id]);
    expect(await hits('Håkonsen')).toEqual([ase.id]);
    expect(await hits('A\u030Ase')).toEqual([ase.id]);
    ok(
      await s.dispatch('retention.eraseParticipant', {
        participantId: ase.id,
        typedName: 'A\u030Ase Ha\u030Akonsen',
        paper: 'none',
        reason: 'dataSubjectRequest',
      }),
    );
  });

  it('finds Nygård and Bergstrøm written with a soft hyphen and a zero-width space', async () => {
    const p = await programme();
    const ny = await person(p, 'Ida', 'Ny\u00ADgård');
    const berg = await person(p, 'Bo', 'Berg\u200Bstrøm');
    expect(await hits('Nygård')).toEqual([ny.id]);
    expect(await hits('Bergstrøm')).toEqual([berg.id]);
  });

  it('confirms the erasure of \\u200Fمحمد العلي typed without the right-to-left mark', async () => {
    const p = await programme();
    const m = await person(p, '\u200Fمحمد', 'العلي');
    ok(
      await s.dispatch('retention.eraseParticipant', {
        participantId: m.id,
        typedName: 'محمد العلي',
        paper: 'none',
        reason: 'dataSubjectRequest',
      }),
    );
  });

  it('refuses CV_Ole_Hansen\\u202Efdp.exe and a name with a direction override, in words', async () => {
    const p = await programme();
    const ole = await person(p, 'Ole', 'Hansen');
    expect(
      await s.dispatch('documents.add', {
        participantId: ole.id,
        kind: 'cv',
        fileName: 'CV_Ole_Hansen\u202Efdp.exe',
        mimeType: 'application/pdf',
        contentBase64: 'JVBERi0=',
      }),
    ).toEqual({ ok: false, error: { code: 'directionControl', field: 'fileName' } });
    expect(
      await s.dispatch('participants.create', {
        programmeId: p,
        enrolledOn: '2025-09-01',
        givenName: 'Ole\u202E',
        familyName: 'Hansen',
        nationalId: { country: 'none' },
        email: 'o@example.dk',
      }),
    ).toEqual({ ok: false, error: { code: 'directionControl', field: 'givenName' } });
  });

  it('lists Andersen, Berg, Zahle, Æbelø, Østergaard, Ågesen, Aagaard, case-insensitively', async () => {
    const p = await programme();
    for (const f of ['Østergaard', 'Ågesen', 'zahle', 'Aagaard', 'Æbelø', 'Berg', 'Andersen'])
      await person(p, 'Test', f);
    const rows = ok<{ rows: { familyName: string }[] }>(
      await s.dispatch('caseload.list', { programmeId: p, sort: 'name', offset: 0, limit: 50 }),
    ).rows.map((r) => r.familyName);
    expect(rows).toEqual(['Andersen', 'Berg', 'zahle', 'Æbelø', 'Østergaard', 'Ågesen', 'Aagaard']);
    const review = ok<{ participants: { familyName: string }[] }>(
      await s.dispatch('retention.review', { programmeId: p }),
    ).participants.map((r) => r.familyName);
    expect(review).toEqual(rows);
  });

  it('finds a person by 070761-4285 or 0707614285 (keyed hash); six digits only when chosen', async () => {
    const p = await programme();
    const cpr = await person(p, 'Søren', 'Ærø', { country: 'DK', value: '070761-4285' });
    const no = await person(p, 'Kari', 'Nordmann', { country: 'NO', value: '100487 45526' });
    await person(p, 'Anden', 'Person');
    for (const q of ['070761-4285', '0707614285', ' 070761 4285 '])
      expect(await hits(q)).toEqual([cpr.id]);
    expect(await hits('10048745526')).toEqual([no.id]);
    const list = async (text: string, matchBirthDate?: boolean) =>
      ok<{ rows: { id: number }[] }>(
        await s.dispatch('caseload.list', {
          text,
          ...(matchBirthDate === undefined ? {} : { matchBirthDate }),
          sort: 'name',
          offset: 0,
          limit: 50,
        }),
      ).rows.map((r) => r.id);
    expect(await list('0707614285')).toEqual([cpr.id]);
    expect(await list('100487-45526')).toEqual([no.id]);
    expect(await list('070761')).toEqual([]);
    expect(await list('070761', true)).toEqual([cpr.id]);
    // The number is never in the search index in clear.
    expect(
      s.vault.db
        .prepare('SELECT count(*) AS n FROM search_index WHERE search_index MATCH \'"0707614285"\'')
        .get(),
    ).toEqual({ n: 0 });
  });

  it('finds Sørensen by typing sorensen, ranked below an exact Sorensen; note text stays exact', async () => {
    const p = await programme();
    const folded = await person(p, 'Mette', 'Sørensen');
    const exact = await person(p, 'Jens', 'Sorensen');
    expect(await hits('sorensen')).toEqual([exact.id, folded.id]);
    expect(await hits('soerensen')).toEqual([folded.id]);
    const n = ok<{ id: number }>(
      await s.dispatch('sessionNotes.createDraft', {
        participantId: folded.id,
        programmeId: p,
        occurredAt: '2025-10-20T09:00:00Z',
        kind: 'meeting',
        body: 'Hun får et nyt job',
      }),
    );
    expect(n.id).toBeGreaterThan(0);
    expect(search(s.vault.db, 'far', 20).filter((h) => h.source === 'note')).toEqual([]);
    expect(search(s.vault.db, 'får', 20).map((h) => h.source)).toEqual(['note']);
  });

  it('orders the clocks-back night as instants: newest first, last contact 01:50:00.000Z', async () => {
    const p = await programme();
    const ase = await person(p, 'Åse', 'Berg');
    const at = ['2025-10-26T02:30:00+02:00', '2025-10-26T02:10:00+01:00', '2025-10-26T01:50:00Z'];
    for (const occurredAt of at)
      ok(
        await s.dispatch('sessionNotes.createDraft', {
          participantId: ase.id,
          programmeId: p,
          occurredAt,
          kind: 'meeting',
          body: 'Samtale',
        }),
      );
    const notes = ok<{ notes: { occurredAt: string }[] }>(
      await s.dispatch('sessionNotes.listForParticipant', { participantId: ase.id, limit: 10 }),
    ).notes.map((n) => n.occurredAt);
    expect(notes).toEqual([
      '2025-10-26T01:50:00.000Z',
      '2025-10-26T01:10:00.000Z',
      '2025-10-26T00:30:00.000Z',
    ]);
    expect(
      ok<{ lastContactAt: string }>(await s.dispatch('participants.get', { id: ase.id }))
        .lastContactAt,
    ).toBe('2025-10-26T01:50:00.000Z');
  });

  it('property: any name is found by its NFC and its NFD form after it is stored', () => {
    const letter = fc.constantFrom(...'abeioæøåäöüéèñçşğıİłßÆØÅÉẞمحدשלוםễệ'.split(''));
    const word = fc.array(letter, { minLength: 2, maxLength: 8 }).map((a) => a.join(''));
    let n = 0;
    fc.assert(
      fc.property(word, word, (given, family) => {
        const typed = `${given}\u00ad ${family}`.normalize('NFD');
        const { participant } = createParticipant(
          s.vault.db,
          {
            givenName: typed.split(' ')[0]!,
            familyName: family.normalize('NFD'),
            nationalId: { country: 'none' },
            email: `p${n++}@example.dk`,
          },
          NOW,
        );
        for (const form of ['NFC', 'NFD'] as const) {
          const found = search(s.vault.db, family.normalize(form), 200).map((h) => h.participantId);
          expect(found).toContain(participant.id);
        }
      }),
      { numRuns: 60 },
    );
  });
});
