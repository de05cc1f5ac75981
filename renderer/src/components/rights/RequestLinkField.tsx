// Linking a change to the person's open correction request (art. 16's trail): the person's open
// requests of that kind, and the field choosing one (with exactly one, it is chosen at first).
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/setup';
import { formatDay } from '../../lib/dates';
import { useVaultQuery } from '../../lib/vault-query';
import type { ListedRequest } from '../requests/DeadlineBadge';

/** The open correction requests of `participantId`, and the one the change is linked to. */
export function useOpenRectifications(participantId: number) {
  const { data } = useVaultQuery('requests.list', { participantId });
  const requests = useMemo<readonly ListedRequest[]>(
    () => (data ?? []).filter((q) => q.kind === 'rectification'),
    [data],
  );
  // undefined until the consultant chooses: with exactly one open request, that one.
  const [choice, setLinked] = useState<number | null | undefined>(undefined);
  const linked = choice !== undefined ? choice : requests.length === 1 ? requests[0]!.id : null;
  return { requests, linked, setLinked };
}

type Props = Readonly<{
  requests: readonly ListedRequest[];
  value: number | null;
  onChange: (requestId: number | null) => void;
}>;

export function RequestLinkField({ requests, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  if (requests.length === 0) return null;
  return (
    <div className="field form-wide">
      <label htmlFor={`${id}-request`}>{t('rights.link.label')}</label>
      <select
        id={`${id}-request`}
        value={value ?? ''}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">{t('rights.link.none')}</option>
        {requests.map((q) => (
          <option key={q.id} value={q.id}>
            {t('rights.link.option', { id: q.id, date: formatDay(q.receivedOn, language) })}
          </option>
        ))}
      </select>
      <p className="hint" id={`${id}-hint`}>
        {t('rights.link.hint')}
      </p>
    </div>
  );
}
