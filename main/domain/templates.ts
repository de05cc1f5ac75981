// Note templates for common session types, per UI language; defaults are written on first use and editable.
import type { Database } from '../vault/database';
import { notFound } from './errors';

export type TemplateLocale = 'da' | 'nb' | 'en';
export type TemplateKey = 'firstConversation' | 'followUp' | 'cvReview' | 'closingConversation';
export type NoteTemplate = Readonly<{
  key: TemplateKey;
  locale: TemplateLocale;
  title: string;
  body: string;
}>;

/** The built-in templates per language: [title, body]. The glossary test reads them. */
export const DEFAULT_TEMPLATES: Readonly<
  Record<TemplateLocale, Readonly<Record<TemplateKey, readonly [string, string]>>>
> = {
  da: {
    firstConversation: [
      'Første samtale',
      'Baggrund og erfaring:\n\nØnsker til job:\n\nBarrierer og behov:\n\nAftaler til næste gang:\n',
    ],
    followUp: ['Opfølgning', 'Siden sidst:\n\nSøgte stillinger:\n\nAftaler til næste gang:\n'],
    cvReview: [
      'CV-gennemgang',
      'Styrker i CV’et:\n\nDet skal ændres:\n\nMålgruppe og stillinger:\n',
    ],
    closingConversation: [
      'Afsluttende samtale',
      'Resultat af forløbet:\n\nVidere plan:\n\nPapirnotater makuleret: ja/nej\n',
    ],
  },
  nb: {
    firstConversation: [
      'Første samtale',
      'Bakgrunn og erfaring:\n\nØnsker for jobb:\n\nHindringer og behov:\n\nAvtaler til neste gang:\n',
    ],
    followUp: ['Oppfølging', 'Siden sist:\n\nSøkte stillinger:\n\nAvtaler til neste gang:\n'],
    cvReview: ['CV-gjennomgang', 'Styrker i CV-en:\n\nMå endres:\n\nMålgruppe og stillinger:\n'],
    closingConversation: [
      'Avsluttende samtale',
      'Resultat av tiltaket:\n\nVidere plan:\n\nPapirnotater makulert: ja/nei\n',
    ],
  },
  en: {
    firstConversation: [
      'First conversation',
      'Background and experience:\n\nJob wishes:\n\nBarriers and needs:\n\nAgreed for next time:\n',
    ],
    followUp: ['Follow-up', 'Since last time:\n\nJobs applied for:\n\nAgreed for next time:\n'],
    cvReview: ['CV review', 'Strengths of the CV:\n\nTo change:\n\nTarget roles:\n'],
    closingConversation: [
      'Closing conversation',
      'Outcome of the programme:\n\nNext steps:\n\nPaper notes shredded: yes/no\n',
    ],
  },
};

/**
 * Built-in bodies that earlier versions wrote with a word the glossary now forbids (Danish
 * "papirnoter", the Danish "forløp" in Norwegian). A stored template still holding one, word for
 * word, was never edited, so it is brought to today's default; an edited one is left alone.
 */
const FORMER_DEFAULT_BODIES: readonly Readonly<{
  locale: TemplateLocale;
  key: TemplateKey;
  body: string;
}>[] = [
  {
    locale: 'da',
    key: 'closingConversation',
    body: 'Resultat af forløbet:\n\nVidere plan:\n\nPapirnoter makuleret: ja/nej\n',
  },
  {
    locale: 'nb',
    key: 'closingConversation',
    body: 'Resultat av forløpet:\n\nVidere plan:\n\nPapirnotater makulert: ja/nei\n',
  },
];

/**
 * The note templates in `locale`, the built-in ones written first if missing (`now`, ISO UTC,
 * their instant), in their fixed order; a built-in one never edited since an earlier version
 * wrote it is brought to today's words.
 */
export function listTemplates(db: Database, locale: TemplateLocale, now: Date): NoteTemplate[] {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO note_templates (key, locale, title, body, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const renew = db.prepare(
    'UPDATE note_templates SET body = ?, updated_at = ? WHERE key = ? AND locale = ? AND body = ?',
  );
  for (const former of FORMER_DEFAULT_BODIES.filter((f) => f.locale === locale))
    renew.run([
      DEFAULT_TEMPLATES[locale][former.key][1],
      now.toISOString(),
      former.key,
      locale,
      former.body,
    ]);
  for (const [key, [title, body]] of Object.entries(DEFAULT_TEMPLATES[locale]))
    insert.run([key, locale, title, body, now.toISOString()]);
  return db
    .prepare('SELECT key, locale, title, body FROM note_templates WHERE locale = ? ORDER BY id')
    .all<NoteTemplate>([locale]);
}

/**
 * Replaces one template's title and body. Returns it. Throws DomainError notFound('template') for
 * a key and locale that do not exist.
 */
export function updateTemplate(db: Database, t: NoteTemplate, now: Date): NoteTemplate {
  listTemplates(db, t.locale, now);
  const { changes } = db
    .prepare(
      'UPDATE note_templates SET title = ?, body = ?, updated_at = ? WHERE key = ? AND locale = ?',
    )
    .run([t.title, t.body, now.toISOString(), t.key, t.locale]);
  if (changes === 0) throw notFound('template');
  return t;
}
