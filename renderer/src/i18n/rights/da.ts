// Danish text for a participant's rights on their page: the history of changes, what was shared
// with whom, the organisations to tell of a correction or erasure, and erasure on request.
import type { rightsEn } from './en';

export const rightsDa: typeof rightsEn = {
  history: {
    title: 'Ændringshistorik',
    hint: 'Rettelser af personens oplysninger, nyeste først. Tidligere værdier gemmes ikke; et tidligere personnummer kun i maskeret form.',
    when: '{{date}}, af {{who}}',
    reason: 'Årsag:',
    previousId: 'Tidligere personnummer: {{masked}}',
    request: 'Vedrører anmodning nr. {{id}} ({{kind}}, modtaget {{date}})',
    requestGone: 'Vedrører anmodning nr. {{id}}',
  },
  link: {
    label: 'Personens anmodning om berigtigelse',
    none: 'Ikke knyttet til en anmodning',
    option: 'Anmodning nr. {{id}}, modtaget {{date}}',
    hint: 'Når ændringen knyttes til anmodningen, viser ændringshistorikken, at den besvarer anmodningen. Anmodningen forbliver åben, indtil du gennemfører den.',
    reasonNeeded: 'Personen har bedt om en berigtigelse: skriv, hvad der rettes, og hvorfor.',
  },
  notify: {
    correction:
      'Personens oplysninger er videregivet til organisationerne nedenfor. Giv hver af dem besked om rettelsen:',
    erasure:
      'Personens oplysninger er videregivet til organisationerne nedenfor. Giv hver af dem besked om sletningen:',
  },
  disclosures: {
    title: 'Videregivet til',
    hint: 'Hvad der er givet videre til en anden organisation, fx en virksomhedskunde eller et jobcenter. Det kommer med, når personen får indsigt.',
    empty: 'Intet er registreret som videregivet.',
    add: 'Ny videregivelse',
    recipient: 'Organisation',
    recipientHint: 'Hvem der modtog oplysningerne.',
    sharedOn: 'Videregivet den',
    legalBasis: 'Retsgrundlag',
    legalBasisHint: 'Fx personens samtykke eller aftalen med jobcentret.',
    purpose: 'Formål',
    documents: 'Dokumenter, der blev videregivet',
    noDocuments: 'Personen har ingen dokumenter i Fortrolig.',
    submit: 'Registrér',
    recorded: 'Videregivelsen er registreret.',
    basisLine: 'Retsgrundlag:',
    purposeLine: 'Formål:',
    documentsLine: 'Dokumenter:',
    listLabel: 'Videregivelser, nyeste først',
  },
  erasure: {
    action: 'Slet…',
    title: 'Sletning efter anmodning',
    body: 'Alt om denne person slettes nu, i alle forløb, undtagen det, en sletteregel kræver, at du opbevarer. Det kan ikke fortrydes.',
    loading: 'Finder ud af, hvad der slettes, og hvad der skal opbevares…',
    kept: 'Skal opbevares',
    keptUntil: 'indtil {{date}}',
    keptInForce_one: 'så længe den gælder',
    keptInForce_other: 'så længe de gælder',
    keptLine: '{{until}}, efter reglen »{{preset}}« ({{when}})',
    refusalReason: 'Begrundelse for at opbevare',
    refusalHint:
      'Anmodningen afvises delvist. Giv personen denne begrundelse, og fortæl, at vedkommende kan klage til Datatilsynet.',
    reasonDraft_one:
      '{{count}} aftale opbevares {{until}}, fordi slettereglen »{{preset}}« kræver det ({{when}}).',
    reasonDraft_other:
      '{{count}} aftaler opbevares {{until}}, fordi slettereglen »{{preset}}« kræver det ({{when}}).',
    reasonDraftRest: 'Alt andet om dig er slettet.',
    draftInForce_one: 'så længe den gælder',
    draftInForce_other: 'så længe de gælder',
    submit: 'Slet',
    running: 'Sletter…',
    doneTitle: 'Slettet efter anmodning',
    certificate: 'Slettebevis nr. {{id}} dokumenterer sletningen og nævner anmodningen.',
    partlyRefused:
      'Anmodningen er delvist afvist: det, reglen kræver opbevaret, bevares, og din begrundelse er gemt sammen med anmodningen.',
    completed: 'Anmodningen er gennemført.',
    statusPartly:
      'Personens oplysninger er slettet, undtagen det, reglen kræver opbevaret. Anmodningen er delvist afvist.',
    statusDone: 'Personens oplysninger er slettet. Anmodningen er gennemført.',
  },
  restriction: {
    restrict: 'Begræns behandlingen…',
    badge: 'Begrænset',
    title: 'Behandlingen er begrænset',
    since: 'Siden {{date}}, af {{who}}.',
    reason: 'Årsag:',
    request: 'Vedrører anmodning nr. {{id}}.',
    meaning:
      'Indtil begrænsningen ophæves, bliver personens oplysninger kun opbevaret: intet på denne side kan tilføjes, ændres eller slettes, og ingen sletteregel sletter dem.',
    formTitle: 'Begræns behandlingen',
    formIntro:
      'Mens behandlingen er begrænset, opbevares personens oplysninger kun: ingen nye notater eller dokumenter, ingen ændringer, og intet slettes.',
    reasonLabel: 'Årsag',
    reasonHint: 'Fx: personen bestrider, at oplysningerne er korrekte, og det bliver undersøgt.',
    submit: 'Begræns behandlingen',
    done: 'Behandlingen er begrænset.',
    lift: 'Ophæv begrænsningen…',
    liftTitle: 'Ophæv begrænsningen',
    liftIntro: 'Giv personen besked, før begrænsningen ophæves.',
    liftReasonHint: 'Fx: oplysningerne er undersøgt og er korrekte.',
    liftSubmit: 'Ophæv begrænsningen',
    lifted: 'Begrænsningen er ophævet. Du kan igen arbejde med personens oplysninger.',
  },
};
