// Danish CPR numbers: reads form, birth date digits and century, and checks modulus 11.
import type { DecodedNationalId, NationalIdWarningCode } from './national-id-types';

// The last weight (1) applies to digit 10 itself, so a passing number sums to 0 mod 11.
const MODULUS_11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Decodes ten ASCII digits (DDMMYYSSSS); the caller has checked the shape. */
export function decodeCpr(digits: string): DecodedNationalId {
  const digit = (i: number) => digits.charCodeAt(i) - 48;
  const twoDigits = (i: number) => digit(i) * 10 + digit(i + 1);

  // Substitute numbers (erstatningspersonnumre) add 6 to the first day digit: days 61–91.
  const substitute = digit(0) >= 6;
  const yy = twoDigits(4);
  const warnings: NationalIdWarningCode[] = [];
  if (substitute) warnings.push('cprSubstitute');

  const sum = MODULUS_11_WEIGHTS.reduce((acc, weight, i) => acc + weight * digit(i), 0);
  // Since 1 October 2007 the CPR office issues numbers that fail modulus 11, and systems must
  // accept them: a failure is only worth a warning.
  if (sum % 11 !== 0) warnings.push('cprModulus11');

  return {
    form: substitute ? 'cpr-substitute' : 'cpr',
    day: twoDigits(0) - (substitute ? 60 : 0),
    month: twoDigits(2),
    yy,
    century: cprCentury(digit(6), yy),
    errors: [],
    warnings,
  };
}

/** The CPR office's century table: digit 7 together with YY. Every cell is filled. */
function cprCentury(digit7: number, yy: number): number {
  if (digit7 <= 3) return 1900;
  if (digit7 === 4 || digit7 === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}
