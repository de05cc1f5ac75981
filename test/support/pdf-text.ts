// A PDF's text as Poppler reads it (pdftotext), for tests that check what a generated PDF says.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The PDF's text in content order (pdftotext -raw), whitespace folded to single spaces. */
export function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-text-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), bytes);
    return execFileSync('pdftotext', ['-raw', join(dir, 'doc.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Whether every word of `line` appears in `text` in its order. A certificate fact's label wrapped
 * onto two rows reads back with its value's first row between them (label and value stand side by
 * side), so a fact is checked word by word; tests check whole sentences verbatim as well.
 */
export function wordsInOrder(text: string, line: string): boolean {
  let at = 0;
  for (const word of line.split(/\s+/).filter(Boolean)) {
    const found = text.indexOf(word, at);
    if (found < 0) return false;
    at = found + word.length;
  }
  return true;
}
