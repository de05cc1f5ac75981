// IPC schemas for the recruitment profile (seeds/004): the fields as a form saves them, the
// profile as read, and the photo. Renderer-safe: the window's form checks with ProfileSave itself.
import { z } from 'zod';
import { Id, IsoDate } from './common';
import {
  AVAILABILITY_MAX,
  GENDERS,
  MARITAL_STATUSES,
  MAX_PHOTO_BYTES,
  NATIONALITY_MAX,
  PHOTO_TYPES,
  PROFILE_ENTRY_MAX,
  PROFILE_LISTS,
  PROFILE_LIST_MAX,
  SALARY_CURRENCIES,
  SALARY_MAX,
  SALARY_PERIODS,
} from '../../domain/profile-vocabulary';

/** The word lists and limits the window needs too (it imports main/ only through the contract). */
export {
  GENDERS,
  MARITAL_STATUSES,
  MAX_PHOTO_BYTES,
  PHOTO_TYPES,
  PROFILE_LISTS,
  SALARY_CURRENCIES,
  SALARY_PERIODS,
};
export type { PhotoType as PhotoMimeType } from '../../domain/profile-vocabulary';

export const MaritalStatus = z.enum(MARITAL_STATUSES);
export const Gender = z.enum(GENDERS);
export const SalaryCurrency = z.enum(SALARY_CURRENCIES);
export const SalaryPeriod = z.enum(SALARY_PERIODS);
export const PhotoType = z.enum(PHOTO_TYPES);

/** One entry of a list: one line, no control characters (blank entries are dropped on save). */
const Entry = z
  .string()
  .max(PROFILE_ENTRY_MAX)
  .regex(/^[^\p{Cc}]*$/u);
const List = z.array(Entry).max(PROFILE_LIST_MAX);
/** An optional one-line text: null when not recorded (blank is stored as null). */
const Optional = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[^\p{Cc}]*$/u)
    .nullable();

export const SalaryExpectation = z
  .object({
    /** Whole kroner. */
    amount: z.number().int().min(0).max(SALARY_MAX),
    currency: SalaryCurrency,
    period: SalaryPeriod,
  })
  .strict();

const fields = {
  /** YYYY-MM-DD. */
  dateOfBirth: IsoDate.nullable(),
  maritalStatus: MaritalStatus.nullable(),
  gender: Gender.nullable(),
  nationality: Optional(NATIONALITY_MAX),
  workExperience: List,
  references: List,
  qualifications: List,
  certificates: List,
  languages: List,
  evaluations: List,
  /** YYYY-MM-DD: the first day the person can start. */
  availableFrom: IsoDate.nullable(),
  availability: Optional(AVAILABILITY_MAX),
  salary: SalaryExpectation.nullable(),
};

/** profile.save's input: the whole profile, every field replaced. */
export const ProfileSave = z.object({ participantId: Id, ...fields }).strict();

export const ProfilePhotoInfo = z
  .object({
    mimeType: PhotoType,
    /** Bytes. */
    size: z.number().int().positive(),
    sha256: z.string(),
    /** ISO UTC. */
    createdAt: z.string(),
  })
  .strict();

export const RecruitmentProfile = z
  .object({
    participantId: Id,
    ...fields,
    photo: ProfilePhotoInfo.nullable(),
    /** ISO UTC; null while nothing has been saved. */
    updatedAt: z.string().nullable(),
  })
  .strict();

/** A photo as base64: at most 5 MiB of bytes (the domain checks the exact size and first bytes). */
export const ProfilePhotoUpload = z
  .object({
    participantId: Id,
    mimeType: PhotoType,
    contentBase64: z.base64().max(Math.ceil(MAX_PHOTO_BYTES / 3) * 4),
  })
  .strict();
