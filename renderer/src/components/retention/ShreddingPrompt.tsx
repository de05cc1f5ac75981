// On an ended programme's page: the prompt to review and shred its data.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/setup';
import { formatDay } from '../../lib/dates';
import { presetName, type DueItem, type Preset } from '../../lib/retention-words';

type Props = Readonly<{ item: DueItem; presets: readonly Preset[]; onReview: () => void }>;

export function ShreddingPrompt({ item, presets, onReview }: Props) {
  const { t } = useTranslation();
  return (
    <section
      className="message message-warning shredding-prompt"
      aria-label={t('retention.prompt.title')}
    >
      <p>
        <strong>{t('retention.prompt.title')}: </strong>
        {t('retention.prompt.body', {
          date: formatDay(item.since, currentLanguage()),
          preset: presetName(item.presetId, presets, t),
        })}
      </p>
      <button type="button" className="button button-primary" onClick={onReview}>
        {t('retention.prompt.review')}
      </button>
    </section>
  );
}
