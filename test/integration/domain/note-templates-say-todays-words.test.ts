// A built-in note template that an earlier version wrote with a word the glossary now forbids
// (Danish "papirnoter", the Danish "forløp" in Norwegian) reads today's words once listed, unless
// the consultant has edited it: their own text is never rewritten.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, listTemplates, updateTemplate } from '../../../main/domain/templates';
import type { Vault } from '../../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

const NOW = new Date('2026-11-22T10:00:00Z');
const OLD = {
  da: 'Resultat af forløbet:\n\nVidere plan:\n\nPapirnoter makuleret: ja/nej\n',
  nb: 'Resultat av forløpet:\n\nVidere plan:\n\nPapirnotater makulert: ja/nei\n',
} as const;

describe('note templates say today’s words', () => {
  let dir: string;
  let vault: Vault;
  beforeEach(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
  });

  const closing = (locale: 'da' | 'nb') =>
    listTemplates(vault.db, locale, NOW).find((t) => t.key === 'closingConversation')?.body;

  it('the built-in closing template uses notater in Danish and tiltak in Norwegian', () => {
    expect(closing('da')).toContain('Papirnotater makuleret');
    expect(closing('nb')).toContain('Resultat av tiltaket');
    expect(closing('nb')).not.toMatch(/forløp/);
  });

  for (const locale of ['da', 'nb'] as const) {
    it(`${locale}: an untouched old default is renewed, an edited one is kept`, () => {
      listTemplates(vault.db, locale, NOW);
      // As an earlier version left it (positive control: the old words are really there).
      updateTemplate(
        vault.db,
        { key: 'closingConversation', locale, title: 'x', body: OLD[locale] },
        NOW,
      );
      expect(
        vault.db
          .prepare(
            "SELECT body FROM note_templates WHERE key = 'closingConversation' AND locale = ?",
          )
          .get<{ body: string }>([locale])?.body,
      ).toBe(OLD[locale]);
      expect(closing(locale)).toBe(DEFAULT_TEMPLATES[locale].closingConversation[1]);

      const own = `${OLD[locale]}Egen linje\n`;
      updateTemplate(vault.db, { key: 'closingConversation', locale, title: 'x', body: own }, NOW);
      expect(closing(locale)).toBe(own);
    });
  }
});
