// Every deletion record, newest first, with the hash chain's verdict on top, each record's
// verification code (the one its certificate prints) and export per record.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/ErrorMessage';
import { CertificateExport } from '../components/retention/CertificateExport';
import { ChainStatus } from '../components/retention/ChainStatus';
import { certificateKind, verificationCode, WORDS } from '@core/retention/certificate-text';
import { currentLanguage } from '../i18n/setup';
import { deletedItems, readCertificateBody } from '../lib/certificate-body';
import { formatCount, formatInstant } from '../lib/dates';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import { useVaultQuery } from '../lib/vault-query';

export function CertificatesScreen() {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const asked = useVaultQuery('retention.certificates.list', {});
  const data = asked.data ?? null;
  const error = asked.error?.ipc ?? null;

  const records = data ? [...data.records].reverse() : [];
  return (
    <div className="stack">
      <section className="card" aria-labelledby={`${id}-title`}>
        <div className="title-row">
          <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
            {t('retention.certificates.title')}
          </h1>
          <p className="hint">{t('retention.certificates.intro')}</p>
        </div>
        {error && <ErrorMessage error={error} />}
        {data && <ChainStatus chain={data.chain} />}
        {data && records.length === 0 && (
          <p className="empty">{t('retention.certificates.empty')}</p>
        )}
        {records.length > 0 && (
          <table className="table certificates-table">
            <caption className="visually-hidden">{t('retention.certificates.listLabel')}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-number">
                  {t('retention.certificates.number')}
                </th>
                <th scope="col">{t('retention.certificates.time')}</th>
                <th scope="col">{t('retention.certificates.kind')}</th>
                <th scope="col">{t('retention.certificates.summary')}</th>
                <th scope="col">{WORDS[language].verification}</th>
                <th scope="col" className="col-export">
                  {t('retention.certificates.export')}
                </th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => {
                const body = readCertificateBody(record.body);
                return (
                  <tr key={record.id} data-record={record.id}>
                    <th scope="row">{record.id}</th>
                    <td>{body ? formatInstant(body.at, language) : ''}</td>
                    <td>
                      {body
                        ? certificateKind(body.kind, language)
                        : t('retention.certificate.unreadable')}
                    </td>
                    <td>
                      {body &&
                        t('retention.certificates.summaryLine', {
                          people: formatCount(body.scope.participantsErased, language),
                          items: formatCount(deletedItems(body), language),
                        })}
                    </td>
                    <td>
                      <code className="verification-code" data-code={record.id}>
                        {verificationCode(record.hash)}
                      </code>
                    </td>
                    <td>
                      <CertificateExport recordId={record.id} compact />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
