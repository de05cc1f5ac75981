// The open vault: write a note, read earlier ones newest first. All notes live only in this component's state.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '../../../main/ipc/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { NoteEditor } from '../components/NoteEditor';
import { NoteList } from '../components/NoteList';

type Note = ChannelOutput<'notes.create'>;

const PAGE_SIZE = 20;

type Props = Readonly<{
  registerBeforeLock: (flush: (() => Promise<void>) | null) => void;
}>;

export function NotesScreen({ registerBeforeLock }: Props) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState<readonly Note[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<IpcError | null>(null);

  const loadPage = useCallback(async (before: number | null) => {
    setLoading(true);
    const result = await window.vault['notes.list']({
      limit: PAGE_SIZE,
      ...(before === null ? {} : { before }),
    });
    setLoading(false);
    if (!result.ok) return setError(result.error);
    setNotes((shown) => (before === null ? result.value.notes : [...shown, ...result.value.notes]));
    setNextBefore(result.value.nextBefore);
  }, []);

  const first = useRef(false);
  useEffect(() => {
    if (first.current) return;
    first.current = true;
    void loadPage(null);
  }, [loadPage]);

  const save = useCallback(async (body: string): Promise<boolean> => {
    const result = await window.vault['notes.create']({ body });
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setError(null);
    setNotes((shown) => [result.value, ...shown]);
    return true;
  }, []);

  return (
    <div className="notes-layout">
      <section className="card" aria-labelledby="editor-title">
        <h1 id="editor-title">{t('notes.newNote')}</h1>
        <NoteEditor save={save} registerBeforeLock={registerBeforeLock} />
        {error && <ErrorMessage error={error} />}
      </section>
      <section className="card" aria-labelledby="notes-title" aria-busy={loading}>
        <h2 id="notes-title">{t('notes.title')}</h2>
        <NoteList
          notes={notes}
          loading={loading}
          canLoadMore={nextBefore !== null}
          onLoadMore={() => void loadPage(nextBefore)}
        />
      </section>
    </div>
  );
}
