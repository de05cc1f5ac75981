// Turns what a user types into a safe FTS5 prefix query: each word quoted (so FTS5 syntax
// in the input is inert) and matched as a prefix; all words must match.

/**
 * The words of what a user typed, as toPrefixQuery quotes them: the first 12 (NFC, split at
 * spaces and FTS5 punctuation). Each may still hold characters the tokenizer separates ("a/b").
 */
export function typedWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[\s"'()*:^+\-{}[\],.;!?]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
}

/**
 * What a user typed as an FTS5 query: its typedWords each quoted and matched as a prefix, all
 * required; null when no word is left.
 */
export function toPrefixQuery(text: string): string | null {
  const words = typedWords(text);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
