import { useId, useMemo, useState } from 'react';
import type { CustomFilterDisplayProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';

export interface SetOption {
  /** The stored value the contract filters by (an enum id, a tier, a category id, 'true' / 'false' / ''). */
  value: string;
  label: string;
  /** A sub-option (a sub-category) under the option of this value; ticking the parent ticks all of them. */
  parent?: string;
}

export interface SetModel {
  filterType: 'set';
  values: string[];
}

export interface SetFilterParams {
  options: readonly SetOption[];
}

/** Long lists (categories) get a search box. */
const SEARCH_FROM = 9;

/**
 * The set filter of enumerated columns (status, channel, tier, category, SLA verdicts…): AG Grid's own set filter is
 * an Enterprise feature, so this is ours. Everything ticked is no filter at all; the model is the contract's set
 * filter, so the grid hands it to the datasource as is.
 */
export function SetFilter({
  model,
  onModelChange,
  options,
}: CustomFilterDisplayProps<unknown, unknown, SetModel> & SetFilterParams) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const searchId = useId();
  const chosen = useMemo(() => {
    if (!model) return new Set(options.map((o) => o.value));
    // A parent in the model stands for its children (the contract filters categories that way).
    const values = new Set(model.values);
    return new Set(
      options
        .filter((o) => values.has(o.value) || (o.parent !== undefined && values.has(o.parent)))
        .map((o) => o.value),
    );
  }, [model, options]);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return needle ? options.filter((o) => o.label.toLowerCase().includes(needle)) : options;
  }, [options, search]);

  const commit = (next: Set<string>) => {
    const all = options.every((o) => next.has(o.value));
    // Children of a chosen parent are implied by it; sending them too would only lengthen the query.
    const values = options.filter(
      (o) => next.has(o.value) && !(o.parent !== undefined && next.has(o.parent)),
    );
    onModelChange(all ? null : { filterType: 'set', values: values.map((o) => o.value) });
  };
  const toggle = (option: SetOption, on: boolean) => {
    const next = new Set(chosen);
    const children = options.filter((o) => o.parent === option.value);
    for (const o of [option, ...children]) {
      if (on) next.add(o.value);
      else next.delete(o.value);
    }
    if (option.parent !== undefined) {
      const siblings = options.filter((o) => o.parent === option.parent);
      if (on && siblings.every((o) => next.has(o.value))) next.add(option.parent);
      if (!on) next.delete(option.parent);
    }
    commit(next);
  };

  return (
    <div className="set-filter">
      {options.length >= SEARCH_FROM && (
        <input
          id={searchId}
          className="input set-filter__search"
          type="search"
          value={search}
          placeholder={t('tickets.setFilter.searchPlaceholder')}
          aria-label={t('tickets.setFilter.searchPlaceholder')}
          onChange={(event) => setSearch(event.target.value)}
        />
      )}
      <div className="set-filter__bulk">
        <button
          type="button"
          className="button button--small"
          onClick={() => commit(new Set(options.map((o) => o.value)))}
        >
          {t('tickets.setFilter.all')}
        </button>
        <button type="button" className="button button--small" onClick={() => commit(new Set())}>
          {t('tickets.setFilter.none')}
        </button>
      </div>
      <ul className="set-filter__list">
        {shown.map((option) => (
          <li key={option.value} className={option.parent === undefined ? undefined : 'set-filter__child'}>
            <label className="set-filter__option">
              <input
                type="checkbox"
                checked={chosen.has(option.value)}
                onChange={(event) => toggle(option, event.target.checked)}
              />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="muted">{t('tickets.setFilter.noMatch')}</li>}
      </ul>
    </div>
  );
}
