// The participant form's values and checks, shared by "new participant" and "edit participant":
// the values become the channel's input and are checked by the contract's own schema, plus the
// national-ID rules the vault applies (the same pure validator), so the window refuses what the vault would.
import { z } from 'zod';
import { contract, type ChannelInput } from '@core/ipc/contract';
import { validateNationalId, type NationalIdResult } from '@core/domain/national-ids';
import { ID_COUNTRIES, type IdCountry } from '@core/domain/vocabulary';

/** The validator's verdict for a country and value; null when there is nothing to check. */
export function checkNationalId(country: IdCountry, value: string): NationalIdResult | null {
  if (country === 'none' || !value.trim()) return null;
  return validateNationalId(country === 'DK' ? 'cpr' : 'norwegian', value);
}

export type ParticipantValues = {
  givenName: string;
  familyName: string;
  country: IdCountry;
  nationalId: string;
  email: string;
  phone: string;
  address: string;
};

export const EMPTY_PARTICIPANT: Readonly<ParticipantValues> = {
  givenName: '',
  familyName: '',
  country: 'DK',
  nationalId: '',
  email: '',
  phone: '',
  address: '',
};

type Details = Omit<ChannelInput<'participants.update'>, 'id'>;

/** The trimmed fields as the vault wants them (an empty phone or address is null). */
export function participantDetails(v: Readonly<ParticipantValues>): Details {
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

const PersonForm = z.object({
  givenName: z.string(),
  familyName: z.string(),
  country: z.enum(ID_COUNTRIES),
  nationalId: z.string(),
  email: z.string(),
  phone: z.string(),
  address: z.string(),
});

/** The vault refuses a national ID its validator calls invalid (a soft warning does not block). */
const nationalIdHolds = (
  input: Readonly<{ nationalId: Readonly<{ country: IdCountry; value?: string | undefined }> }>,
  ctx: z.RefinementCtx,
) => {
  const { country, value = '' } = input.nationalId;
  if (country === 'none') return;
  const result = checkNationalId(country, value);
  if (result === null || !result.valid)
    ctx.addIssue({ code: 'custom', path: ['nationalId'], input: value });
};

/** "New participant": the person, the programme (null until one is chosen) and the enrolment day. */
export const newParticipantSchema = PersonForm.extend({
  programmeId: z.number().nullable(),
  enrolledOn: z.string(),
})
  .transform(({ programmeId, enrolledOn, ...person }) => ({
    ...participantDetails(person),
    // 0 is no Id: the contract says so, and the form shows it as "required".
    programmeId: programmeId ?? 0,
    enrolledOn,
  }))
  .pipe(contract['participants.create'].input.superRefine(nationalIdHolds));

export type NewParticipantValues = z.input<typeof newParticipantSchema>;

/**
 * "Edit participant" for the person `id`. `checkId` is false when the ID is kept unchanged (not on
 * screen): the stored number is read back at saving, so only a new one is checked here.
 */
export function editParticipantSchema(id: number, checkId: boolean) {
  return PersonForm.transform((person) => ({ id, ...participantDetails(person) })).pipe(
    contract['participants.update'].input.superRefine((input, ctx) => {
      if (checkId) nationalIdHolds(input, ctx);
    }),
  );
}
