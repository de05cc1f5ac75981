// The access copy's recruitment-profile section (seeds/004): each field the consultant recorded,
// in the reader's words (da, nb, en), and the photo's attachment. Fields not recorded are left out.
import type { AccessCopyData } from './access-data-schema';
import type { AccessLocale } from './access-passphrase';
import { formatters, heading, labelled, paragraph, type Doc } from './access-report-layout';

type ProfileWords = Readonly<{
  heading: string;
  none: string;
  fields: Readonly<Record<string, string>>;
  maritalStatus: Readonly<Record<string, string>>;
  gender: Readonly<Record<string, string>>;
  per: Readonly<Record<string, string>>;
  photo: (name: string) => string;
}>;

const WORDS: Readonly<Record<AccessLocale, ProfileWords>> = {
  da: {
    heading: 'Rekrutteringsprofil',
    none: 'Ingen profil registreret.',
    fields: {
      dateOfBirth: 'Fødselsdato',
      maritalStatus: 'Civilstand',
      gender: 'Køn',
      nationality: 'Nationalitet',
      workExperience: 'Erhvervserfaring',
      jobReferences: 'Referencer',
      qualifications: 'Kvalifikationer',
      certificates: 'Certifikater',
      languages: 'Sprog',
      evaluations: 'Evalueringer og kompetenceanalyser',
      availableFrom: 'Kan tiltræde fra',
      availability: 'Tilgængelighed',
      salary: 'Lønforventning',
      photo: 'Profilbillede',
    },
    maritalStatus: {
      single: 'ugift',
      married: 'gift',
      registeredPartner: 'registreret partnerskab',
      cohabiting: 'samlevende',
      separated: 'separeret',
      divorced: 'fraskilt',
      widowed: 'enke/enkemand',
    },
    gender: { female: 'kvinde', male: 'mand', other: 'andet' },
    per: { month: 'om måneden', year: 'om året' },
    photo: (name) => `vedhæftet som ${name}`,
  },
  nb: {
    heading: 'Rekrutteringsprofil',
    none: 'Ingen profil registrert.',
    fields: {
      dateOfBirth: 'Fødselsdato',
      maritalStatus: 'Sivilstand',
      gender: 'Kjønn',
      nationality: 'Nasjonalitet',
      workExperience: 'Arbeidserfaring',
      jobReferences: 'Referanser',
      qualifications: 'Kvalifikasjoner',
      certificates: 'Sertifikater',
      languages: 'Språk',
      evaluations: 'Evalueringer og kompetanseanalyser',
      availableFrom: 'Tilgjengelig fra',
      availability: 'Tilgjengelighet',
      salary: 'Lønnsforventning',
      photo: 'Profilbilde',
    },
    maritalStatus: {
      single: 'ugift',
      married: 'gift',
      registeredPartner: 'registrert partner',
      cohabiting: 'samboer',
      separated: 'separert',
      divorced: 'skilt',
      widowed: 'enke/enkemann',
    },
    gender: { female: 'kvinne', male: 'mann', other: 'annet' },
    per: { month: 'per måned', year: 'per år' },
    photo: (name) => `vedlagt som ${name}`,
  },
  en: {
    heading: 'Recruitment profile',
    none: 'No profile recorded.',
    fields: {
      dateOfBirth: 'Date of birth',
      maritalStatus: 'Marital status',
      gender: 'Gender',
      nationality: 'Nationality',
      workExperience: 'Work experience',
      jobReferences: 'References',
      qualifications: 'Qualifications',
      certificates: 'Certificates',
      languages: 'Languages',
      evaluations: 'Evaluations and competence analyses',
      availableFrom: 'Available from',
      availability: 'Availability',
      salary: 'Salary expectation',
      photo: 'Profile photo',
    },
    maritalStatus: {
      single: 'single',
      married: 'married',
      registeredPartner: 'registered partner',
      cohabiting: 'cohabiting',
      separated: 'separated',
      divorced: 'divorced',
      widowed: 'widowed',
    },
    gender: { female: 'female', male: 'male', other: 'other' },
    per: { month: 'a month', year: 'a year' },
    photo: (name) => `attached as ${name}`,
  },
};

/**
 * Writes the profile section for `data` on `doc`: a heading, then each recorded field as a
 * labelled line (lists joined one entry a line), the salary with its currency and period, and
 * the photo's attachment name; "no profile" when nothing is recorded.
 */
export function writeProfileSection(doc: Doc, data: AccessCopyData): void {
  const w = WORDS[data.locale];
  const f = formatters(data.locale, data.timeZone);
  heading(doc, w.heading);
  const p = data.profile;
  if (!p && !data.profilePhoto) {
    paragraph(doc, w.none);
    return;
  }
  const line = (key: string, value: string | null | undefined) => {
    if (value) labelled(doc, w.fields[key] ?? key, value);
  };
  if (p) {
    line('dateOfBirth', p.dateOfBirth && f.day(p.dateOfBirth));
    line('maritalStatus', p.maritalStatus && w.maritalStatus[p.maritalStatus]);
    line('gender', p.gender && w.gender[p.gender]);
    line('nationality', p.nationality);
    for (const key of [
      'workExperience',
      'jobReferences',
      'qualifications',
      'certificates',
      'languages',
    ] as const)
      line(key, p[key].join('\n'));
    line('availableFrom', p.availableFrom && f.day(p.availableFrom));
    line('availability', p.availability);
    if (p.salaryAmount !== null && p.salaryCurrency && p.salaryPeriod)
      line(
        'salary',
        `${p.salaryCurrency} ${f.number(p.salaryAmount)} ${w.per[p.salaryPeriod] ?? ''}`.trim(),
      );
    line('evaluations', p.evaluations.join('\n'));
  }
  if (data.profilePhoto) line('photo', w.photo(data.profilePhoto.attachmentName));
}
