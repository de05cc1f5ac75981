// Rectification compares the stored forms (issue 11): a name typed again decomposed (NFD, as macOS
// gives it), with a no-break space or with a soft hyphen is the same name, so it is not logged as a
// correction, needs no reason, tells no recipient and leaves the row exactly as it was; a real
// change beside it is still logged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createParticipant } from '../../../main/domain/participants';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import { logRequest } from '../../../main/requests/register';
import { MemoryLogger } from '../../../main/vault/logger';
import type { Vault } from '../../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

const CREATED = new Date('2026-11-01T09:00:00Z');
const NOW = new Date('2026-11-29T10:00:00Z');
const ok = <T>(r: unknown): T => {
  expect(r).toMatchObject({ ok: true });
  return (r as { value: T }).value;
};

const STORED = {
  givenName: 'Åse Marie',
  familyName: 'Håkonsen-Nygård',
  nationalId: { country: 'DK' as const, value: '070761-4285' },
  email: 'aase@example.dk',
  phone: '+45 20 30 40 50',
  address: 'Ærøvej 4, 5000 Odense C',
};

/** The same name and address in the forms people paste them in. */
const SAME_BUT_WRITTEN_OTHERWISE = [
  { how: 'decomposed (NFD)', givenName: 'A\u030Ase Marie', familyName: 'Ha\u030Akonsen-Nygård' },
  { how: 'with a no-break space', givenName: 'Åse\u00A0Marie', familyName: 'Håkonsen-Nygård' },
  { how: 'with a soft hyphen', givenName: 'Åse Marie', familyName: 'Håkon\u00ADsen-Ny\u00ADgård' },
  {
    how: 'all three, the address decomposed too',
    givenName: '\u00A0A\u030Ase\u00A0Marie ',
    familyName: 'Ha\u030Akon\u00ADsen-Nyga\u030Ard',
    address: 'Ærøvej 4, 5000 Odense C'.normalize('NFD'),
  },
] as const;

const withoutHow = ({ how: _, ...fields }: { how: string } & Record<string, string>) => fields;

describe('rectification compares normalised forms', () => {
  let dir: string;
  let vault: Vault;
  let dispatch: Dispatch;
  let person: number;
  const row = () => vault.db.prepare('SELECT * FROM participants WHERE id = ?').get([person]);
  const trail = async () =>
    ok<{ field: string }[]>(await dispatch('participants.corrections', { participantId: person }));

  beforeEach(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    person = createParticipant(vault.db, STORED, CREATED).participant.id;
    dispatch = createDispatch(
      { vault, dataDir: dir, now: () => NOW, actor: 'KB' },
      new MemoryLogger(),
    );
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
  });

  it.each(SAME_BUT_WRITTEN_OTHERWISE)(
    'a name $how is no correction and changes nothing',
    async (written) => {
      const before = row();
      const saved = ok<{
        participant: { givenName: string; updatedAt: string };
        recipientsToNotify: unknown[];
      }>(
        await dispatch('participants.update', {
          id: person,
          ...STORED,
          ...withoutHow(written),
          reason: 'Navnet stavet som i passet',
        }),
      );
      expect(await trail()).toEqual([]);
      expect(saved.recipientsToNotify).toEqual([]);
      expect(saved.participant).toMatchObject({
        givenName: 'Åse Marie',
        updatedAt: CREATED.toISOString(),
      });
      expect(row()).toEqual(before);
    },
  );

  it('needs no reason either, even while a rectification request is open', async () => {
    logRequest(
      vault.db,
      {
        participantId: person,
        kind: 'rectification',
        channel: 'phone',
        receivedOn: '2026-11-28',
        today: '2026-11-29',
      },
      'KB',
      NOW,
    );
    const before = row();
    ok(
      await dispatch('participants.update', {
        id: person,
        ...STORED,
        ...withoutHow(SAME_BUT_WRITTEN_OTHERWISE[3]),
      }),
    );
    expect(await trail()).toEqual([]);
    expect(row()).toEqual(before);
  });

  it('a real change typed decomposed is logged once, for that field only', async () => {
    ok(
      await dispatch('participants.update', {
        id: person,
        ...STORED,
        givenName: 'A\u030Ase Marie',
        familyName: 'Ha\u030Akonsen',
        reason: 'Bindestregsnavnet er opgivet',
      }),
    );
    expect(await trail()).toMatchObject([
      { field: 'familyName', reason: 'Bindestregsnavnet er opgivet' },
    ]);
    expect(row()).toMatchObject({
      given_name: 'Åse Marie',
      family_name: 'Håkonsen',
      updated_at: NOW.toISOString(),
    });
  });
});
