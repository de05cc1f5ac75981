// The names of retention categories in da, nb and en: one list for the screens and the certificate PDF.

export type CategoryLabelKey =
  | 'participant'
  | 'enrolmentData'
  | 'sessionNotes'
  | 'addenda'
  | 'assessments'
  | 'consents'
  | 'auditReferences'
  | 'documents.cv'
  | 'documents.application'
  | 'documents.interview'
  | 'documents.testReport'
  | 'documents.other'
  | 'profile.personal'
  | 'profile.photo'
  | 'profile.competence'
  | 'profile.terms'
  | 'profile.evaluations';

export const CATEGORY_LABELS: Readonly<
  Record<'da' | 'nb' | 'en', Readonly<Record<CategoryLabelKey, string>>>
> = {
  da: {
    participant: 'Deltagere',
    enrolmentData: 'Tilmeldinger (inkl. CPR)',
    sessionNotes: 'Samtalenotater',
    addenda: 'Tilføjelser til notater',
    assessments: 'Testresultater',
    consents: 'Samtykker',
    auditReferences: 'Logposter',
    'documents.cv': 'CV’er',
    'documents.application': 'Ansøgninger',
    'documents.interview': 'Samtalepapirer',
    'documents.testReport': 'Testrapporter',
    'documents.other': 'Andre dokumenter',
    'profile.personal': 'Profil: personlige oplysninger',
    'profile.photo': 'Profilbilleder',
    'profile.competence': 'Profil: erfaring og kvalifikationer',
    'profile.terms': 'Profil: tilgængelighed og lønforventning',
    'profile.evaluations': 'Profil: evalueringer og kompetenceanalyser',
  },
  nb: {
    participant: 'Deltakere',
    enrolmentData: 'Påmeldinger (inkl. ID-nummer)',
    sessionNotes: 'Samtalenotater',
    addenda: 'Tillegg til notater',
    assessments: 'Testresultater',
    consents: 'Samtykker og avtaler',
    auditReferences: 'Loggposter',
    'documents.cv': 'CV-er',
    'documents.application': 'Søknader',
    'documents.interview': 'Intervjupapirer',
    'documents.testReport': 'Testrapporter',
    'documents.other': 'Andre dokumenter',
    'profile.personal': 'Profil: personalia',
    'profile.photo': 'Profilbilder',
    'profile.competence': 'Profil: erfaring og kvalifikasjoner',
    'profile.terms': 'Profil: tilgjengelighet og lønnsforventning',
    'profile.evaluations': 'Profil: evalueringer og kompetanseanalyser',
  },
  en: {
    participant: 'Participants',
    enrolmentData: 'Enrolments (incl. national ID)',
    sessionNotes: 'Session notes',
    addenda: 'Note addenda',
    assessments: 'Test results',
    consents: 'Consents and agreements',
    auditReferences: 'Audit entries',
    'documents.cv': 'CVs',
    'documents.application': 'Applications',
    'documents.interview': 'Interview papers',
    'documents.testReport': 'Test reports',
    'documents.other': 'Other documents',
    'profile.personal': 'Profile: personal details',
    'profile.photo': 'Profile photos',
    'profile.competence': 'Profile: experience and qualifications',
    'profile.terms': 'Profile: availability and salary expectation',
    'profile.evaluations': 'Profile: evaluations and competence analyses',
  },
};
