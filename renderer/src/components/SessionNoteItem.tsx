// One note in the timeline: kind, when, draft or locked; a locked note takes only dated addenda.
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/setup';
import { formatInstant } from '../lib/dates';
import { useReadOnly } from '../lib/read-only';
import type { SessionNote } from '../lib/use-note-autosave';
import { AddendumForm } from './AddendumForm';
import { LongText } from './LongText';

type Props = Readonly<{
  note: SessionNote;
  highlighted: boolean;
  onChanged: (note: SessionNote) => void;
  onContinue: (note: SessionNote) => void;
}>;

export const SessionNoteItem = forwardRef<HTMLElement, Props>(function SessionNoteItem(
  { note, highlighted, onChanged, onContinue },
  ref,
) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { readOnly, because } = useReadOnly();
  const [adding, setAdding] = useState(false);
  const locked = note.status === 'locked';
  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={`note${highlighted ? ' note-highlighted' : ''}`}
      data-note-id={note.id}
      aria-label={`${t(`sessionNotes.kinds.${note.kind}`)}, ${formatInstant(note.occurredAt, language)}`}
    >
      <p className="note-meta">
        <span className="badge">{t(`sessionNotes.kinds.${note.kind}`)}</span>
        <time dateTime={note.occurredAt}>{formatInstant(note.occurredAt, language)}</time>
        {locked ? (
          <span className="badge badge-locked">
            {t('sessionNotes.lockedOn', { date: formatInstant(note.lockedAt, language) })}
          </span>
        ) : (
          <span className="badge badge-draft">{t('sessionNotes.draftBadge')}</span>
        )}
      </p>
      <LongText text={note.body} />
      {note.addenda.length > 0 && (
        <ol className="addenda" aria-label={t('sessionNotes.addenda')}>
          {note.addenda.map((a) => (
            <li key={a.id} className="addendum">
              <p className="note-meta">
                <time dateTime={a.createdAt}>
                  {t('sessionNotes.addendumOn', { date: formatInstant(a.createdAt, language) })}
                </time>
              </p>
              <LongText text={a.body} />
              {a.requestId !== null && (
                <p className="note-meta">
                  {t('sessionNotes.addendumForRequest', { id: a.requestId })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {locked && !adding && (
        <button
          type="button"
          className="button button-quiet"
          disabled={readOnly}
          aria-describedby={because}
          onClick={() => setAdding(true)}
        >
          {t('sessionNotes.addAddendum')}
        </button>
      )}
      {locked && adding && (
        <AddendumForm
          noteId={note.id}
          participantId={note.participantId}
          onCancel={() => setAdding(false)}
          onAdded={(addendum) => {
            setAdding(false);
            onChanged({ ...note, addenda: [...note.addenda, addendum] });
          }}
        />
      )}
      {!locked && (
        <button
          type="button"
          className="button button-quiet"
          disabled={readOnly}
          aria-describedby={because}
          onClick={() => onContinue(note)}
        >
          {t('sessionNotes.continueDraft')}
        </button>
      )}
    </article>
  );
});
