// The window's passphrase estimator is the core's: one module, main/ipc/passphrase-strength.ts,
// so the meter and the core's refusal always agree.
export {
  estimateStrength,
  isAcceptablePassphrase,
  type Strength,
  type StrengthEstimate,
} from '@core/ipc/passphrase-strength';
