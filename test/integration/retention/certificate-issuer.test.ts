// Who issues certificates lives inside the vault (not in settings.json), needs it unlocked, and
// reaches the record and the PDF: a close-out's record names the consultant from Settings and
// keeps the programme's name and funder, the rule's words and the zone in its hashed body.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import { MemoryLogger } from '../../../main/vault/logger';
import type { Vault } from '../../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { twoProgrammes } from '../../support/two-programmes';

const ok = <T>(r: unknown): T => {
  expect(r).toMatchObject({ ok: true });
  return (r as { value: T }).value;
};

const ISSUER = {
  consultantName: 'Máret Ŋ.',
  organisationName: 'Jobvejen ApS',
  organisationAddress: 'Havnegade 4\n8000 Aarhus C',
};

describe('certificate issuer', () => {
  let dir: string;
  let vault: Vault;
  let dispatch: Dispatch;
  beforeEach(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    dispatch = createDispatch(
      { vault, dataDir: dir, now: () => new Date('2026-11-22T09:00:00Z'), actor: 'KB' },
      new MemoryLogger(),
    );
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
  });

  it('is saved in the vault, not in settings.json, and needs the vault unlocked', async () => {
    expect(ok(await dispatch('settings.issuer.get', {}))).toEqual({
      consultantName: '',
      organisationName: '',
      organisationAddress: '',
    });
    expect(
      ok(
        await dispatch('settings.issuer.save', {
          ...ISSUER,
          consultantName: '  Máret Ŋ.  ',
          organisationAddress: 'Havnegade 4\r\n\r\n8000 Aarhus C\n',
        }),
      ),
    ).toEqual(ISSUER);
    expect(ok(await dispatch('settings.issuer.get', {}))).toEqual(ISSUER);
    const settingsFile = join(dir, 'settings.json');
    const settings = (() => {
      try {
        return readFileSync(settingsFile, 'utf8');
      } catch {
        return '';
      }
    })();
    expect(settings).not.toContain('Jobvejen');
    vault.lock();
    expect(await dispatch('settings.issuer.get', {})).toMatchObject({
      ok: false,
      error: { code: 'vaultLocked' },
    });
    expect(await dispatch('settings.issuer.save', ISSUER)).toMatchObject({
      ok: false,
      error: { code: 'vaultLocked' },
    });
  });

  it('a close-out records the consultant, programme, rule words and zone; the PDF prints them', async () => {
    ok(await dispatch('settings.issuer.save', ISSUER));
    const m = twoProgrammes(vault.db, 2, 2);
    const review = ok<{ participants: { id: number }[] }>(
      await dispatch('retention.review', { programmeId: m.a }),
    );
    const paper = Object.fromEntries(review.participants.map((p) => [String(p.id), 'shredded']));
    ok(await dispatch('retention.closeOut', { programmeId: m.a, typedName: 'Forløb Alfa', paper }));
    const certs = ok<{
      records: { id: number; body: Record<string, unknown>; programme: unknown }[];
      chain: { ok: boolean };
    }>(await dispatch('retention.certificates.list', {}));
    expect(certs.chain.ok).toBe(true);
    const [record] = certs.records;
    expect(record!.body).toMatchObject({
      consultant: 'Máret Ŋ.',
      programme: { name: 'Forløb Alfa', funder: 'Jobcenter Aarhus' },
      basis: { presetName: 'Danish job-centre coaching' },
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    expect(record!.programme).toEqual({ name: 'Forløb Alfa', funder: 'Jobcenter Aarhus' });

    const pdf = ok<{ fileName: string; contentBase64: string }>(
      await dispatch('retention.certificates.export', {
        id: record!.id,
        format: 'pdf',
        locale: 'da',
      }),
    );
    expect(pdf.fileName).toMatch(/^slettebevis-2026-11-22-nr-1\.pdf$/);
    const file = join(dir, 'c.pdf');
    writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const expected of [
      'Jobvejen ApS',
      'Havnegade 4',
      '8000 Aarhus C',
      'Konsulent Máret Ŋ.',
      'Forløb Forløb Alfa',
      'Opdragsgiver Jobcenter Aarhus',
      'Alle oplysninger: ved forløbets afslutning — kilde: Dansk jobcenterforløb',
      // The copies it cannot reach still open with the passphrase: a real close-out says so.
      'Kopier uden for Fortroligs rækkevidde',
      'En sådan kopi kan stadig åbnes med den nuværende adgangssætning til gendannelse.',
    ])
      expect(text).toContain(expected);
  });
});
