// Every detail code main/ writes into a person's audit entries has words in each language of the
// access copy, so a participant never reads a code ("profilePhoto", "document") in their copy.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCESS_WORDS } from '../../main/requests/access-text';

const MAIN = join(import.meta.dirname, '../../main');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The detail codes written by recordAudit calls: `detail: 'code'` or `detail: \`code:…\``. */
function writtenDetailCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sources(MAIN)) {
    const text = readFileSync(file, 'utf8');
    // The whole expression after `detail:`, which may choose between codes (`a ? 'x' : 'y'`).
    for (const line of text.matchAll(/\bdetail: ([^\n]+)/g))
      for (const m of line[1]!.matchAll(/'([A-Za-z]+)'|`([A-Za-z]+):/g)) codes.add(m[1] ?? m[2]!);
  }
  // nationalId is named by the person's own kind of number (yourNationalId), not by a word.
  codes.delete('nationalId');
  return [...codes].sort();
}

describe('audit details in the access copy', () => {
  it('finds the codes main/ writes (the scan itself works)', () => {
    expect(writtenDetailCodes()).toEqual(
      expect.arrayContaining(['accessCopy', 'assessment', 'document', 'profilePhoto']),
    );
  });

  it.each(['da', 'nb', 'en'] as const)('has words for every code in %s', (language) => {
    const words = ACCESS_WORDS[language].auditDetails;
    const missing = writtenDetailCodes().filter((code) => !words[code]);
    expect(missing).toEqual([]);
  });
});
