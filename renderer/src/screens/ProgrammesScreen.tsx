// All programmes with their funder, period, status and active count; create a new one here
// (opened from "new participant" with the form open, returning there with the new programme).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/ErrorMessage';
import { ProgrammeForm } from '../components/ProgrammeForm';
import { UserText } from '../components/UserText';
import { currentLanguage } from '../i18n/setup';
import { formatDay } from '../lib/dates';
import type { Navigate } from '../lib/navigation';
import type { DueSummary } from '../lib/use-due-summary';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import { useVaultQuery } from '../lib/vault-query';

type Props = Readonly<{
  navigate: Navigate;
  /** The due summary: each programme's status as derived from today (closing past its end). */
  due?: DueSummary | null;
  /** Came from "new participant" for want of a programme: the form is open, saving goes back. */
  forNewParticipant?: boolean;
}>;

export function ProgrammesScreen({ navigate, due = null, forNewParticipant = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const asked = useVaultQuery('programmes.list', {});
  const programmes = asked.data ?? null;
  const error = asked.error?.ipc ?? null;
  const [creating, setCreating] = useState(forNewParticipant);

  return (
    <div className="stack">
      <section className="card" aria-labelledby={`${id}-title`}>
        <div className="title-row">
          <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
            {t('programmes.title')}
          </h1>
          {!creating && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setCreating(true)}
            >
              {t('programmes.new')}
            </button>
          )}
        </div>
        {error && <ErrorMessage error={error} />}
        {programmes && programmes.length === 0 && <p className="empty">{t('programmes.empty')}</p>}
        {programmes && programmes.length > 0 && (
          <table className="table programmes-table">
            <caption className="visually-hidden">{t('programmes.listLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('programmes.name')}</th>
                <th scope="col">{t('programmes.funder')}</th>
                <th scope="col">{t('programmes.country')}</th>
                <th scope="col">{t('programmes.startsOn')}</th>
                <th scope="col">{t('programmes.endsOn')}</th>
                <th scope="col">{t('programmes.status')}</th>
                <th scope="col">{t('programmes.participants')}</th>
              </tr>
            </thead>
            <tbody>
              {programmes.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="button button-link"
                      onClick={() => navigate({ kind: 'programme', id: p.id })}
                    >
                      <UserText text={p.name} />
                    </button>
                  </th>
                  <td>
                    <UserText text={p.funder} />
                  </td>
                  <td>{t(`programmes.countries.${p.country}`)}</td>
                  <td>{formatDay(p.startsOn, language)}</td>
                  <td>{formatDay(p.endsOn, language)}</td>
                  <td>
                    {t(
                      `programmes.statuses.${due?.programmes?.find((x) => x.programmeId === p.id)?.status ?? p.status}`,
                    )}
                  </td>
                  <td>{t('programmes.active', { count: p.activeParticipants })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {creating && (
        <section className="card" aria-labelledby={`${id}-new`}>
          <h2 id={`${id}-new`}>{t('programmes.new')}</h2>
          {forNewParticipant && <p className="hint">{t('programmes.backToParticipant')}</p>}
          <ProgrammeForm
            programme={null}
            onCancel={() =>
              forNewParticipant
                ? navigate({ kind: 'newParticipant', programmeId: null })
                : setCreating(false)
            }
            onSaved={(p) =>
              navigate(
                forNewParticipant
                  ? { kind: 'newParticipant', programmeId: p.id }
                  : { kind: 'programme', id: p.id },
              )
            }
          />
        </section>
      )}
    </div>
  );
}
