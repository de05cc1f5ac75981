// "Shared with" on the participant page (art. 15(1)(c), 19, 30): what was handed to which
// organisation, when, on what legal basis and with which documents, newest first; and the form
// to record it. The same list names whom to tell after a correction or an erasure.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/setup';
import { formatDay } from '../../lib/dates';
import { useReadOnly } from '../../lib/read-only';
import { useVaultQuery } from '../../lib/vault-query';
import { UserText } from '../UserText';
import { DisclosureForm } from './DisclosureForm';

type Props = Readonly<{ participantId: number }>;

export function DisclosuresPanel({ participantId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const { readOnly, because } = useReadOnly();
  // Fetched again once the form records one (stale-after.ts), newest first as the vault lists them.
  const items = useVaultQuery('disclosures.list', { participantId }).data ?? null;
  const [adding, setAdding] = useState(false);
  const [recorded, setRecorded] = useState(false);

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="shared-with">
      <div className="title-row">
        <h2 id={`${id}-title`}>{t('rights.disclosures.title')}</h2>
        {!adding && (
          <button
            type="button"
            className="button button-secondary"
            disabled={readOnly}
            aria-describedby={because}
            onClick={() => {
              setRecorded(false);
              setAdding(true);
            }}
          >
            {t('rights.disclosures.add')}
          </button>
        )}
        <p className="hint">{t('rights.disclosures.hint')}</p>
      </div>
      {adding && (
        <DisclosureForm
          participantId={participantId}
          onCancel={() => setAdding(false)}
          onRecorded={() => {
            setAdding(false);
            setRecorded(true);
          }}
        />
      )}
      {recorded && (
        <p className="message message-success" role="status">
          {t('rights.disclosures.recorded')}
        </p>
      )}
      {items && items.length === 0 && !adding && (
        <p className="empty">{t('rights.disclosures.empty')}</p>
      )}
      {items && items.length > 0 && (
        <ul className="plain-list disclosures" aria-label={t('rights.disclosures.listLabel')}>
          {items.map((d) => (
            <li key={d.id} className="disclosure" data-disclosure-id={d.id}>
              <p className="disclosure-head">
                <UserText text={d.recipient} className="strong" />{' '}
                <span className="muted">{formatDay(d.sharedOn, language)}</span>
              </p>
              <p>
                <span className="muted">{t('rights.disclosures.basisLine')}</span>{' '}
                <UserText text={d.legalBasis} />
              </p>
              {d.purpose && (
                <p>
                  <span className="muted">{t('rights.disclosures.purposeLine')}</span>{' '}
                  <UserText text={d.purpose} />
                </p>
              )}
              {d.documents.length > 0 && (
                <p>
                  <span className="muted">{t('rights.disclosures.documentsLine')}</span>{' '}
                  {d.documents.map((doc, i) => (
                    <span key={doc.id}>
                      {i > 0 && ', '}
                      <UserText text={doc.fileName} />
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
