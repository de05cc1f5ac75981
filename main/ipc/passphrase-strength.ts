// A small, honest passphrase estimator: length and character variety, with repeats, runs and
// well-known words discounted. It cannot know whether a phrase is guessable, and says only that much.
// Shared by the window (the strength meter as you type) and the core (which refuses what the
// meter calls too short or weak), so both judge a passphrase the same way. Renderer-safe: it
// imports only the contract, never node:* or electron.
import { MIN_PASSPHRASE } from './contract';

export type Strength = 'tooShort' | 'weak' | 'fair' | 'strong';

export type StrengthEstimate = Readonly<{ strength: Strength; bits: number; length: number }>;

// Words people reach for first; each counts as a single character wherever it appears.
const COMMON = [
  'password',
  'passord',
  'kodeord',
  'adgangskode',
  'qwerty',
  'asdf',
  'fortrolig',
  'sommer',
  'vinter',
  'welcome',
  'velkommen',
  'letmein',
  'admin',
];

const WEAK_BELOW_BITS = 60;
const STRONG_FROM_BITS = 90;

/**
 * Estimates how hard `passphrase` is to guess. `length` counts code points (æ, ø, å are one
 * each); `bits` is a rough entropy estimate: per character log2 of the character pool in use
 * (lower, upper, digits, ASCII symbols, letters beyond ASCII), 1 bit for a repeat or a step to a
 * neighbouring code point (aaa, abc, 321) and for each well-known word. Strength: `tooShort`
 * under MIN_PASSPHRASE (12) characters, then `weak` under 60 bits, `fair` under 90, `strong`.
 */
export function estimateStrength(passphrase: string): StrengthEstimate {
  const length = [...passphrase].length;
  const bits = Math.round(estimateBits(passphrase));
  if (length < MIN_PASSPHRASE) return { strength: 'tooShort', bits, length };
  if (bits < WEAK_BELOW_BITS) return { strength: 'weak', bits, length };
  if (bits < STRONG_FROM_BITS) return { strength: 'fair', bits, length };
  return { strength: 'strong', bits, length };
}

/**
 * True when the estimate is one the core accepts for a recovery passphrase: at least `fair`
 * (12 characters or more, and 60 bits or more by estimateStrength).
 */
export function isAcceptablePassphrase(passphrase: string): boolean {
  const { strength } = estimateStrength(passphrase);
  return strength === 'fair' || strength === 'strong';
}

function estimateBits(passphrase: string): number {
  let text = passphrase.normalize('NFC');
  for (const word of COMMON) text = text.replace(new RegExp(word, 'gi'), '\u0001');
  const chars = [...text];
  const perChar = Math.log2(Math.max(poolSize(chars), 2));
  let bits = 0;
  let previous: number | null = null;
  for (const ch of chars) {
    const code = ch.codePointAt(0) ?? 0;
    // A repeat or a step to a neighbour (aaa, abc, 123, 321) is nearly free to guess.
    const predictable = previous !== null && Math.abs(code - previous) <= 1;
    bits += ch === '\u0001' || predictable ? 1 : perChar;
    previous = code;
  }
  return bits;
}

function poolSize(chars: readonly string[]): number {
  let pool = 0;
  if (chars.some((c) => /[a-z]/.test(c))) pool += 26;
  if (chars.some((c) => /[A-Z]/.test(c))) pool += 26;
  if (chars.some((c) => /[0-9]/.test(c))) pool += 10;
  if (chars.some((c) => /[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(c))) pool += 33;
  // Letters beyond ASCII (æ, ø, å, é …): a modest bonus, since a keyboard offers only a few.
  if (chars.some((c) => c.codePointAt(0)! > 0x7f && c !== '\u0001')) pool += 20;
  return pool;
}
