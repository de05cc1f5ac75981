// Norwegian (bokmål) text for a participant's rights on their page: the history of changes, what
// was shared with whom, the organisations to tell of a correction or erasure, and erasure on request.
import type { rightsEn } from './en';

export const rightsNb: typeof rightsEn = {
  history: {
    title: 'Endringshistorikk',
    hint: 'Rettinger av personens opplysninger, nyeste først. Tidligere verdier lagres ikke; et tidligere ID-nummer bare i maskert form.',
    when: '{{date}}, av {{who}}',
    reason: 'Årsak:',
    previousId: 'Tidligere ID-nummer: {{masked}}',
    request: 'Gjelder forespørsel nr. {{id}} ({{kind}}, mottatt {{date}})',
    requestGone: 'Gjelder forespørsel nr. {{id}}',
  },
  link: {
    label: 'Retting personen har bedt om',
    none: 'Ikke knyttet til en forespørsel',
    option: 'Forespørsel nr. {{id}}, mottatt {{date}}',
    hint: 'Når endringen knyttes til forespørselen, viser endringshistorikken at den besvarer forespørselen. Forespørselen forblir åpen til du fullfører den.',
    reasonNeeded: 'Personen har bedt om retting: skriv hva som rettes, og hvorfor.',
  },
  notify: {
    correction:
      'Personens opplysninger er utlevert til organisasjonene nedenfor. Gi hver av dem beskjed om rettingen:',
    erasure:
      'Personens opplysninger er utlevert til organisasjonene nedenfor. Gi hver av dem beskjed om slettingen:',
  },
  disclosures: {
    title: 'Utlevert til',
    hint: 'Hva som er gitt videre til en annen organisasjon, for eksempel en bedriftskunde eller Nav. Det tas med når personen får innsyn.',
    empty: 'Ingenting er registrert som utlevert.',
    add: 'Registrer utlevering',
    recipient: 'Organisasjon',
    recipientHint: 'Hvem som mottok opplysningene.',
    sharedOn: 'Dato for utlevering',
    legalBasis: 'Rettslig grunnlag',
    legalBasisHint: 'For eksempel personens samtykke eller avtalen med Nav.',
    purpose: 'Formål',
    documents: 'Dokumenter som ble utlevert',
    noDocuments: 'Personen har ingen dokumenter i Fortrolig.',
    submit: 'Registrer',
    recorded: 'Utleveringen er registrert.',
    basisLine: 'Rettslig grunnlag:',
    purposeLine: 'Formål:',
    documentsLine: 'Dokumenter:',
    listLabel: 'Utleveringer, nyeste først',
  },
  erasure: {
    action: 'Slett…',
    title: 'Sletting etter forespørsel',
    body: 'Alt om denne personen slettes nå, i alle tiltak, unntatt det en sletteregel krever at du oppbevarer. Det kan ikke angres.',
    loading: 'Finner ut hva som slettes, og hva som må oppbevares…',
    kept: 'Må oppbevares',
    keptUntil: 'til {{date}}',
    keptInForce_one: 'så lenge den gjelder',
    keptInForce_other: 'så lenge de gjelder',
    keptLine: '{{until}}, etter regelen «{{preset}}» ({{when}})',
    refusalReason: 'Begrunnelse for å oppbevare',
    refusalHint:
      'Forespørselen avvises delvis. Gi personen denne begrunnelsen, og si at vedkommende kan klage til Datatilsynet.',
    reasonDraft_one:
      '{{count}} avtale oppbevares {{until}} fordi sletteregelen «{{preset}}» krever det ({{when}}).',
    reasonDraft_other:
      '{{count}} avtaler oppbevares {{until}} fordi sletteregelen «{{preset}}» krever det ({{when}}).',
    reasonDraftRest: 'Alt annet om deg er slettet.',
    draftInForce_one: 'så lenge den gjelder',
    draftInForce_other: 'så lenge de gjelder',
    submit: 'Slett',
    running: 'Sletter…',
    doneTitle: 'Slettet etter forespørsel',
    certificate: 'Sletteattest nr. {{id}} dokumenterer slettingen og nevner forespørselen.',
    partlyRefused:
      'Forespørselen er delvis avvist: det regelen krever oppbevart, blir liggende, og begrunnelsen din er lagret med forespørselen.',
    completed: 'Forespørselen er fullført.',
    statusPartly:
      'Personens opplysninger er slettet, unntatt det regelen krever oppbevart. Forespørselen er delvis avvist.',
    statusDone: 'Personens opplysninger er slettet. Forespørselen er fullført.',
  },
  restriction: {
    restrict: 'Begrens behandlingen…',
    badge: 'Begrenset',
    title: 'Behandlingen er begrenset',
    since: 'Siden {{date}}, av {{who}}.',
    reason: 'Årsak:',
    request: 'Gjelder forespørsel nr. {{id}}.',
    meaning:
      'Til begrensningen oppheves, blir personens opplysninger bare lagret: ingenting på denne siden kan legges til, endres eller slettes, og ingen sletteregel sletter dem.',
    formTitle: 'Begrens behandlingen',
    formIntro:
      'Mens behandlingen er begrenset, blir personens opplysninger bare lagret: ingen nye notater eller dokumenter, ingen endringer, og ingenting slettes.',
    reasonLabel: 'Årsak',
    reasonHint:
      'For eksempel: personen bestrider at opplysningene er riktige, og det blir undersøkt.',
    submit: 'Begrens behandlingen',
    done: 'Behandlingen er begrenset.',
    lift: 'Opphev begrensningen…',
    liftTitle: 'Opphev begrensningen',
    liftIntro: 'Gi personen beskjed før begrensningen oppheves.',
    liftReasonHint: 'For eksempel: opplysningene er undersøkt og er riktige.',
    liftSubmit: 'Opphev begrensningen',
    lifted: 'Begrensningen er opphevet. Du kan igjen arbeide med personens opplysninger.',
  },
};
