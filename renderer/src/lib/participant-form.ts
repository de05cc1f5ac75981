// The participant form's values and checks, shared by "new participant" and "edit participant".
import type { ChannelInput } from '@core/ipc/contract';
import { checkNationalId, type IdCountry } from '../components/NationalIdField';

// Deliberately loose: one @, something either side, a dot in the domain. The vault checks strictly.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type ParticipantValues = Readonly<{
  givenName: string;
  familyName: string;
  country: IdCountry;
  nationalId: string;
  email: string;
  phone: string;
  address: string;
}>;

export const EMPTY_PARTICIPANT: ParticipantValues = {
  givenName: '',
  familyName: '',
  country: 'DK',
  nationalId: '',
  email: '',
  phone: '',
  address: '',
};

export type ParticipantProblems = Readonly<{
  givenName: boolean;
  familyName: boolean;
  email: boolean;
  nationalId: boolean;
}>;

/** What stops saving. `checkId` is false when the ID is kept unchanged and so not on screen. */
export function participantProblems(v: ParticipantValues, checkId: boolean): ParticipantProblems {
  const idResult = checkNationalId(v.country, v.nationalId);
  return {
    givenName: !v.givenName.trim(),
    familyName: !v.familyName.trim(),
    email: !EMAIL.test(v.email.trim()),
    nationalId: checkId && v.country !== 'none' && (idResult === null || !idResult.valid),
  };
}

type Details = Omit<ChannelInput<'participants.update'>, 'id'>;

/** The trimmed fields as the vault wants them. */
export function participantDetails(v: ParticipantValues): Details {
  return {
    givenName: v.givenName.trim(),
    familyName: v.familyName.trim(),
    nationalId:
      v.country === 'none'
        ? { country: 'none' }
        : { country: v.country, value: v.nationalId.trim() },
    email: v.email.trim(),
    phone: v.phone.trim() || null,
    address: v.address.trim() || null,
  };
}

/** The ID country a stored kind belongs to: CPR is Danish, the rest Norwegian. */
export function countryOfKind(kind: string): IdCountry {
  if (kind === 'none') return 'none';
  return kind === 'cpr' ? 'DK' : 'NO';
}
