// What a shredding deletes: a count per category, in the reader's words and number format.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/setup';
import { categoryName, categoryRank } from '../../lib/category-names';
import { formatCount } from '../../lib/dates';

type Props = Readonly<{ counts: Readonly<Record<string, number>>; caption: string }>;

export function CloseOutCounts({ counts, caption }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  // A fixed order, so two close-outs read alike; zeros are left out.
  const rows = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => categoryRank(a) - categoryRank(b));
  return (
    <table className="table counts-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('retention.closeOut.category')}</th>
          <th scope="col" className="num">
            {t('retention.closeOut.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([category, n]) => (
          <tr key={category} data-category={category}>
            <th scope="row">{categoryName(category, t)}</th>
            <td className="num">{formatCount(n, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
