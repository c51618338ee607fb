import { useMemo, useState, useSyncExternalStore, type ComponentType } from 'react';
import './tickets.css';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ErrorAlert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { useLanguage } from '../../i18n/useLanguage';
import { ArchiveSearch } from './archive/ArchiveSearch';
import { KeywordsPanel } from './keywords/KeywordsPanel';
import { drillOf } from './list/drillFilter';
import type { Queue } from './list/gridQuery';
import { TicketListView } from './list/TicketListView';
import { parseTicketsRoute, ticketsHref, type ListTab } from './ticketsRoute';

declare global {
  interface ImportMeta {
    glob<T>(pattern: string, options: { eager: true; import: string }): Record<string, T>;
  }
}

/*
 * Sub-routes built in their own folders by their own owners: #/tickets/<id> renders page/TicketPage.tsx's
 * `TicketPage({ id })`, #/tickets/import renders import/ImportWizard.tsx's `ImportWizard()`. They are picked up when
 * the files exist (Vite resolves the glob at build time); until then the route says honestly that it is not here.
 */
const ticketPage = Object.values(
  import.meta.glob<ComponentType<{ id: number }>>('./page/TicketPage.tsx', {
    eager: true,
    import: 'TicketPage',
  }),
)[0];
const newTicketPage = Object.values(
  import.meta.glob<ComponentType>('./page/TicketPage.tsx', { eager: true, import: 'NewTicketPage' }),
)[0];
const importWizard = Object.values(
  import.meta.glob<ComponentType>('./import/ImportWizard.tsx', { eager: true, import: 'ImportWizard' }),
)[0];

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const readHash = () => window.location.hash;

const loadSettings = () => call('settings.get', {});
const loadCategories = () => call('categories.tree', {});

const TABS: readonly ListTab[] = ['list', 'keywords', 'archive'];

/** The tickets area: the list with its queues, complaint keywords and the resolution archive; ticket page and import. */
export function TicketsView() {
  const hash = useSyncExternalStore(subscribeToHash, readHash);
  const route = parseTicketsRoute(hash);
  const drill = useMemo(() => drillOf(hash), [hash]);
  const { t } = useTranslation();
  const [language] = useLanguage();
  const workspace = useWorkspace();
  const settings = useResource(loadSettings);
  const categories = useResource(loadCategories);
  const [queue, setQueue] = useState<Queue>('all');
  const [quickSearch, setQuickSearch] = useState('');
  const TicketPage = ticketPage;
  const ImportWizard = importWizard;
  const NewTicketPage = newTicketPage;

  const tab = route.kind === 'list' ? route.tab : 'list';
  return (
    <>
      {route.kind === 'ticket' &&
        (TicketPage ? <TicketPage id={route.id} /> : <NotHere title={t('tickets.subRoute.pageTitle')} />)}
      {route.kind === 'new' &&
        (NewTicketPage ? <NewTicketPage /> : <NotHere title={t('tickets.subRoute.pageTitle')} />)}
      {route.kind === 'import' &&
        (ImportWizard ? <ImportWizard /> : <NotHere title={t('tickets.subRoute.importTitle')} />)}
      {/* The area stays mounted under a ticket page, so the list keeps its place, filters and cache for the way back. */}
      <div className="tickets-area" hidden={route.kind !== 'list'}>
        <PageHeader title={t('areas.tickets.title')}>
          <div className="tickets-area__head">
            <nav className="tabs" aria-label={t('tickets.tabs.label')}>
              {TABS.map((name) => (
                <a
                  key={name}
                  className="tabs__tab"
                  href={ticketsHref(name)}
                  aria-current={tab === name ? 'page' : undefined}
                >
                  {t(`tickets.tabs.${name}`)}
                </a>
              ))}
            </nav>
            <div className="tickets-area__actions">
              {importWizard && (
                <a className="button" href="#/tickets/import">
                  {t('tickets.importAction')}
                </a>
              )}
              {newTicketPage && (
                <a className="button" href="#/tickets/new">
                  {t('ticket.titleNew')}
                </a>
              )}
            </div>
          </div>
        </PageHeader>
        {settings.status === 'error' && <ErrorAlert title={t('tickets.loadFailed')} error={settings.error} />}
        {categories.status === 'error' && (
          <ErrorAlert title={t('tickets.loadFailed')} error={categories.error} />
        )}
        {settings.status === 'loading' || categories.status === 'loading' ? (
          <p className="muted">{t('common.loading')}</p>
        ) : settings.status === 'ready' && categories.status === 'ready' ? (
          <>
            {/* Likewise under the other tabs. */}
            <div hidden={tab !== 'list'}>
              <TicketListView
                queue={queue}
                onQueue={setQueue}
                quickSearch={quickSearch}
                onQuickSearch={setQuickSearch}
                language={language}
                timeZone={settings.data.timeZone}
                categories={categories.data}
                workspacePath={workspace.path}
                importHref={importWizard ? '#/tickets/import' : null}
                active={route.kind === 'list' && tab === 'list'}
                drill={drill}
              />
            </div>
            {tab === 'keywords' && (
              <KeywordsPanel
                timeZone={settings.data.timeZone}
                categories={categories.data}
                onSearch={(term) => {
                  setQuickSearch(term);
                  window.location.hash = ticketsHref('list');
                }}
              />
            )}
            {tab === 'archive' && <ArchiveSearch timeZone={settings.data.timeZone} />}
          </>
        ) : null}
      </div>
    </>
  );
}

function NotHere({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title} />
      <section className="empty-state">
        <p className="empty-state__summary">{t('tickets.subRoute.notReady')}</p>
        <a className="button" href={ticketsHref('list')}>
          {t('tickets.subRoute.back')}
        </a>
      </section>
    </>
  );
}
