// The create screen's estimator: too short is refused, predictable text scores low, variety and length score high.
import { describe, expect, it } from 'vitest';
import { estimateStrength } from '../../renderer/src/lib/passphrase-strength';

describe('estimateStrength', () => {
  it('calls anything under 12 characters too short, counting æøå as one character each', () => {
    expect(estimateStrength('Tr0ub4dor&3').strength).toBe('tooShort');
    expect(estimateStrength('æøåæøåæøåæø').strength).toBe('tooShort');
  });

  it('scores runs, repeats and well-known words as weak even when long enough', () => {
    expect(estimateStrength('aaaaaaaaaaaaaaaa').strength).toBe('weak');
    expect(estimateStrength('abcdefghijklmnop').strength).toBe('weak');
    expect(estimateStrength('Password1234').strength).toBe('weak');
    expect(estimateStrength('Sommerferie2024!').strength).toBe('weak');
    expect(estimateStrength('kodeordkodeord12').strength).toBe('weak');
  });

  it('rises with length and variety', () => {
    expect(estimateStrength('bjergstiiregnvejr').strength).toBe('fair');
    expect(estimateStrength('korrekt hest batteri hæfteklamme').strength).toBe('strong');
    expect(estimateStrength('Blå-Hval_17/Fjord!').strength).toBe('strong');
  });
});
