// Shows the estimator's verdict as words and three bars; the words carry it, the bars only echo them.
import { useTranslation } from 'react-i18next';
import type { Strength } from '../lib/passphrase-strength';

const LIT: Readonly<Record<Strength, number>> = { tooShort: 0, weak: 1, fair: 2, strong: 3 };

type Props = Readonly<{ strength: Strength; id: string }>;

export function StrengthMeter({ strength, id }: Props) {
  const { t } = useTranslation();
  return (
    <div className="strength" id={id} data-strength={strength}>
      <p className="strength-verdict" aria-live="polite">
        {t('strength.label')}: <strong>{t(`strength.${strength}`)}</strong>
      </p>
      <div className="strength-bars" aria-hidden="true">
        {[1, 2, 3].map((n) => (
          <span key={n} className={n <= LIT[strength] ? 'lit' : undefined} />
        ))}
      </div>
      <p className="hint">{t('strength.note')}</p>
    </div>
  );
}
