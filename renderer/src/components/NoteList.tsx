// Saved notes, newest first, with "load more" for older pages.
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../main/ipc/contract';
import { NoteItem } from './NoteItem';

type Props = Readonly<{
  notes: readonly ChannelOutput<'notes.create'>[];
  loading: boolean;
  canLoadMore: boolean;
  onLoadMore: () => void;
}>;

export function NoteList({ notes, loading, canLoadMore, onLoadMore }: Props) {
  const { t } = useTranslation();
  if (!loading && notes.length === 0) return <p className="empty">{t('notes.empty')}</p>;
  return (
    <>
      <ol className="note-list" aria-label={t('notes.listLabel')}>
        {notes.map((note) => (
          <li key={note.id}>
            <NoteItem note={note} />
          </li>
        ))}
      </ol>
      {loading && (
        <p className="loading" role="status">
          {t('notes.loading')}
        </p>
      )}
      {canLoadMore && !loading && (
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={onLoadMore}>
            {t('notes.loadMore')}
          </button>
        </div>
      )}
    </>
  );
}
