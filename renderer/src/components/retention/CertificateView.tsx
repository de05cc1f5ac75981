// One deletion certificate's facts: kind, time, consultant, scope, counts, rule, paper notes, keys, backups.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../main/ipc/contract';
import { currentLanguage } from '../../i18n/setup';
import { cryptoLineKey, readCertificateBody } from '../../lib/certificate-body';
import { formatCount, formatInstant } from '../../lib/dates';
import { presetName, ruleWhen, type Preset, type Trigger } from '../../lib/retention-words';
import { CertificateExport } from './CertificateExport';
import { CloseOutCounts } from './CloseOutCounts';

type CertificateRecord = ChannelOutput<'retention.certificates.list'>['records'][number];

const TRIGGERS: readonly string[] = [
  'programmeEnd',
  'lastContact',
  'agreementEnd',
  'reconfirmation',
];

type Props = Readonly<{ record: CertificateRecord; presets: readonly Preset[] }>;

export function CertificateView({ record, presets }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const body = readCertificateBody(record.body);
  const title = t('retention.certificate.title', { id: record.id });
  if (!body) {
    return (
      <section className="card" aria-label={title}>
        <h2>{title}</h2>
        <p className="message message-error">{t('retention.certificate.unreadable')}</p>
      </section>
    );
  }
  const rule = [
    body.rule.presetId ? presetName(body.rule.presetId, presets, t) : null,
    TRIGGERS.includes(body.rule.trigger) ? ruleWhen(body.rule.trigger as Trigger, 'P0D', t) : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <section className="card certificate" aria-labelledby={`${id}-title`} data-record={record.id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <dl className="facts">
        <dt>{t('retention.certificates.kind')}</dt>
        <dd>{t(`retention.certificate.kind.${body.kind}`)}</dd>
        <dt>{t('retention.certificate.at')}</dt>
        <dd>{formatInstant(body.at, language)}</dd>
        <dt>{t('retention.certificate.consultant')}</dt>
        <dd>{body.consultant}</dd>
        <dt>{t('retention.certificate.erased')}</dt>
        <dd>{formatCount(body.scope.participantsErased, language)}</dd>
        <dt>{t('retention.certificate.kept')}</dt>
        <dd>{formatCount(body.scope.participantsKeptForOtherProgrammes, language)}</dd>
        <dt>{t('retention.certificate.rule')}</dt>
        <dd>{rule || body.rule.reason}</dd>
        <dt>{t('retention.certificate.paper')}</dt>
        <dd>
          {t('retention.certificate.paperLine', {
            shredded: formatCount(body.paperNotes.shredded, language),
            none: formatCount(body.paperNotes.none, language),
          })}
        </dd>
        <dt>{t('retention.certificate.crypto')}</dt>
        <dd data-old-key-destroyed={record.oldKeyDestroyed}>
          {t(cryptoLineKey(record.oldKeyDestroyed))}
        </dd>
        <dt>{t('retention.certificate.backups')}</dt>
        <dd>{t(`retention.certificate.backupLines.${body.backups}`)}</dd>
      </dl>
      <h3>{t('retention.certificate.counts')}</h3>
      <CloseOutCounts counts={body.counts} caption={t('retention.certificate.counts')} />
      <CertificateExport recordId={record.id} />
    </section>
  );
}
