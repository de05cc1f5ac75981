// Norwegian fødselsnummer, D-, H- and synthetic numbers: form, birth date digits, century, K1/K2.
import type {
  DecodedNationalId,
  NationalIdErrorCode,
  NationalIdForm,
  NationalIdWarningCode,
} from './national-id-types';

// Each list ends with weight 1 for the control digit itself, so a passing number sums to 0 mod 11.
const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Decodes eleven ASCII digits (DDMMYYIIIKK); the caller has checked the shape. */
export function decodeNorwegianId(digits: string, allowSynthetic: boolean): DecodedNationalId {
  const digit = (i: number) => digits.charCodeAt(i) - 48;
  const twoDigits = (i: number) => digit(i) * 10 + digit(i + 1);
  const weightedSum = (weights: readonly number[]) =>
    weights.reduce((acc, weight, i) => acc + weight * digit(i), 0);

  const errors: NationalIdErrorCode[] = [];
  const warnings: NationalIdWarningCode[] = [];

  // The form is told apart by the digits alone: D-numbers add 40 to the day, H-numbers 40 to the
  // month, synthetic test numbers 80 to the month (Skatteetaten also issues synthetic D-numbers).
  const dNumber = digit(0) >= 4;
  const rawMonth = twoDigits(2);
  const monthOffset = rawMonth >= 80 ? 80 : rawMonth >= 40 ? 40 : 0;
  const form = formOf(dNumber, monthOffset);

  // No scheme combines the D- and H-offsets, so those digits do not encode a date.
  if (dNumber && form === 'h-number') errors.push('impossibleDate');
  if (form === 'h-number') warnings.push('noHNumber');
  if (form === 'synthetic') {
    if (allowSynthetic) warnings.push('noSynthetic');
    else errors.push('syntheticNotAllowed');
  }

  const yy = twoDigits(4);
  const statedCentury = centuryFromIndividualNumber(digit(6) * 100 + twoDigits(7), yy);
  let century: number | 'latest' = statedCentury ?? 'latest';

  // K2 is the same in both schemes. K1 leaves remainder 0 in the classic scheme; the 2032 scheme
  // also allows 1–3, and its numbers no longer carry the century in the individual number.
  const k1Remainder = weightedSum(K1_WEIGHTS) % 11;
  const k2Holds = weightedSum(K2_WEIGHTS) % 11 === 0;
  if (!k2Holds || k1Remainder > 3) {
    errors.push('checksum');
  } else if (k1Remainder !== 0 || statedCentury === undefined) {
    // Only the 2032 scheme explains these digits (a remainder above 0, or an individual number
    // outside the classic century table), so III says nothing about the century.
    warnings.push('no2032Rule');
    century = 'latest';
  }

  return {
    form,
    day: twoDigits(0) - (dNumber ? 40 : 0),
    month: rawMonth - monthOffset,
    yy,
    century,
    errors,
    warnings,
  };
}

function formOf(dNumber: boolean, monthOffset: number): NationalIdForm {
  if (monthOffset === 80) return 'synthetic'; // synthetic D-numbers count as synthetic
  if (monthOffset === 40) return 'h-number';
  return dNumber ? 'd-number' : 'fnr';
}

/** The classic table: the individual number III with YY gives the century, or nothing. */
function centuryFromIndividualNumber(individual: number, yy: number): number | undefined {
  if (individual <= 499) return 1900;
  if (yy <= 39) return 2000; // 500–999
  if (individual <= 749 && yy >= 54) return 1800; // 500–749
  if (individual >= 900) return 1900; // 900–999 with YY 40–99
  return undefined; // 500–749 with YY 40–53, 750–899 with YY 40–99: never issued classically
}
