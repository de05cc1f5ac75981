// The recruitment profile's word lists and limits, written once (seeds/004: what a Norwegian
// recruitment consultant holds "ved innsendelse av CV eller etter samtale/møte/intervju"): the
// TypeScript types, the IPC contract's zod enums and migration 19's SQL CHECK lists are derived
// from these arrays. Renderer-safe: no imports.

/** Sivilstand / civilstand, as Norwegian and Danish forms ask it. */
export const MARITAL_STATUSES = [
  'single',
  'married',
  'registeredPartner',
  'cohabiting',
  'separated',
  'divorced',
  'widowed',
] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

/** Kjønn / køn as the person states it; not recorded is NULL. */
export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/** The currencies of a salary expectation: the two countries' own. */
export const SALARY_CURRENCIES = ['NOK', 'DKK'] as const;
export type SalaryCurrency = (typeof SALARY_CURRENCIES)[number];

/** What a salary amount is per: Norwegian recruiters speak of årslønn, Danish of månedsløn. */
export const SALARY_PERIODS = ['month', 'year'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

/**
 * The retention categories of the profile, one per line of the Norwegian notice: personalia
 * ("fødselsdato, sivilstatus, kjønn", nationality), the photo ("profilbilde"), experience and
 * qualifications ("arbeidserfaring, referanser, kvalifikasjoner, sertifikater,
 * språkkunnskaper"), terms ("informasjon om tilgjengelighet og lønn") and evaluations
 * ("resultater fra evalueringer og kompetanseanalyser").
 */
export const PROFILE_CATEGORIES = [
  'profile.personal',
  'profile.photo',
  'profile.competence',
  'profile.terms',
  'profile.evaluations',
] as const;
export type ProfileCategory = (typeof PROFILE_CATEGORIES)[number];

/** The free-text lists of the profile: one entry a line on screen, a JSON array in the vault. */
export const PROFILE_LISTS = [
  'workExperience',
  'references',
  'qualifications',
  'certificates',
  'languages',
  'evaluations',
] as const;
export type ProfileList = (typeof PROFILE_LISTS)[number];

/** Every field of the profile, with the retention category it belongs to. */
export const PROFILE_FIELD_CATEGORY = {
  dateOfBirth: 'profile.personal',
  maritalStatus: 'profile.personal',
  gender: 'profile.personal',
  nationality: 'profile.personal',
  photo: 'profile.photo',
  workExperience: 'profile.competence',
  references: 'profile.competence',
  qualifications: 'profile.competence',
  certificates: 'profile.competence',
  languages: 'profile.competence',
  availableFrom: 'profile.terms',
  availability: 'profile.terms',
  salary: 'profile.terms',
  evaluations: 'profile.evaluations',
} as const satisfies Readonly<Record<string, ProfileCategory>>;
export type ProfileField = keyof typeof PROFILE_FIELD_CATEGORY;

/** At most this many entries in one list, each at most PROFILE_ENTRY_MAX characters. */
export const PROFILE_LIST_MAX = 50;
export const PROFILE_ENTRY_MAX = 500;
/** The longest nationality and availability texts, in UTF-16 code units. */
export const NATIONALITY_MAX = 100;
export const AVAILABILITY_MAX = 500;
/** The largest salary expectation accepted, in whole kroner. */
export const SALARY_MAX = 100_000_000;

/** The photo's accepted types: JPEG and PNG only (checked by their first bytes too). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
/** The largest profile photo kept: 5 MiB, in bytes. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
