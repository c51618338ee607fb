import { useTranslation } from 'react-i18next';

export type RcaTab = 'worksheets' | 'fmea' | 'needs';

const HREF: Record<RcaTab, string> = { worksheets: '#/rca', fmea: '#/rca/fmea', needs: '#/rca/needs' };

/** The root-cause area's three tools: worksheets, the FMEA register and the KANO needs pool. */
export function RcaTabs({ current }: { current: RcaTab }) {
  const { t } = useTranslation();
  return (
    <nav className="rca-tabs" aria-label={t('improvement.risk.tabs.label')}>
      {(Object.keys(HREF) as RcaTab[]).map((tab) => (
        <a
          key={tab}
          href={HREF[tab]}
          className={tab === current ? 'rca-tabs__tab rca-tabs__tab--current' : 'rca-tabs__tab'}
          {...(tab === current ? { 'aria-current': 'page' as const } : {})}
        >
          {t(`improvement.risk.tabs.${tab}`)}
        </a>
      ))}
    </nav>
  );
}
