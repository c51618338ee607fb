import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toApiError, type ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/Alert';
import { formatNumber } from '../../../i18n/format';
import type { CategoryNode } from '../list/columns';
import { KeywordChart, type Keyword } from './KeywordChart';
import { monthLabel, periodRange, recentMonths, ROLLING, type Period } from './periods';

type Scope = 'complaint' | 'all';

interface Loaded {
  key: string;
  keywords?: Keyword[];
  error?: ApiError;
}

/** How many terms the chart shows; enough to see a pattern, few enough to read. */
const TOP = 25;

/**
 * Complaint keywords: pick a period, a category and the scope; core counts the words and phrases of every ticket of
 * the period (no sampling). A click on a word searches for it in the ticket list.
 */
export function KeywordsPanel({
  timeZone,
  categories,
  onSearch,
}: {
  timeZone: string;
  categories: readonly CategoryNode[];
  onSearch: (term: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const ids = { period: useId(), category: useId() };
  const [period, setPeriod] = useState<Period>('last90');
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [scope, setScope] = useState<Scope>('complaint');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [openedAt] = useState(() => Date.now());
  const months = useMemo(() => recentMonths(openedAt, timeZone, 12), [openedAt, timeZone]);

  const key = `${period}|${categoryId ?? ''}|${scope}|${timeZone}`;
  useEffect(() => {
    let live = true;
    const { from, to } = periodRange(period, Date.now(), timeZone);
    call('tickets.keywords', {
      from,
      to,
      type: scope,
      limit: TOP,
      ...(categoryId === null ? {} : { categoryId }),
    }).then(
      (keywords) => live && setLoaded({ key, keywords }),
      (err: unknown) => live && setLoaded({ key, error: toApiError(err) }),
    );
    return () => {
      live = false;
    };
  }, [key, period, categoryId, scope, timeZone]);

  const busy = loaded?.key !== key;
  const name = (c: CategoryNode) => (language === 'en' ? c.nameEn : c.nameZh);
  const parents = categories.filter((c) => c.parentId === null);
  const keywords = loaded?.keywords ?? [];

  return (
    <section className="card keywords" aria-busy={busy}>
      <div className="card__heading-row">
        <h2 className="card__title">{t('tickets.keywords.title')}</h2>
      </div>
      <p className="card__hint">{t('tickets.keywords.hint')}</p>
      <div className="keywords__controls">
        <div className="keywords__control">
          <label className="field__label" htmlFor={ids.period}>
            {t('tickets.keywords.period')}
          </label>
          <select
            id={ids.period}
            className="input input--short"
            value={period}
            onChange={(event) => setPeriod(event.target.value as Period)}
          >
            {ROLLING.map((p) => (
              <option key={p} value={p}>
                {t(`tickets.keywords.periods.${p}`)}
              </option>
            ))}
            {months.map((m) => (
              <option key={m} value={m}>
                {monthLabel(m, language, timeZone)}
              </option>
            ))}
          </select>
        </div>
        <div className="keywords__control">
          <label className="field__label" htmlFor={ids.category}>
            {t('tickets.keywords.category')}
          </label>
          <select
            id={ids.category}
            className="input input--short"
            value={categoryId ?? ''}
            onChange={(event) => setCategoryId(event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">{t('tickets.keywords.allCategories')}</option>
            {parents.map((parent) => (
              <optgroup key={parent.id} label={name(parent)}>
                <option value={parent.id}>{name(parent)}</option>
                {categories
                  .filter((c) => c.parentId === parent.id)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {'\u3000' + name(c)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="keywords__control">
          <span className="field__label" id={`${ids.period}-scope`}>
            {t('tickets.keywords.scope')}
          </span>
          <div className="segmented" role="group" aria-labelledby={`${ids.period}-scope`}>
            {(['complaint', 'all'] as const).map((s) => (
              <button
                key={s}
                type="button"
                className="segmented__option"
                aria-pressed={scope === s}
                onClick={() => setScope(s)}
              >
                {t(`tickets.keywords.scopes.${s}`)}
              </button>
            ))}
          </div>
        </div>
        {busy && <span className="spinner" aria-label={t('common.loading')} />}
      </div>

      {loaded?.error && <ErrorAlert title={t('tickets.keywords.failed')} error={loaded.error} />}
      {!loaded && <p className="muted">{t('common.loading')}</p>}
      {loaded && !loaded.error && keywords.length === 0 && (
        <p className="keywords__empty" data-testid="keywords-empty">
          {t('tickets.keywords.empty')}
        </p>
      )}
      {keywords.length > 0 && (
        <div className="keywords__body" data-testid="keywords">
          <KeywordChart keywords={keywords} onPick={onSearch} />
          <table className="keywords__table">
            <caption className="sr-only">{t('tickets.keywords.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tickets.keywords.term')}</th>
                <th scope="col">{t('tickets.keywords.count')}</th>
                <th scope="col">{t('tickets.keywords.tickets')}</th>
              </tr>
            </thead>
            <tbody>
              {keywords.map((k) => (
                <tr key={k.term}>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      title={t('tickets.keywords.searchFor', { term: k.term })}
                      onClick={() => onSearch(k.term)}
                    >
                      {k.term}
                    </button>
                  </td>
                  <td className="num">{formatNumber(language, k.count)}</td>
                  <td className="num">{formatNumber(language, k.tickets)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
