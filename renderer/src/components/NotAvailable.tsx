import { useTranslation } from 'react-i18next';
import type { Area } from '../../../shared/domain/enums';
import { Icon } from './Icon';
import { PageHeader } from './PageHeader';

/**
 * The honest state of an area this version does not have yet: what it will do for the user, and that it is not
 * here. No sample numbers, no placeholder charts, no buttons that do nothing.
 */
export function NotAvailable({ area }: { area: Exclude<Area, 'settings'> }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`areas.${area}.title`)} />
      <section className="empty-state" data-testid="not-available">
        <div className="empty-state__icon">
          <Icon name={area} size={36} />
        </div>
        <p className="empty-state__summary">{t(`areas.${area}.summary`)}</p>
        <p className="empty-state__note">
          <span className="badge badge--muted">{t('notAvailable.badge')}</span>
          <span>{t('notAvailable.body')}</span>
        </p>
      </section>
    </>
  );
}
