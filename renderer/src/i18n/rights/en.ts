// English text for a participant's rights on their page: the history of changes, what was shared
// with whom, the organisations to tell of a correction or erasure, and erasure on request.
export const rightsEn = {
  history: {
    title: 'History of changes',
    hint: 'Corrections of the person’s details, newest first. Earlier values are not kept; an earlier national ID only in masked form.',
    when: '{{date}}, by {{who}}',
    reason: 'Reason:',
    previousId: 'Previous national ID: {{masked}}',
    request: 'For request no. {{id}} ({{kind}}, received {{date}})',
    requestGone: 'For request no. {{id}}',
  },
  /** The edit dialog: linking a change to the person's open correction request. */
  link: {
    label: 'Correction the person asked for',
    none: 'Not linked to a request',
    option: 'Request no. {{id}}, received {{date}}',
    hint: 'Linking the change shows in the history of changes that it answers the request. The request stays open until you complete it.',
    reasonNeeded: 'The person has asked for a correction: say what is corrected and why.',
  },
  notify: {
    correction:
      'The person’s data has been shared with the organisations below. Tell each of them about the correction:',
    erasure:
      'The person’s data has been shared with the organisations below. Tell each of them about the erasure:',
  },
  disclosures: {
    title: 'Shared with',
    hint: 'What was handed to another organisation, such as a business customer or a job centre. It goes into the person’s access copy.',
    empty: 'Nothing has been recorded as shared.',
    add: 'Record sharing',
    recipient: 'Organisation',
    recipientHint: 'Who received the data.',
    sharedOn: 'Shared on',
    legalBasis: 'Legal basis',
    legalBasisHint: 'For example: the person’s consent, or the agreement with the job centre.',
    purpose: 'Purpose',
    documents: 'Documents shared',
    noDocuments: 'The person has no documents in Fortrolig.',
    submit: 'Record',
    recorded: 'The sharing is recorded.',
    basisLine: 'Legal basis:',
    purposeLine: 'Purpose:',
    documentsLine: 'Documents:',
    listLabel: 'Sharing, newest first',
  },
  erasure: {
    action: 'Erase…',
    title: 'Erase on request',
    body: 'Everything about this person is deleted now, in every programme, except what a retention rule requires you to keep. This cannot be undone.',
    loading: 'Working out what goes and what stays…',
    kept: 'Kept by law',
    keptUntil: 'until {{date}}',
    keptInForce_one: 'while in force',
    keptInForce_other: 'while in force',
    keptLine: '{{until}}, under the rule “{{preset}}” ({{when}})',
    refusalReason: 'Reason for keeping it',
    refusalHint:
      'The request is partly refused. Give the person this reason, and tell them they can complain to the data protection authority (Datatilsynet).',
    reasonDraft_one:
      '{{count}} agreement is kept {{until}}, because the retention rule “{{preset}}” requires it ({{when}}).',
    reasonDraft_other:
      '{{count}} agreements are kept {{until}}, because the retention rule “{{preset}}” requires it ({{when}}).',
    reasonDraftRest: 'Everything else about you has been erased.',
    draftInForce_one: 'while it is in force',
    draftInForce_other: 'while they are in force',
    submit: 'Erase',
    running: 'Erasing…',
    doneTitle: 'Erased on request',
    certificate: 'Deletion certificate no. {{id}} records the erasure and names the request.',
    partlyRefused:
      'The request is partly refused: what the rule keeps stays, and your reason is recorded with the request.',
    completed: 'The request is completed.',
    statusPartly:
      'The person’s data is erased, except what the rule keeps. The request is partly refused.',
    statusDone: 'The person’s data is erased. The request is completed.',
  },
  restriction: {
    restrict: 'Restrict processing…',
    badge: 'Restricted',
    title: 'Processing is restricted',
    since: 'Since {{date}}, by {{who}}.',
    reason: 'Reason:',
    request: 'For request no. {{id}}.',
    meaning:
      'Until the restriction is lifted, the person’s data is only stored: nothing on this page can be added, changed or deleted, and no retention rule deletes it.',
    formTitle: 'Restrict processing',
    formIntro:
      'While processing is restricted, the person’s data is only stored: no new notes or documents, no changes, and nothing is deleted.',
    reasonLabel: 'Reason',
    reasonHint:
      'For example: the person disputes that the data is correct, and it is being checked.',
    submit: 'Restrict processing',
    done: 'Processing is restricted.',
    lift: 'Lift restriction…',
    liftTitle: 'Lift the restriction',
    liftIntro: 'Tell the person before the restriction is lifted.',
    liftReasonHint: 'For example: the data has been checked and is correct.',
    liftSubmit: 'Lift restriction',
    lifted: 'The restriction is lifted. You can work with the person’s data again.',
  },
};
