import { useTranslation } from 'react-i18next';
import { AREAS, type Area } from '../../../../shared/domain/enums';
import { areaHref } from '../../app/useHashArea';
import { Icon } from '../../components/Icon';
import { AlertBadge } from '../alerts/AlertBadge';

/** Every area of the product, in the contract's order; real links, so keyboard, middle-click and reload work. */
export function SideNav({ current, version }: { current: Area; version: string }) {
  const { t } = useTranslation();
  return (
    <nav className="side-nav" aria-label={t('shell.navLabel')}>
      <div className="side-nav__brand">
        <Icon name="logo" size={26} className="brand__mark" />
        <span>{t('app.name')}</span>
      </div>
      <ul className="side-nav__list">
        {AREAS.map((area) => (
          <li key={area}>
            <a
              className="side-nav__link"
              href={areaHref(area)}
              aria-current={area === current ? 'page' : undefined}
            >
              <Icon name={area} size={18} />
              <span>{t(`areas.${area}.title`)}</span>
              {area === 'alerts' && <AlertBadge />}
            </a>
          </li>
        ))}
      </ul>
      <p className="side-nav__version">{t('app.version', { version })}</p>
    </nav>
  );
}
