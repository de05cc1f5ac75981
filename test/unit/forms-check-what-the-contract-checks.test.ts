// The renderer's participant, programme and test-result forms validate with the contract's own
// schemas (react-hook-form's zod resolver, renderer/src/lib/form-errors.ts, which parses with the
// schema and formErrorMap and keeps each field's first issue, as `check` does here): what the vault
// refuses, the window refuses first, and says so in the reader's language, never in zod's English.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../../main/ipc/contract';
import { da } from '../../renderer/src/i18n/da';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { newAssessmentSchema } from '../../renderer/src/lib/assessment-form';
import { formErrorMap, type FormErrorKey } from '../../renderer/src/lib/form-error-keys';
import {
  EMPTY_PARTICIPANT,
  editParticipantSchema,
  newParticipantSchema,
  type NewParticipantValues,
} from '../../renderer/src/lib/participant-form';

/** A form's verdict: each field's first error key, or the values it would send. */
function check(schema: z.ZodType, values: unknown) {
  const result = schema.safeParse(values, { error: formErrorMap });
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
  return { errors, values: result.success ? result.data : {} };
}

const person: NewParticipantValues = {
  ...EMPTY_PARTICIPANT,
  givenName: ' Mette ',
  familyName: 'Jensen',
  nationalId: '070761-4285',
  email: 'mette@example.dk',
  programmeId: 3,
  enrolledOn: '2026-03-02',
};
const newParticipant = newParticipantSchema;

/** The text a key names in one language's messages. */
const text = (messages: object, key: FormErrorKey): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);

describe('the participant form', () => {
  it('refuses an e-mail the contract refuses (the old loose check let it through), in da, nb and en', () => {
    const email = 'mette@example.d';
    // The window's former rule: one @, something either side, a dot in the domain.
    expect(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)).toBe(true);
    const sent = {
      ...person,
      email,
      givenName: 'Mette',
      nationalId: { country: 'DK', value: '0707614285' },
    };
    const { country: _c, ...input } = sent;
    expect(contract['participants.create'].input.safeParse(input).success).toBe(false);

    const { errors, values } = check(newParticipant, { ...person, email });
    expect(errors).toEqual({ email: 'participant.emailInvalid' });
    expect(values).toEqual({});
    expect(text(da, 'participant.emailInvalid')).toBe(
      'Skriv en e-mailadresse som navn@eksempel.dk.',
    );
    expect(text(nb, 'participant.emailInvalid')).toBe(
      'Skriv en e-postadresse som navn@eksempel.no.',
    );
    expect(text(en, 'participant.emailInvalid')).toBe(
      'Enter an e-mail address such as name@example.dk.',
    );
  });

  it('hands on exactly the channel’s input when all holds: trimmed, empty phone and address as null', () => {
    const { errors, values } = check(newParticipant, person);
    expect(errors).toEqual({});
    expect(values).toEqual({
      givenName: 'Mette',
      familyName: 'Jensen',
      nationalId: { country: 'DK', value: '070761-4285' },
      email: 'mette@example.dk',
      phone: null,
      address: null,
      programmeId: 3,
      enrolledOn: '2026-03-02',
    });
    expect(contract['participants.create'].input.parse(values)).toEqual(values);
  });

  it('marks every field that needs attention at once, each with its own words', () => {
    const { errors } = check(newParticipant, {
      ...person,
      givenName: '   ',
      familyName: '',
      email: '',
      phone: '12\t34',
      nationalId: '320161-1234',
      programmeId: null,
      enrolledOn: '',
    });
    expect(errors).toEqual({
      givenName: 'common.required',
      familyName: 'common.required',
      email: 'common.required',
      nationalId: 'errors.invalidNationalId',
      phone: 'formErrors.controlCharacter',
      programmeId: 'common.required',
      enrolledOn: 'common.required',
    });
  });

  it('blocks a national ID the vault’s validator refuses, but not one that only warns', () => {
    expect(check(newParticipant, { ...person, nationalId: '320161-1234' }).errors).toEqual({
      nationalId: 'errors.invalidNationalId',
    });
    // Fails modulus 11 only: issued since 2007, saved with a warning.
    expect(check(newParticipant, { ...person, nationalId: '010165-1234' }).errors).toEqual({});
    expect(check(newParticipant, { ...person, country: 'none', nationalId: 'x' }).errors).toEqual(
      {},
    );
  });

  it('checks a kept ID in the edit form not at all, a new one as the vault does', () => {
    const { programmeId: _p, enrolledOn: _e, ...values } = { ...person, nationalId: '' };
    expect(check(editParticipantSchema(9, false), values).values).toMatchObject({
      id: 9,
    });
    expect(check(editParticipantSchema(9, true), values).errors).toEqual({
      nationalId: 'errors.invalidNationalId',
    });
  });
});

describe('the programme and test-result forms', () => {
  it('refuse what programmes.create and assessments.add refuse', () => {
    const programme = contract['programmes.update'].input.omit({ id: true });
    const { errors } = check(programme, {
      name: ' ',
      funder: 'Jobcenter Aarhus',
      country: 'DK',
      startsOn: '2026-02-30',
      endsOn: '',
      retentionPresetId: 'dk-jobcentre',
    });
    expect(errors).toEqual({
      name: 'common.required',
      startsOn: 'formErrors.date',
      endsOn: 'common.required',
    });

    const assessment = newAssessmentSchema(4);
    const fields = {
      provider: 'MASTER Danmark',
      instrument: '',
      takenOn: '2026-03-02',
      scores: [
        { name: 'Drive', value: '7', min: '0', max: '10' },
        { name: 'Teamwork', value: '', min: '0', max: '10' },
      ],
      summary: '',
    };
    expect(check(assessment, fields).errors).toEqual({
      instrument: 'common.required',
      scores: 'common.required',
    });
    expect(
      check(assessment, {
        ...fields,
        instrument: 'Profil',
        scores: [{ name: 'Drive', value: '7,5', min: '0', max: '10' }],
      }).values,
    ).toMatchObject({
      participantId: 4,
      instrument: 'Profil',
      scores: [{ name: 'Drive', value: 7.5, min: 0, max: 10 }],
    });
  });
});

describe('the forms’ error texts', () => {
  it('exist in da, nb and en for every key the forms can show', () => {
    const keys: FormErrorKey[] = [
      'common.required',
      'participant.emailInvalid',
      'assessments.errors.number',
      'assessments.errors.scaleOrder',
      'assessments.errors.outsideScale',
      'assessments.errors.duplicateName',
      'errors.invalidNationalId',
      'formErrors.tooLong',
      'formErrors.controlCharacter',
      'formErrors.date',
      'errors.validation',
    ];
    for (const messages of [da, nb, en])
      for (const key of keys) expect(typeof text(messages, key), key).toBe('string');
  });
});
