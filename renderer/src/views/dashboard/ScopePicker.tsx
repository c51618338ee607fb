import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, CUSTOMER_SEGMENTS } from '../../../../shared/domain/enums';
import { SCOPE_DIMS, type KpiScope, type ScopeDim } from '../../../../shared/schemas/kpi';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { useLanguage } from '../../i18n/useLanguage';

const REF_KIND = { outlet: 'outlets', team: 'teams', agent: 'staff', category: 'categories' } as const;

interface Choice {
  key: string;
  label: string;
}

/** Options of a scope dimension: records from the workspace, channels and segments from the enumerations. */
function useChoices(dim: ScopeDim): Choice[] | null {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const load = useCallback(async (): Promise<Choice[]> => {
    if (dim === 'org') return [];
    if (dim === 'channel') return CHANNELS.map((c) => ({ key: c, label: t(`tickets.channel.${c}`) }));
    if (dim === 'segment')
      return CUSTOMER_SEGMENTS.map((s) => ({ key: s, label: t(`tickets.segment.${s}`) }));
    const options = await call('ref.options', { kind: REF_KIND[dim], limit: 1000 });
    return options.map((o) => ({
      key: String(o.id),
      label: language === 'en' && o.labelEn ? o.labelEn : o.label,
    }));
  }, [dim, t, language]);
  const choices = useResource(load);
  return choices.status === 'ready' ? choices.data : null;
}

/** Whole organisation, or one outlet, team, agent, channel, category or customer segment. */
export function ScopePicker({ value, onChange }: { value: KpiScope; onChange: (scope: KpiScope) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const choices = useChoices(value.dim);
  return (
    <fieldset className="scope-picker">
      <legend className="sr-only">{t('kpi.dashboard.scope')}</legend>
      <label className="field-inline" htmlFor={`${id}-dim`}>
        <span className="field-inline__label">{t('kpi.dashboard.scope')}</span>
        <select
          className="input"
          id={`${id}-dim`}
          value={value.dim}
          // A dimension without a chosen value shows the organisation until one is picked.
          onChange={(e) => onChange({ dim: e.target.value as ScopeDim, key: '' })}
        >
          {SCOPE_DIMS.map((dim) => (
            <option key={dim} value={dim}>
              {t(`kpi.scopeDims.${dim}`)}
            </option>
          ))}
        </select>
      </label>
      {value.dim !== 'org' && (
        <select
          className="input"
          value={value.key}
          onChange={(e) => onChange({ dim: value.dim, key: e.target.value })}
          aria-label={t('kpi.dashboard.scopeValue')}
          disabled={choices === null}
        >
          <option value="">{t('kpi.dashboard.chooseScopeValue')}</option>
          {(choices ?? []).map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </fieldset>
  );
}
