// A deletion certificate as a one-page PDF: what was shredded, under which rule, when, by whom,
// and the record's place in the hash chain. No names, IDs or content: the record has none.
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { CATEGORY_LABELS } from './category-labels';
import type { DeletionRecord } from './certificates';

export type CertificateLocale = 'da' | 'nb' | 'en';

const TEXT: Record<CertificateLocale, Record<string, string>> = {
  da: {
    title: 'Sletningscertifikat',
    kind_programmeCloseOut: 'Afslutning af forløb',
    kind_participantErasure: 'Sletning af én deltager',
    record: 'Post nr.',
    at: 'Tidspunkt',
    consultant: 'Konsulent',
    scope: 'Omfang',
    programme: 'Forløb (id)',
    erased: 'Deltagere slettet helt',
    kept: 'Deltagere bevaret i andre forløb',
    counts: 'Slettede oplysninger',
    rule: 'Regel',
    paper: 'Papirnoter',
    paperLine: '{{shredded}} makuleret, {{none}} uden papirnoter',
    crypto: 'Kryptografisk makulering',
    cryptoLine: 'Arkivet er krypteret med en ny nøgle; den gamle nøgle er destrueret.',
    cryptoPending:
      'Afventer: Arkivet krypteres med en ny nøgle, og den gamle nøgle destrueres, når Fortrolig gør makuleringen færdig (næste gang du låser op). Certifikatet viser det, så snart det er sket.',
    backups: 'Sikkerhedskopier',
    backups_olderBackupsDeletedFreshBackupTaken: 'Ældre kopier er slettet, og en ny er taget.',
    backups_noBackupFolderConfigured: 'Ingen mappe til sikkerhedskopier er valgt.',
    chain: 'Kæde',
    footer: 'Certifikatet indeholder ingen navne, personnumre eller notatindhold.',
  },
  nb: {
    title: 'Slettesertifikat',
    kind_programmeCloseOut: 'Avslutning av forløp',
    kind_participantErasure: 'Sletting av én deltaker',
    record: 'Post nr.',
    at: 'Tidspunkt',
    consultant: 'Konsulent',
    scope: 'Omfang',
    programme: 'Forløp (id)',
    erased: 'Deltakere slettet helt',
    kept: 'Deltakere beholdt i andre forløp',
    counts: 'Slettede opplysninger',
    rule: 'Regel',
    paper: 'Papirnotater',
    paperLine: '{{shredded}} makulert, {{none}} uten papirnotater',
    crypto: 'Kryptografisk makulering',
    cryptoLine: 'Arkivet er kryptert med en ny nøkkel; den gamle nøkkelen er destruert.',
    cryptoPending:
      'Venter: Arkivet krypteres med en ny nøkkel, og den gamle nøkkelen destrueres når Fortrolig fullfører makuleringen (neste gang du låser opp). Sertifikatet viser det så snart det er gjort.',
    backups: 'Sikkerhetskopier',
    backups_olderBackupsDeletedFreshBackupTaken: 'Eldre kopier er slettet, og en ny er tatt.',
    backups_noBackupFolderConfigured: 'Ingen mappe for sikkerhetskopier er valgt.',
    chain: 'Kjede',
    footer: 'Sertifikatet inneholder ingen navn, personnumre eller notatinnhold.',
  },
  en: {
    title: 'Deletion certificate',
    kind_programmeCloseOut: 'Programme close-out',
    kind_participantErasure: 'Erasure of one participant',
    record: 'Record no.',
    at: 'Time',
    consultant: 'Consultant',
    scope: 'Scope',
    programme: 'Programme (id)',
    erased: 'Participants erased entirely',
    kept: 'Participants kept for other programmes',
    counts: 'Deleted data',
    rule: 'Rule',
    paper: 'Paper notes',
    paperLine: '{{shredded}} shredded, {{none}} without paper notes',
    crypto: 'Crypto-shredding',
    cryptoLine: 'The vault was re-encrypted under a new key; the old key was destroyed.',
    cryptoPending:
      'Pending: the vault is re-encrypted under a new key and the old key destroyed when Fortrolig next finishes its steps (the next time you unlock). This certificate says so once it is done.',
    backups: 'Backups',
    backups_olderBackupsDeletedFreshBackupTaken:
      'Older backups were deleted and a fresh one taken.',
    backups_noBackupFolderConfigured: 'No backup folder is configured.',
    chain: 'Chain',
    footer: 'This certificate holds no names, national ID numbers or note content.',
  },
};

