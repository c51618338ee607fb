import { useTranslation } from 'react-i18next';
import { rulesOf } from '../../../../shared/domain/spc-rules';
import type { ControlChart } from '../../../../shared/schemas/kpi';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** The rules broken on a control chart, each with how many points and a link to the latest day; or a calm note. */
export function ControlViolations({ chart, onDay }: { chart: ControlChart; onDay: (day: string) => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const broken = rulesOf(chart.rules).flatMap((rule) => {
    const hits = chart.violations.filter((v) => v.rule === rule);
    if (hits.length === 0) return [];
    const latest = chart.days[Math.max(...hits.map((v) => v.index))] as string;
    return [{ rule, count: hits.length, latest }];
  });
  if (broken.length === 0) {
    return (
      <p className="control-card__calm" data-testid="control-calm">
        {t('kpi.control.calm', { set: t(`kpi.control.ruleSets.${chart.rules}`) })}
      </p>
    );
  }
  return (
    <div className="control-card__violations" data-testid="control-violations">
      <h3 className="control-card__subtitle">{t('kpi.control.violationsTitle')}</h3>
      <ul>
        {broken.map(({ rule, count, latest }) => (
          <li key={rule} className="control-card__violation">
            <span className="control-card__rule">{t(`kpi.control.ruleNames.${rule}`)}</span>
            <button type="button" className="button button--small" onClick={() => onDay(latest)}>
              {t('kpi.control.violationCount', { count, day: latest, n: formatNumber(language, count) })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
