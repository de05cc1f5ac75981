// The bench's crypto ceilings read `openssl speed` output: machine-readable lines, the human
// table as a fallback, and nothing invented from output that does not name the algorithm.
import { describe, expect, it } from 'vitest';
import { parseOpensslSpeed, rekeyCeiling } from '../../main/cli/bench-ceilings';

// As printed by OpenSSL 3.0 for `openssl speed -mr -evp aes-256-cbc -bytes 4096 -seconds 1`.
const MR = `+DT:AES-256-CBC:1:4096
+R:242573:AES-256-CBC:0.960000
+H:4096
+F:25:AES-256-CBC:1034978133.33
`;
const HMAC_MR = `+DT:hmac(sha512):1:4096
+R:190529:hmac(sha512):0.980000
+H:4096
+F:9:hmac(sha512):796333453.06
`;
const HUMAN = `Doing AES-256-CBC for 1s on 4096 size blocks: 242573 AES-256-CBC's in 0.96s
version: 3.0.19
The 'numbers' are in 1000s of bytes per second processed.
type             4096 bytes
AES-256-CBC     1034978.13k
`;

describe('openssl speed output', () => {
  it('reads bytes per second from the +F line as MB/s of 1e6 bytes', () => {
    expect(parseOpensslSpeed(MR, /^aes-256-cbc$/i)).toBe(1035);
    expect(parseOpensslSpeed(HMAC_MR, /^hmac\(sha512\)$/i)).toBe(796.3);
  });

  it('falls back to the human table (thousands of bytes per second)', () => {
    expect(parseOpensslSpeed(HUMAN, /^aes-256-cbc$/i)).toBe(1035);
  });

  it('answers null for another algorithm, an error text or a zero figure', () => {
    expect(parseOpensslSpeed(MR, /^hmac\(sha512\)$/i)).toBeNull();
    expect(parseOpensslSpeed('speed: Unknown algorithm hmac\n', /^hmac\(sha512\)$/i)).toBeNull();
    expect(parseOpensslSpeed('+F:9:hmac(sha512):0.00\n', /^hmac\(sha512\)$/i)).toBeNull();
  });

  it('the rekey ceiling is one page decrypted, encrypted and MACed twice, one after another', () => {
    // 1 / (1/400 + 1/400 + 2/400) = 100
    expect(rekeyCeiling(400, 400, 400)).toBe(100);
  });
});
