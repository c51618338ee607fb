import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';

/** Counts of an import as tiles; a tile for zero new customers is left out. */
export function SummaryTiles({
  items,
  label,
}: {
  items: { key: string; label: string; value: number; tone?: 'danger' }[];
  label: string;
}) {
  const [language] = useLanguage();
  return (
    <dl className="tiles import-tiles" aria-label={label}>
      {items.map((item) => (
        <div
          key={item.key}
          className={item.tone === 'danger' && item.value > 0 ? 'tile tile--danger' : 'tile'}
          data-testid={`import-count-${item.key}`}
        >
          <dt className="tile__label">{item.label}</dt>
          <dd className="tile__value numeric">{formatNumber(language, item.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