/** From the value column (x = 230) to the right margin (56 pt on A4). */
const VALUE_WIDTH = 595.28 - 56 - 230;

export async function certificatePdf(
  record: DeletionRecord,
  locale: CertificateLocale,
): Promise<Uint8Array> {
  const t = TEXT[locale];
  const b = record.body;
  const doc = await PDFDocument.create();
  doc.setTitle(`${t.title} ${record.id}`);
  doc.setProducer('Fortrolig');
  doc.setCreator('Fortrolig');
  const page = doc.addPage([595.28, 841.89]); // A4
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const mono = await doc.embedFont(StandardFonts.Courier);
  let y = 780;
  const line = (label: string, value: string, f = font) => {
    if (label)
      page.drawText(label, { x: 56, y, size: 10, font: bold, color: rgb(0.25, 0.25, 0.3) });
    // A 64-digit hash in Courier fits the page at 8 pt.
    page.drawText(value, { x: 230, y, size: f === mono ? 8 : 10, font: f });
    y -= 18;
  };
  /** A value too long for one line, wrapped at word boundaries within the value column. */
  const wrapped = (label: string, value: string) => {
    const rows: string[] = [];
    for (const word of value.split(' ')) {
      const last = rows.at(-1);
      if (last !== undefined && font.widthOfTextAtSize(`${last} ${word}`, 10) <= VALUE_WIDTH)
        rows[rows.length - 1] = `${last} ${word}`;
      else rows.push(word);
    }
    rows.forEach((row, i) => {
      if (i === 0) line(label, row);
      else {
        y += 4; // continuation rows sit closer than separate facts
        line('', row);
      }
    });
  };
  page.drawText(t.title!, { x: 56, y, size: 22, font: bold });
  y -= 26;
  page.drawText(t[`kind_${b.kind}`]!, { x: 56, y, size: 13, font });
  y -= 34;
  line(t.record!, String(record.id));
  line(t.at!, b.at);
  line(t.consultant!, b.consultant);
  line(t.rule!, [b.rule.presetId ?? '—', b.rule.trigger, b.rule.reason].join(' · '));
  y -= 8;
  line(t.scope!, '');
  line(
    `  ${t.programme}`,
    b.scope.programmeId === null ? '—' : `${b.scope.programmeId} (${b.scope.country ?? '—'})`,
  );
  line(`  ${t.erased}`, String(b.scope.participantsErased));
  line(`  ${t.kept}`, String(b.scope.participantsKeptForOtherProgrammes));
  y -= 8;
  line(t.counts!, '');
  for (const [k, v] of Object.entries(b.counts).sort(([a], [c]) => a.localeCompare(c))) {
    line(`  ${(CATEGORY_LABELS[locale] as Readonly<Record<string, string>>)[k] ?? k}`, String(v));
  }
  y -= 8;
  line(
    t.paper!,
    t
      .paperLine!.replace('{{shredded}}', String(b.paperNotes.shredded))
      .replace('{{none}}', String(b.paperNotes.none)),
  );
  // Claimed only once the vault confirms it; until then the certificate says it is pending.
  wrapped(t.crypto!, record.oldKeyDestroyed ? t.cryptoLine! : t.cryptoPending!);
  line(t.backups!, t[`backups_${b.backups}`]!);
  y -= 8;
  line(t.chain!, '');
  line('  prev', record.prevHash, mono);
  line('  hash', record.hash, mono);
  page.drawText(t.footer!, { x: 56, y: 56, size: 9, font, color: rgb(0.35, 0.35, 0.4) });
  return doc.save({ useObjectStreams: false });
}
