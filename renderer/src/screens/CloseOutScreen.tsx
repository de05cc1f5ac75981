// Close-out of one programme: what goes (per category and person), paper notes for everyone, the
// programme's name typed in full, progress while it runs, then the deletion certificate and the
// offer to change the recovery passphrase (older copies out of reach still open with it).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { ChainStatus, type ChainVerdict } from '../components/retention/ChainStatus';
import { CertificateView } from '../components/retention/CertificateView';
import { CloseOutCounts } from '../components/retention/CloseOutCounts';
import { AffectedParticipants } from '../components/retention/AffectedParticipants';
import { PaperChecklist, type PaperAnswer } from '../components/retention/PaperChecklist';
import { ShredProgress, type ShredPhase } from '../components/retention/ShredProgress';
import { FinishingNotice, type Finishing } from '../components/retention/FinishingNotice';
import { PassphraseChangeOffer } from '../components/retention/PassphraseChangeOffer';
import { UserText } from '../components/UserText';
import type { Navigate } from '../lib/navigation';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import { askVault, useVaultMutation, useVaultQuery } from '../lib/vault-query';
import { confirmationMatches } from '@core/domain/text';

type Review = ChannelOutput<'retention.review'>;
type CertificateRecord = ChannelOutput<'retention.certificates.list'>['records'][number];
type Stage =
  | { kind: 'reviewing' }
  | { kind: 'running'; phase: ShredPhase }
  | {
      kind: 'finished';
      record: CertificateRecord | null;
      chain: ChainVerdict | null;
      finishing: Finishing;
    };

const POLL_MS = 120;

type Props = Readonly<{ programmeId: number; navigate: Navigate; onShredded: () => void }>;

