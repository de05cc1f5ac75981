// One note. The body is a text node, never HTML, so whatever was typed is shown exactly as typed.
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../main/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { formatDateTime } from '../lib/format';

type Props = Readonly<{ note: ChannelOutput<'notes.create'> }>;

export function NoteItem({ note }: Props) {
  const { t } = useTranslation();
  return (
    <article className="note">
      <p className="note-meta">
        <time dateTime={note.createdAt}>
          {t('notes.written', { date: formatDateTime(note.createdAt, currentLanguage()) })}
        </time>
      </p>
      <p className="note-body">{note.body}</p>
    </article>
  );
}
