import { useTranslation } from 'react-i18next';
import type { AuditDetail } from '../../../../../shared/schemas/audits';

/** The record under audit: who handled it, where it came in, what was asked and what was done. */
export function RecordCard({ audit }: { audit: AuditDetail }) {
  const { t, i18n } = useTranslation();
  const none = t('audits.form.none');
  const template = i18n.language === 'en' ? audit.template.nameEn : audit.template.nameZh;
  return (
    <section className="audit-record" aria-label={t('audits.form.record')}>
      <h2 className="audit-record__subject">{audit.subject}</h2>
      <dl className="audit-record__facts">
        <div><dt>{t('audits.form.agent')}</dt><dd>{audit.agentName ?? none}</dd></div>
        <div><dt>{t('audits.form.channel')}</dt><dd>{t(`tickets.channel.${audit.channel}`)}</dd></div>
        <div><dt>{t('audits.form.month')}</dt><dd>{audit.month}</dd></div>
        <div><dt>{t('audits.form.template')}</dt><dd>{`${template} · ${t('audits.form.version', { version: audit.templateVersion })}`}</dd></div>
        <div><dt>{t('audits.queue.columns.status')}</dt><dd>{t(`audits.statuses.${audit.status}`)}</dd></div>
      </dl>
      <dl className="audit-record__texts">
        <div><dt>{t('audits.form.description')}</dt><dd>{audit.description || none}</dd></div>
        <div><dt>{t('audits.form.resolution')}</dt><dd>{audit.resolution ?? none}</dd></div>
      </dl>
    </section>
  );
}
