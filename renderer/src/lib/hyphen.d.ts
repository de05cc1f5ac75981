// Types for the hyphen package's Danish patterns (it ships none): the one function used.
declare module 'hyphen/da' {
  /** `text` with `hyphenChar` (default U+00AD) wherever the patterns allow a word to split. */
  export function hyphenateSync(
    text: string,
    options?: Readonly<{ hyphenChar?: string; minWordLength?: number; exceptions?: string[] }>,
  ): string;
}
