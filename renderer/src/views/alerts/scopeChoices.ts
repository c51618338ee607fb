import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, CUSTOMER_SEGMENTS } from '../../../../shared/domain/enums';
import type { ScopeDim } from '../../../../shared/schemas/kpi';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { useLanguage } from '../../i18n/useLanguage';

const REF_KIND = { outlet: 'outlets', team: 'teams', agent: 'staff', category: 'categories' } as const;

export interface ScopeChoice {
  key: string;
  label: string;
}

/** Members of a scope dimension: records of the workspace, channels and segments from the enumerations. */
export function useScopeChoices(dim: ScopeDim): ScopeChoice[] | null {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const load = useCallback(async (): Promise<ScopeChoice[]> => {
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
