// Who a close-out touches: each person deleted entirely, or kept for the other programmes they are in.
import { useTranslation } from 'react-i18next';
import { UserText } from '../UserText';

type Person = Readonly<{
  id: number;
  givenName: string;
  familyName: string;
  keptFor: readonly string[];
  restricted: boolean;
}>;

export function AffectedParticipants({ people }: Readonly<{ people: readonly Person[] }>) {
  const { t } = useTranslation();
  if (people.length === 0) return <p className="empty">{t('retention.closeOut.nobody')}</p>;
  return (
    <ul className="plain-list affected">
      {people.map((p) => (
        <li key={p.id} data-participant={p.id} data-kept={p.keptFor.length > 0}>
          <span className="strong">
            <UserText text={p.givenName} /> <UserText text={p.familyName} />
          </span>
          {p.restricted && (
            <>
              {' '}
              <span className="badge badge-restricted">{t('rights.restriction.badge')}</span>
            </>
          )}
          {' — '}
          {p.keptFor.length > 0 ? (
            <span className="kept">
              {t('retention.closeOut.kept', { programmes: p.keptFor.join(', ') })}
            </span>
          ) : (
            <span>{t('retention.closeOut.erasedWholly')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
