// The editor's saved state in words: "Saving…", "Saved 12:03", or an error that says the text is kept.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/setup';
import { formatTime } from '../lib/format';
import { MAX_NOTE_TEXT, type SaveState } from '../lib/use-note-autosave';

type Props = Readonly<{ state: SaveState; id: string; onRetry: () => void }>;

export function SaveIndicator({ state, id, onRetry }: Props) {
  const { t } = useTranslation();
  const max = new Intl.NumberFormat(currentLanguage()).format(MAX_NOTE_TEXT);
  const text =
    state.kind === 'saved'
      ? t('sessionNotes.status.saved', { time: formatTime(state.at, currentLanguage()) })
      : state.kind === 'error'
        ? state.code === 'tooLong'
          ? t('sessionNotes.status.tooLong', { max })
          : `${t('sessionNotes.status.error')} ${t(`errors.${state.code}`, { min: 0 })}`
        : t(`sessionNotes.status.${state.kind}`);
  return (
    <div className={`save-state save-state-${state.kind}`}>
      <p id={id} role="status" data-state={state.kind}>
        {text}
      </p>
      {state.kind === 'error' && state.code !== 'tooLong' && (
        <button type="button" className="button button-quiet" onClick={onRetry}>
          {t('sessionNotes.retry')}
        </button>
      )}
    </div>
  );
}
