import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemParetoOption } from '../../../../../shared/charts/audit-pareto';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { EChart } from '../../dashboard/EChart';
import { AuditsError } from '../AuditsError';
import { AgentScoresGrid } from './AgentScoresGrid';
import { AuditorsCard } from './AuditorsCard';

const monthsAgo = (n: number): string => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
};
const loadTemplates = () => call('audits.templates.list', { kind: 'audit' });

/** Agent scorecards over the chosen months, auditor workload and leniency, and the Pareto of failed items for one scorecard. */
export function ReportsPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [from, setFrom] = useState(() => monthsAgo(5));
  const [to, setTo] = useState(() => monthsAgo(0));
  const [templateId, setTemplateId] = useState<number | null>(null);
  const templates = useResource(loadTemplates);
  const chosen = templateId ?? (templates.status === 'ready' ? templates.data[0]?.id ?? null : null);
  const loadAgents = useCallback(() => call('audits.report.agents', { from, to }), [from, to]);
  const agents = useResource(loadAgents);
  const loadItems = useCallback(
    () => (chosen === null ? Promise.resolve([]) : call('audits.report.items', { templateId: chosen, from, to })),
    [chosen, from, to],
  );
  const items = useResource(loadItems);
  const option = useMemo(
    () =>
      items.status === 'ready'
        ? itemParetoOption(items.data.slice(0, 15), language, { failures: t('audits.reports.pareto.failures'), cumulative: t('audits.reports.pareto.cumulative') })
        : null,
    [items, language, t],
  );
  const templateName = templates.status === 'ready' ? templates.data.find((x) => x.id === chosen) : undefined;

  return (
    <section className="audits-panel">
      <div className="audits-toolbar audits-toolbar--wrap">
        <label className="audits-filter">
          <span>{t('audits.reports.from')}</span>
          <input className="input" type="month" value={from} onChange={(e) => e.target.value && setFrom(e.target.value)} />
        </label>
        <label className="audits-filter">
          <span>{t('audits.reports.to')}</span>
          <input className="input" type="month" value={to} onChange={(e) => e.target.value && setTo(e.target.value)} />
        </label>
      </div>
      <section className="audits-card">
        <h2 className="audits-card__title">{t('audits.reports.agents.title')}</h2>
        {agents.status === 'error' && <AuditsError title={t('audits.loadFailed')} error={agents.error} />}
        {agents.status === 'ready' && agents.data.length === 0 && <p className="muted">{t('audits.reports.agents.empty')}</p>}
        {agents.status === 'ready' && agents.data.length > 0 && <AgentScoresGrid rows={agents.data} />}
      </section>
      <AuditorsCard from={from} to={to} />
      <section className="audits-card">
        <div className="audits-card__head">
          <h2 className="audits-card__title">{t('audits.reports.pareto.title')}</h2>
          <label className="audits-filter">
            <span>{t('audits.reports.pareto.template')}</span>
            <select className="input" value={chosen ?? ''} onChange={(e) => setTemplateId(Number(e.target.value))}>
              {templates.status === 'ready' &&
                templates.data.map((x) => <option key={x.id} value={x.id}>{`${x.code} · ${language === 'en' ? x.nameEn : x.nameZh}`}</option>)}
            </select>
          </label>
        </div>
        {items.status === 'error' && <AuditsError title={t('audits.loadFailed')} error={items.error} />}
        {items.status === 'ready' && items.data.length === 0 && <p className="muted">{t('audits.reports.pareto.empty')}</p>}
        {items.status === 'ready' && items.data.length > 0 && option && (
          <EChart
            option={option}
            height={340}
            testId="item-pareto"
            label={t('audits.reports.pareto.label', { template: templateName ? (language === 'en' ? templateName.nameEn : templateName.nameZh) : '' })}
          />
        )}
      </section>
    </section>
  );
}