export function CloseOutScreen({ programmeId, navigate, onShredded }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const programme = useVaultQuery('programmes.get', { id: programmeId });
  const reviewed = useVaultQuery('retention.review', { programmeId });
  const closeOut = useVaultMutation('retention.closeOut');
  const name = programme.data?.name ?? null;
  // What the consultant confirmed stays shown: asked again after the shredding, the review would
  // show what is left, not what went.
  const [held, setHeld] = useState<Review | null>(null);
  const review: Review | null = held ?? reviewed.data ?? null;
  const [answers, setAnswers] = useState<Record<string, PaperAnswer>>({});
  const [typed, setTyped] = useState('');
  const [failed, setError] = useState<IpcError | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'reviewing' });
  // Once shredded, the programme asked again is gone: that is no error to show.
  const error =
    failed ??
    (stage.kind === 'reviewing' ? (programme.error?.ipc ?? reviewed.error?.ipc ?? null) : null);
  const finished = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (stage.kind === 'finished') finished.current?.focus();
  }, [stage.kind]);

  const people = review?.participants ?? [];
  const paperDone = people.every((p) => answers[String(p.id)]);
  const nameMatches = name !== null && confirmationMatches(typed, name);
  const ready = review !== null && paperDone && nameMatches && stage.kind === 'reviewing';
  const blockers = [
    !paperDone && t('retention.closeOut.blockedPaper'),
    !nameMatches && t('retention.closeOut.blockedName'),
  ].filter((b): b is string => typeof b === 'string');

  const run = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setError(null);
    setStage({ kind: 'running', phase: 'idle' });
    setHeld(review);
    // The progress channel answers while the close-out runs; poll it to name the phase.
    let polling = true;
    const poll = async () => {
      while (polling) {
        const p = await askVault('retention.progress', {}).catch(() => null);
        if (polling && p && p.phase !== 'idle') setStage({ kind: 'running', phase: p.phase });
        await new Promise((done) => setTimeout(done, POLL_MS));
      }
    };
    void poll();
    const result = await closeOut.mutateAsync({
      programmeId,
      typedName: typed,
      paper: answers,
    });
    polling = false;
    if (!result.ok) {
      setStage({ kind: 'reviewing' });
      setHeld(null);
      return setError(result.error);
    }
    onShredded();
    const { finishing } = result.value;
    // A failure that locked the vault: the certificate is read after the next unlock.
    const list =
      finishing !== 'done' && finishing.vaultLocked
        ? null
        : await askVault('retention.certificates.list', {}).catch(() => null);
    setStage({
      kind: 'finished',
      finishing,
      record: list?.records.find((r) => r.id === result.value.recordId) ?? null,
      chain: list?.chain ?? null,
    });
  };

  const locked = stage.kind !== 'reviewing';
  return (
    <div className="stack">
      <section className="card" aria-labelledby={`${id}-title`}>
        <div className="title-row">
          <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
            {name === null ? t('common.loading') : t('retention.closeOut.title', { name: '' })}
            {name !== null && <UserText text={name} />}
          </h1>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => navigate({ kind: 'retention' })}
          >
            {t('common.back')}
          </button>
        </div>
        {error && <ErrorMessage error={error} />}
        {review && (
          <>
            <h2>{t('retention.closeOut.step1')}</h2>
            <CloseOutCounts counts={review.counts} caption={t('retention.closeOut.step1')} />
            <h3>{t('retention.closeOut.people')}</h3>
            <AffectedParticipants people={people} />
          </>
        )}
      </section>
      {review && (
        <form
          className="card"
          onSubmit={(e) => void run(e)}
          noValidate
          aria-labelledby={`${id}-confirm`}
        >
          <h2>{t('retention.closeOut.step2')}</h2>
          <p>{t('retention.closeOut.paperIntro')}</p>
          {people.length === 0 ? (
            <p className="empty">{t('retention.closeOut.nobody')}</p>
          ) : (
            <PaperChecklist
              people={people}
              answers={answers}
              disabled={locked}
              onAnswer={(pid, answer) => setAnswers((a) => ({ ...a, [String(pid)]: answer }))}
              onMarkAll={() =>
                setAnswers(
                  Object.fromEntries(people.map((p) => [String(p.id), 'shredded' as const])),
                )
              }
            />
          )}
          <h2 id={`${id}-confirm`}>{t('retention.closeOut.step3')}</h2>
          <div className="field">
            <label htmlFor={`${id}-typed`}>
              {t('retention.closeOut.typeName', { name: '' })}
              <UserText text={name ?? ''} className="strong" />
            </label>
            <input
              id={`${id}-typed`}
              value={typed}
              autoComplete="off"
              spellCheck={false}
              disabled={locked}
              aria-describedby={blockers.length ? `${id}-blockers` : undefined}
              onChange={(e) => setTyped(e.target.value)}
            />
          </div>
          {blockers.length > 0 && stage.kind === 'reviewing' && (
            <ul className="hint blockers" id={`${id}-blockers`}>
              {blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          )}
          {stage.kind !== 'finished' && (
            <div className="actions">
              <button type="submit" className="button button-danger" aria-disabled={!ready}>
                {stage.kind === 'running'
                  ? t('retention.closeOut.running')
                  : t('retention.closeOut.submit')}
              </button>
            </div>
          )}
          {stage.kind !== 'reviewing' && (
            <ShredProgress phase={stage.kind === 'running' ? stage.phase : 'done'} />
          )}
          {stage.kind === 'finished' && stage.finishing === 'done' && (
            <p className="message message-success" role="status" tabIndex={-1} ref={finished}>
              {t('retention.closeOut.finished')}
            </p>
          )}
          {stage.kind === 'finished' && <FinishingNotice finishing={stage.finishing} />}
          {stage.kind === 'finished' &&
            (stage.finishing === 'done' || !stage.finishing.vaultLocked) && (
              <PassphraseChangeOffer navigate={navigate} />
            )}
        </form>
      )}
      {stage.kind === 'finished' && stage.chain && <ChainStatus chain={stage.chain} />}
      {stage.kind === 'finished' && stage.record && <CertificateView record={stage.record} />}
    </div>
  );
}
