// A programme stores the retention preset it follows: chosen when it is created (default by
// country: DK → Danish job-centre, NO → Norwegian), read back through IPC, changed in its edit
// form, and an unknown preset refused without changing anything.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import { Category, DANISH_PRESET_ID, NORWEGIAN_PRESET_ID } from '../../../main/retention/policies';
import { MemoryLogger } from '../../../main/vault/logger';
import type { Vault } from '../../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

const ok = <T>(r: unknown): T => {
  expect(r).toMatchObject({ ok: true });
  return (r as { value: T }).value;
};

type Programme = { id: number; country: string; retentionPresetId: string | null };

const programme = (country: 'DK' | 'NO', extra: object = {}) => ({
  name: `Forløb ${country}`,
  funder: country === 'DK' ? 'Jobcenter Aarhus' : 'NAV Vest',
  country,
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  ...extra,
});

describe('a programme’s retention preset over IPC', () => {
  let dir: string;
  let vault: Vault;
  let dispatch: Dispatch;
  beforeEach(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    dispatch = createDispatch(
      {
        vault,
        dataDir: dir,
        now: () => new Date('2026-11-22T09:00:00Z'),
        actor: 'KB',
        pickFolder: async () => null,
      },
      new MemoryLogger(),
    );
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
  });

  it('stores the country’s preset by default and the chosen one otherwise, and reads both back', async () => {
    const dk = ok<Programme>(await dispatch('programmes.create', programme('DK')));
    const no = ok<Programme>(await dispatch('programmes.create', programme('NO')));
    const chosen = ok<Programme>(
      await dispatch(
        'programmes.create',
        programme('DK', { retentionPresetId: NORWEGIAN_PRESET_ID }),
      ),
    );
    expect(dk.retentionPresetId).toBe(DANISH_PRESET_ID);
    expect(no.retentionPresetId).toBe(NORWEGIAN_PRESET_ID);
    expect(chosen.retentionPresetId).toBe(NORWEGIAN_PRESET_ID);

    // Read back through IPC, one by one and in the list.
    for (const p of [dk, no, chosen])
      expect(ok<Programme>(await dispatch('programmes.get', { id: p.id }))).toMatchObject({
        retentionPresetId: p.retentionPresetId,
      });
    const list = ok<Programme[]>(await dispatch('programmes.list', {}));
    expect(Object.fromEntries(list.map((p) => [p.id, p.retentionPresetId]))).toEqual({
      [dk.id]: DANISH_PRESET_ID,
      [no.id]: NORWEGIAN_PRESET_ID,
      [chosen.id]: NORWEGIAN_PRESET_ID,
    });
    // The stored value itself, not a default filled in on the way out.
    const stored = vault.db
      .prepare('SELECT id, retention_preset_id AS presetId FROM programmes ORDER BY id')
      .all<{ id: number; presetId: string | null }>();
    expect(stored.map((r) => r.presetId)).toEqual([
      DANISH_PRESET_ID,
      NORWEGIAN_PRESET_ID,
      NORWEGIAN_PRESET_ID,
    ]);
  });

  it('changes the preset in the edit form, and refuses an unknown one without changing anything', async () => {
    const dk = ok<Programme>(await dispatch('programmes.create', programme('DK')));
    const edited = ok<Programme>(
      await dispatch('programmes.update', {
        ...programme('DK'),
        id: dk.id,
        retentionPresetId: NORWEGIAN_PRESET_ID,
      }),
    );
    expect(edited.retentionPresetId).toBe(NORWEGIAN_PRESET_ID);
    expect(
      await dispatch('programmes.update', {
        ...programme('DK', { name: 'Omdøbt' }),
        id: dk.id,
        retentionPresetId: 'seeds/000_87b492c2f2071a7d.txt',
      }),
    ).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(
      await dispatch('programmes.create', programme('NO', { retentionPresetId: 'nope' })),
    ).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(ok<Programme>(await dispatch('programmes.get', { id: dk.id }))).toMatchObject({
      name: 'Forløb DK',
      retentionPresetId: NORWEGIAN_PRESET_ID,
    });
    expect(ok<Programme[]>(await dispatch('programmes.list', {}))).toHaveLength(1);
  });

  it('a vault holding the earlier two-rule Norwegian preset gets every category; an edited one is kept', async () => {
    const twoRules: { category: string; trigger: string; period: string; action: string }[] = [
      { category: 'sessionNotes', trigger: 'lastContact', period: 'P3Y', action: 'prompt' },
      { category: 'consents', trigger: 'agreementEnd', period: 'P10Y', action: 'prompt' },
    ];
    const write = (rules: object[]) =>
      vault.db
        .prepare(
          `INSERT INTO retention_presets (id, name, source, rules, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET rules = excluded.rules`,
        )
        .run([
          NORWEGIAN_PRESET_ID,
          'Norwegian recruitment and guidance',
          'seeds/004_ceb7e3c14b4bf4a7.txt',
          JSON.stringify(rules),
          '2026-01-01T00:00:00Z',
        ]);
    type Listed = { id: string; rules: { category: string; period: string }[] }[];
    const norwegian = async () =>
      ok<Listed>(await dispatch('retention.presets.list', {})).find(
        (p) => p.id === NORWEGIAN_PRESET_ID,
      )!;
    write(twoRules);
    // One rule per category, the recruitment profile's five included.
    expect((await norwegian()).rules).toHaveLength(Category.options.length);
    // Edited by the organisation (notes kept 2 years): left as they wrote it.
    const edited = [{ ...twoRules[0]!, period: 'P2Y' }, twoRules[1]!];
    write(edited);
    expect((await norwegian()).rules).toEqual(edited);
  });

  it('lists presets whose rules carry plain fields only, the Norwegian one marking its own choices', async () => {
    const presets = ok<{ id: string; rules: { category: string; basis?: string }[] }[]>(
      await dispatch('retention.presets.list', {}),
    );
    const no = presets.find((p) => p.id === NORWEGIAN_PRESET_ID)!;
    expect(no.rules).toHaveLength(Category.options.length);
    expect(no.rules.filter((r) => r.basis === 'ownChoice').map((r) => r.category)).not.toContain(
      'sessionNotes',
    );
    // A saved preset keeps the mark.
    const saved = ok<{ rules: { basis?: string }[] }>(await dispatch('retention.presets.save', no));
    expect(saved.rules.filter((r) => r.basis === 'ownChoice')).toHaveLength(
      Category.options.length - 2,
    );
  });
});
