// "History of changes" on the participant page (art. 16's trail): each save that corrected the
// person's details, newest first: which fields, when, by whom, why, the request it answered, and
// an earlier national ID only in its masked form. Absent until something has been corrected.
import { consultantShown } from '../../lib/consultant-name';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@core/ipc/contract';
import type { CorrectedField } from '@core/requests/vocabulary';
import { currentLanguage } from '../../i18n/setup';
import { formatDay, formatInstant } from '../../lib/dates';
import { useVaultQuery } from '../../lib/vault-query';
import { UserText } from '../UserText';

type Correction = ChannelOutput<'participants.corrections'>[number];

/** One save: the trail has a row per field, written together with the same reason and request. */
type Change = Readonly<{
  key: number;
  fields: readonly CorrectedField[];
  changedAt: string;
  changedBy: string;
  reason: string;
  requestId: number | null;
  oldMasked: string | null;
}>;

const FIELD_WORDS = {
  givenName: 'participant.givenName',
  familyName: 'participant.familyName',
  nationalId: 'participant.nationalId',
  email: 'participant.email',
  phone: 'participant.phone',
  address: 'participant.address',
} as const satisfies Record<CorrectedField, string>;

function changesOf(trail: readonly Correction[]): Change[] {
  const changes: Change[] = [];
  for (const c of trail) {
    const last = changes.at(-1);
    if (
      last &&
      last.changedAt === c.changedAt &&
      last.changedBy === c.changedBy &&
      last.reason === c.reason &&
      last.requestId === c.requestId
    ) {
      changes[changes.length - 1] = {
        ...last,
        fields: [...last.fields, c.field],
        oldMasked: last.oldMasked ?? c.oldMasked,
      };
    } else {
      changes.push({ ...c, key: c.id, fields: [c.field] });
    }
  }
  return changes.reverse();
}

type Props = Readonly<{ participantId: number }>;

const NO_REQUESTS: ChannelOutput<'requests.list'> = [];

export function CorrectionsPanel({ participantId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  // Read again after each save of the person's details (stale-after.ts).
  const trail = useVaultQuery('participants.corrections', { participantId }).data;
  const requests =
    useVaultQuery('requests.list', { participantId, includeClosed: true }).data ?? NO_REQUESTS;
  const changes = useMemo(() => (trail ? changesOf(trail) : null), [trail]);

  const requestLine = (requestId: number) => {
    const request = requests.find((r) => r.id === requestId);
    return request
      ? t('rights.history.request', {
          id: requestId,
          kind: t(`requests.kinds.${request.kind}`).toLocaleLowerCase(language),
          date: formatDay(request.receivedOn, language),
        })
      : t('rights.history.requestGone', { id: requestId });
  };

  if (!changes || changes.length === 0) return null;
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="history-of-changes">
      <h2 id={`${id}-title`}>{t('rights.history.title')}</h2>
      <p className="hint">{t('rights.history.hint')}</p>
      <ol className="plain-list corrections">
        {changes.map((c) => (
          <li key={c.key} className="correction" data-fields={c.fields.join(' ')}>
            <p className="correction-head">
              <span className="strong">{c.fields.map((f) => t(FIELD_WORDS[f])).join(', ')}</span>{' '}
              <span className="muted">
                {t('rights.history.when', {
                  date: formatInstant(c.changedAt, language),
                  who: consultantShown(c.changedBy, t('common.unnamedConsultant')),
                })}
              </span>
            </p>
            {c.reason && (
              <p>
                <span className="muted">{t('rights.history.reason')}</span>{' '}
                <UserText text={c.reason} />
              </p>
            )}
            {c.oldMasked && (
              <p className="muted">{t('rights.history.previousId', { masked: c.oldMasked })}</p>
            )}
            {c.requestId !== null && <p className="muted">{requestLine(c.requestId)}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
