// The core refuses what the window's strength meter calls too short or weak: one estimator for both.
import { describe, expect, it } from 'vitest';
import { estimateStrength } from '../../main/ipc/passphrase-strength';
import { WeakPassphraseError } from '../../main/vault/errors';
import { assertStrongPassphrase } from '../../main/vault/passphrase-rule';
import { estimateStrength as windowEstimate } from '../../renderer/src/lib/passphrase-strength';

describe('assertStrongPassphrase', () => {
  it('refuses aaaaaaaaaaaa (12 characters, but a repeat) and other weak phrases', () => {
    for (const weak of ['aaaaaaaaaaaa', 'abcdefghijklmnop', 'Password1234', 'kort']) {
      expect(() => assertStrongPassphrase(weak)).toThrow(WeakPassphraseError);
    }
  });

  it('accepts what the meter calls fair or strong', () => {
    for (const ok of [
      'bjergstiiregnvejr',
      'korrekt hest batteri hæfteklamme',
      'Blå-Hval_17/Fjord!',
    ]) {
      expect(['fair', 'strong']).toContain(estimateStrength(ok).strength);
      expect(() => assertStrongPassphrase(ok)).not.toThrow();
    }
  });

  it('uses the very estimator the window imports', () => {
    expect(windowEstimate).toBe(estimateStrength);
  });
});
