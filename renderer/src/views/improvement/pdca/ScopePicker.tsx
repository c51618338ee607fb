import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SCOPE_KINDS, type CycleFields } from '../../../../../shared/schemas/improvement';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Field } from '../../../components/Field';
import { OptionSelect } from '../OptionSelect';

const KIND = { outlet: 'outlets', team: 'teams', category: 'categories' } as const;

/** Scope of a cycle: the whole organisation, or one outlet, team or category picked from the workspace's own. */
export function ScopePicker({
  kind,
  id,
  error,
  onChange,
}: {
  kind: CycleFields['scopeKind'];
  id: number | null;
  error?: string | undefined;
  onChange: (kind: CycleFields['scopeKind'], id: number | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const load = useCallback(
    () =>
      kind === 'organisation'
        ? Promise.resolve([])
        : call('ref.options', { kind: KIND[kind], limit: 1000 }).then((rows) =>
            rows.map((r) => ({ id: r.id, label: i18n.language === 'en' && r.labelEn ? r.labelEn : r.label })),
          ),
    [kind, i18n.language],
  );
  const options = useResource(load);
  return (
    <div className="form-grid">
      <Field label={t('improvement.pdca.fields.scopeKind')}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={kind}
            onChange={(e) => onChange(e.target.value as CycleFields['scopeKind'], null)}
          >
            {SCOPE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`improvement.pdca.scopeKinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind !== 'organisation' && (
        <Field label={t('improvement.pdca.fields.scopeItem')} error={error}>
          {(control) => (
            <OptionSelect
              control={control}
              options={options.status === 'ready' ? options.data : []}
              value={id}
              empty={t('improvement.common.staffPlaceholder')}
              onChange={(next) => onChange(kind, next)}
            />
          )}
        </Field>
      )}
    </div>
  );
}
