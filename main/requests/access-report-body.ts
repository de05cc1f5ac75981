// The readable part of the access copy, section by section (art. 15(1)(a)–(h) in the reader's
// words): who holds the data, identity with the national ID in full, the recruitment profile,
// programmes, every note with its addenda, assessments with their scores as a bar profile,
// consents, documents, who saw the ID, requests, recipients, retention dates, rights and the
// supervisory authority.
import { CATEGORY_LABELS } from '../retention/category-labels';
import { presetLabel } from '../retention/preset-labels';
import type { AccessCopyData } from './access-data-schema';
import {
  INK,
  MUTED,
  formatters,
  heading,
  keepRoom,
  labelled,
  paragraph,
  scoreChart,
  subheading,
  type Doc,
} from './access-report-layout';
import { writeProfileSection } from './access-report-profile';
import { AUTHORITIES, periodInWords, type AccessWords, type FieldKey } from './access-text';

/**
 * Lays out the report for `data` on `doc` (positioned on a fresh A4 page), flowing onto new
 * pages as needed. Text only in the registered fonts 'regular', 'bold' and 'mono'.
 */
export function writeReport(doc: Doc, data: AccessCopyData, w: AccessWords): void {
  const f = formatters(data.locale, data.timeZone);
  const p = data.participant;
  const line = (label: string, value: string | null | undefined) =>
    labelled(doc, label, value == null || value === '' ? w.notSet : value);
  const field = (key: FieldKey, value: string | null | undefined) => line(w.fields[key], value);

  doc.font('bold').fontSize(20).fillColor(INK).text(w.title);
  doc
    .font('regular')
    .fontSize(10)
    .fillColor(MUTED)
    .text(w.madeOn(f.instant(data.generatedAt)));
  doc.moveDown(0.8);
  const c = data.controller;
  line(
    w.controller,
    [c.organisationName, ...c.organisationAddress.split('\n')].filter(Boolean).join(', '),
  );
  line(w.consultant, c.consultantName);
  const request = data.requests.find((r) => r.id === data.requestId);
  if (request) line(w.request, w.requestLine(request.id, f.day(request.receivedOn)));

  heading(doc, w.sections.about);
  for (const text of w.intro) paragraph(doc, text);

  heading(doc, w.sections.identity);
  field('name', `${p.givenName} ${p.familyName}`);
  line(
    w.fields.nationalId,
    p.nationalId === null
      ? w.idKinds.none
      : `${fullId(p.nationalIdKind, p.nationalId)} (${w.idKinds[p.nationalIdKind] ?? p.nationalIdKind})`,
  );
  field('email', p.email);
  field('phone', p.phone);
  field('address', p.address);
  field('lastContact', p.lastContactAt && f.any(p.lastContactAt));
  field('registered', f.instant(p.createdAt));
  field('updated', f.instant(p.updatedAt));

  writeProfileSection(doc, data);

  heading(doc, w.sections.programmes);
  if (data.programmes.length === 0) paragraph(doc, w.none);
  for (const programme of data.programmes) {
    subheading(
      doc,
      `${programme.name} (${w.programmeStatus[programme.status] ?? programme.status})`,
    );
    field('funder', programme.funder);
    field('country', w.countries[programme.country]);
    field('period', `${f.day(programme.startsOn)} – ${f.day(programme.endsOn)}`);
    for (const e of data.enrolments.filter((x) => x.programmeId === programme.id))
      field(
        'enrolled',
        `${f.day(e.enrolledOn)}${e.endedOn ? ` – ${f.day(e.endedOn)}` : ''} (${[
          w.enrolmentStatus[e.status] ?? e.status,
          e.endReason && (e.endReasonText ?? w.endReasons[e.endReason] ?? e.endReason),
        ]
          .filter(Boolean)
          .join(': ')})`,
      );
  }

  heading(doc, w.sections.notes);
  if (data.notes.length === 0) paragraph(doc, w.none);
  for (const note of data.notes) {
    const programme = data.programmes.find((x) => x.id === note.programmeId);
    subheading(
      doc,
      [
        f.any(note.occurredAt ?? note.createdAt),
        w.noteKinds[note.kind] ?? note.kind,
        programme?.name,
        w.noteStatus[note.status],
      ]
        .filter(Boolean)
        .join(' · '),
    );
    paragraph(doc, note.body);
    for (const a of note.addenda) {
      doc
        .font('bold')
        .fontSize(9.5)
        .fillColor(MUTED)
        .text(w.addendum(f.instant(a.createdAt)), { indent: 14 });
      paragraph(doc, a.body, 14);
    }
  }

  heading(doc, w.sections.assessments);
  if (data.assessments.length === 0) paragraph(doc, w.none);
  for (const a of data.assessments) {
    // The heading, its facts and the score profile together on one page.
    keepRoom(doc, 90 + a.scores.length * 16);
    subheading(doc, `${a.instrument} · ${f.day(a.takenOn)}`);
    field('provider', a.provider);
    field('summary', a.summary);
    scoreChart(doc, a.scores, w.fields.scores, f.number, w);
  }

  heading(doc, w.sections.consents);
  if (data.consents.length === 0) paragraph(doc, w.none);
  for (const consent of data.consents) {
    subheading(doc, consent.purpose);
    field('legalBasis', consent.legalBasis);
    field('given', f.day(consent.givenOn));
    field('withdrawn', consent.withdrawnOn ? f.day(consent.withdrawnOn) : w.inForce);
  }

  heading(doc, w.sections.documents);
  if (data.documents.length === 0) paragraph(doc, w.none);
  for (const d of data.documents) {
    subheading(doc, `${w.documentKinds[d.kind] ?? d.kind}: ${d.fileName}`);
    field('attachedAs', d.attachmentName);
    field('size', w.bytes(f.number(d.size)));
    field('added', f.instant(d.createdAt));
    if (d.reconfirmedOn) field('reconfirmed', f.day(d.reconfirmedOn));
  }

  // The person's own kind of number: a Dane's CPR is no fødselsnummer, in any copy's language.
  const yourId = w.yourNationalId[p.nationalIdKind] ?? w.yourNationalId.none ?? '';
  heading(doc, w.auditHeading(yourId));
  if (data.audit.length === 0) paragraph(doc, w.none);
  for (const e of data.audit) {
    const [detail, part] = e.detail.split(':');
    const named = w.auditDetails[detail ?? ''] ?? e.detail;
    // A document's kind follows in brackets: "slettede et dokument (CV)".
    const kind = detail === 'document' && part ? w.documentKinds[part] : undefined;
    const what = detail === 'nationalId' ? yourId : kind ? `${named} (${kind})` : named;
    paragraph(
      doc,
      `${f.instant(e.at)}: ${e.actor} ${w.auditActions[e.action] ?? e.action} ${what}`,
    );
  }

  heading(doc, w.sections.requests);
  if (data.requests.length === 0) paragraph(doc, w.none);
  for (const r of data.requests) {
    subheading(
      doc,
      `${w.requestKinds[r.kind] ?? r.kind} (${w.requestStatus[r.status] ?? r.status})`,
    );
    field('received', `${f.day(r.receivedOn)}, ${w.channels[r.channel] ?? r.channel}`);
    field('due', f.day(r.dueOn));
    if (r.identityMethod)
      field(
        'identityChecked',
        [
          w.identityMethods[r.identityMethod],
          r.identityCheckedOn && f.day(r.identityCheckedOn),
          r.identityCheckedBy,
        ]
          .filter(Boolean)
          .join(', '),
      );
    if (r.outcome) field('outcome', r.outcome);
  }

  heading(doc, w.sections.corrections);
  if (data.corrections.length === 0) paragraph(doc, w.none);
  for (const correction of data.corrections) {
    const parts = [
      `${f.instant(correction.changedAt)}: ${w.corrected(correction.changedBy, w.correctedFields[correction.field] ?? correction.field)}`,
      correction.reason,
      correction.requestId !== null && w.requestNo(correction.requestId),
      correction.oldMasked && `${w.previously} ${correction.oldMasked}`,
    ];
    paragraph(doc, parts.filter(Boolean).join(' · '));
  }

  const restrictions = data.additional.restrictions ?? [];
  if (restrictions.length > 0) {
    heading(doc, w.sections.restrictions);
    for (const r of restrictions) {
      const parts = [
        w.restricted(f.any(String(r.startedAt)), String(r.startedBy)),
        String(r.reason ?? ''),
        typeof r.requestId === 'number' && w.requestNo(r.requestId),
        r.liftedAt && w.lifted(f.any(String(r.liftedAt)), String(r.liftedBy ?? '')),
        r.liftReason && String(r.liftReason),
      ];
      paragraph(doc, parts.filter(Boolean).join(' · '));
    }
  }

  heading(doc, w.sections.recipients);
  if (data.disclosures.length === 0) paragraph(doc, w.noDisclosures);
  for (const d of data.disclosures) {
    subheading(doc, `${String(d.recipient ?? '')} · ${f.any(String(d.sharedOn ?? ''))}`);
    if (d.purpose) field('purpose', String(d.purpose));
    field('legalBasis', String(d.legalBasis ?? ''));
    const names = sharedFiles(d.documents);
    if (names.length > 0) line(w.sections.documents, names.join(', '));
  }

  heading(doc, w.sections.retention);
  paragraph(doc, data.retention.length === 0 ? w.none : w.retentionIntro);
  const labels: Readonly<Record<string, string>> = {
    ...CATEGORY_LABELS[data.locale],
    participant: w.yourRecord,
  };
  for (const presetId of [...new Set(data.retention.map((r) => r.presetId))]) {
    const rules = data.retention.filter((r) => r.presetId === presetId);
    subheading(doc, presetLabel(presetId, rules[0]?.presetName, data.locale) ?? presetId);
    for (const r of rules) {
      const rule = (w.triggers[r.trigger] ?? ((x) => x ?? ''))(periodInWords(r.period, w));
      const own = r.basis === 'ownChoice' ? ` (${w.ownChoice})` : '';
      line(
        labels[r.category] ?? r.category,
        `${rule}${own}: ${r.deleteOn ? w.deleteOn(f.day(r.deleteOn)) : w.noDateYet}`,
      );
    }
  }

  const others = Object.entries(data.additional).filter(
    ([table, rows]) => table !== 'restrictions' && rows.length > 0,
  );
  if (others.length > 0) {
    heading(doc, w.sections.other);
    for (const [table, rows] of others) {
      subheading(doc, table);
      for (const r of rows)
        paragraph(
          doc,
          Object.entries(r)
            .map(([k, v]) => `${k}: ${String(v)}`)
            .join('; '),
        );
    }
  }

  heading(doc, w.sections.rights);
  for (const text of w.rights) paragraph(doc, text);
  heading(doc, w.sections.authority);
  paragraph(doc, w.authorityIntro);
  for (const country of authorityCountries(data)) {
    const a = AUTHORITIES[country];
    subheading(doc, `${a.name} (${w.countries[country]})`);
    for (const l of a.lines) doc.font('regular').fontSize(10).fillColor(INK).text(l);
  }
}

/** The file names a disclosure lists (stored as JSON text: [{ id, fileName }]). */
function sharedFiles(documents: unknown): string[] {
  try {
    const list: unknown = typeof documents === 'string' ? JSON.parse(documents) : documents;
    return Array.isArray(list)
      ? list.map((x) => String((x as { fileName?: unknown }).fileName ?? '')).filter(Boolean)
      : [];
  } catch {
    return [];
  }
}

/** The programmes' countries; with none, the reader's (en: both). */
function authorityCountries(data: AccessCopyData): ('DK' | 'NO')[] {
  const countries = [...new Set(data.programmes.map((p) => p.country))].sort();
  if (countries.length > 0) return countries;
  return data.locale === 'da' ? ['DK'] : data.locale === 'nb' ? ['NO'] : ['DK', 'NO'];
}

/** A CPR as DDMMYY-XXXX; a Norwegian number as its 11 digits. */
function fullId(kind: string, digits: string): string {
  return kind === 'cpr' && /^\d{10}$/.test(digits)
    ? `${digits.slice(0, 6)}-${digits.slice(6)}`
    : digits;
}
