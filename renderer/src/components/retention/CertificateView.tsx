// One deletion certificate on screen, from the same sheet as its PDF (main/retention/certificate-text):
// the issuing organisation, consultant, programme and funder, local time with the zone, the rule
// in words, counts, paper notes, keys and backups (claimed only once done), the copies beyond the
// app's reach, and the verification code.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@core/ipc/contract';
import {
  certificateSheet,
  certificateTitle,
  type CertificateIssuer,
} from '@core/retention/certificate-text';
import { currentLanguage } from '../../i18n/setup';
import { readCertificateBody } from '../../lib/certificate-body';
import { useVaultQuery } from '../../lib/vault-query';
import { UserText } from '../UserText';
import { CertificateExport } from './CertificateExport';
import { CloseOutCounts } from './CloseOutCounts';

type CertificateRecord = ChannelOutput<'retention.certificates.list'>['records'][number];

const NO_ISSUER: CertificateIssuer = {
  consultantName: '',
  organisationName: '',
  organisationAddress: '',
};

/** Who issues certificates (Settings); none when it cannot be read. */
function useIssuer(): CertificateIssuer | null {
  const asked = useVaultQuery('settings.issuer.get', {});
  return asked.data ?? (asked.isError ? NO_ISSUER : null);
}

/** Facts whose value is someone's own words (names, addresses): isolated like any typed text. */
const TYPED = new Set(['consultant', 'programme', 'funder']);

type Props = Readonly<{ record: CertificateRecord }>;

export function CertificateView({ record }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const issuer = useIssuer();
  const body = readCertificateBody(record.body);
  if (!body) {
    const title = certificateTitle(record.id, currentLanguage());
    return (
      <section className="card" aria-label={title}>
        <h2>{title}</h2>
        <p className="message message-error">{t('retention.certificate.unreadable')}</p>
      </section>
    );
  }
  const sheet = certificateSheet({ ...record, body }, currentLanguage(), {
    issuer: issuer ?? NO_ISSUER,
    programme: record.programme,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const { organisation: org, verification } = sheet;
  return (
    <section className="card certificate" aria-labelledby={`${id}-title`} data-record={record.id}>
      <header className="certificate-issuer" data-testid="certificate-issuer">
        {org.set ? (
          <>
            <p className="certificate-organisation">
              <UserText text={org.name} />
            </p>
            {org.address.map((line, i) => (
              <p key={i} className="certificate-address">
                <UserText text={line} />
              </p>
            ))}
          </>
        ) : (
          <p className="certificate-address">
            {org.label}: {org.name}
          </p>
        )}
      </header>
      <h2 id={`${id}-title`}>{sheet.title}</h2>
      <p className="certificate-kind">{sheet.kind}</p>
      <dl className="facts">
        {sheet.facts.map((fact) => (
          <div key={fact.key} className="fact" data-fact={fact.key}>
            <dt>{fact.label}</dt>
            <dd
              data-old-key-destroyed={fact.key === 'crypto' ? record.oldKeyDestroyed : undefined}
              data-backups-replaced={fact.key === 'backups' ? record.backupsReplaced : undefined}
            >
              {TYPED.has(fact.key) ? <UserText text={fact.value} /> : fact.value}
            </dd>
          </div>
        ))}
      </dl>
      <h3>{sheet.counts.heading}</h3>
      <CloseOutCounts counts={body.counts} caption={sheet.counts.heading} />
      <section
        className="certificate-beyond-reach"
        aria-labelledby={`${id}-beyond-reach`}
        data-testid="certificate-beyond-reach"
      >
        <h3 id={`${id}-beyond-reach`}>{sheet.beyondReach.heading}</h3>
        {sheet.beyondReach.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
      <dl className="facts certificate-verification">
        <div className="fact" data-fact="verification">
          <dt>{verification.label}</dt>
          <dd>
            <code className="verification-code">{verification.code}</code>
            <p className="hint">{verification.howTo}</p>
          </dd>
        </div>
      </dl>
      <p className="hint">{sheet.footer}</p>
      <CertificateExport recordId={record.id} />
    </section>
  );
}
