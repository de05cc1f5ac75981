// Records a test result: provider, test, date, scores written as "name = number" lines, summary;
// or corrects one (`editing`): its day, scores and summary, the provider and test kept as recorded.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { todayIso } from '../lib/dates';
import { ErrorMessage } from './ErrorMessage';
import { UserText } from './UserText';

type Assessment = ChannelOutput<'assessments.add'>;

type Props = Readonly<{
  participantId: number;
  /** The test result to correct; without it a new one is recorded. */
  editing?: Assessment;
  onAdded: (assessment: Assessment) => void;
  onCancel: () => void;
}>;

/** Scores back into the "name = number" lines the form reads. */
export function scoresToText(scores: Readonly<Record<string, number>>): string {
  return Object.entries(scores)
    .map(([name, value]) => `${name} = ${value}`)
    .join('\n');
}

/** "Drive = 7" per line (":" works too, and a decimal comma); null if any line is unreadable. */
export function parseScores(text: string): Record<string, number> | null {
  const scores: Record<string, number> = {};
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const match = /^(.+?)\s*[=:]\s*(-?\d+(?:[.,]\d+)?)\s*$/.exec(line.trim());
    if (!match) return null;
    scores[match[1]!.trim()] = Number(match[2]!.replace(',', '.'));
  }
  return scores;
}

export function AssessmentForm({ participantId, editing, onAdded, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [provider, setProvider] = useState(editing?.provider ?? 'MASTER Danmark');
  const [instrument, setInstrument] = useState(editing?.instrument ?? '');
  const [takenOn, setTakenOn] = useState(editing?.takenOn ?? todayIso());
  const [scoresText, setScoresText] = useState(editing ? scoresToText(editing.scores) : '');
  const [summary, setSummary] = useState(editing?.summary ?? '');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const scores = parseScores(scoresText);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!provider.trim() || !instrument.trim() || !takenOn || !scores) return;
    const result = editing
      ? await window.vault['assessments.update']({ id: editing.id, takenOn, scores, summary })
      : await window.vault['assessments.add']({
          participantId,
          programmeId: null,
          provider: provider.trim(),
          instrument: instrument.trim(),
          takenOn,
          scores,
          summary,
          reportDocumentId: null,
        });
    if (!result.ok) return setError(result.error);
    onAdded(result.value);
  };

  return (
    <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
      {editing ? (
        <div className="form-wide assessment-fixed">
          <p className="note-meta">
            <UserText text={editing.provider} className="strong" /> ·{' '}
            <UserText text={editing.instrument} />
          </p>
          <p className="hint">{t('assessments.editHint')}</p>
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-provider`}>{t('assessments.provider')}</label>
            <input
              id={`${id}-provider`}
              list={`${id}-providers`}
              value={provider}
              maxLength={200}
              aria-invalid={tried && !provider.trim()}
              onChange={(e) => setProvider(e.target.value)}
            />
            <datalist id={`${id}-providers`}>
              <option value="MASTER Danmark" />
              <option value="METIS" />
            </datalist>
          </div>
          <div className="field">
            <label htmlFor={`${id}-instrument`}>{t('assessments.instrument')}</label>
            <input
              id={`${id}-instrument`}
              value={instrument}
              maxLength={200}
              aria-invalid={tried && !instrument.trim()}
              onChange={(e) => setInstrument(e.target.value)}
            />
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-taken`}>{t('assessments.takenOn')}</label>
        <input
          id={`${id}-taken`}
          type="date"
          value={takenOn}
          onChange={(e) => setTakenOn(e.target.value)}
        />
      </div>
      <div className="field form-wide">
        <label htmlFor={`${id}-scores`}>{t('assessments.scores')}</label>
        <textarea
          id={`${id}-scores`}
          className="short"
          rows={4}
          value={scoresText}
          aria-invalid={tried && !scores}
          aria-describedby={`${id}-scores-hint`}
          onChange={(e) => setScoresText(e.target.value)}
        />
        <p className={tried && !scores ? 'hint hint-error' : 'hint'} id={`${id}-scores-hint`}>
          {tried && !scores ? t('assessments.scoresInvalid') : t('assessments.scoresHint')}
        </p>
      </div>
      <div className="field form-wide">
        <label htmlFor={`${id}-summary`}>{t('assessments.summary')}</label>
        <textarea
          id={`${id}-summary`}
          className="short"
          rows={3}
          maxLength={20_000}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
      </div>
      {error && <ErrorMessage error={error} />}
      <div className="actions form-wide">
        <button type="submit" className="button button-primary">
          {t('common.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
