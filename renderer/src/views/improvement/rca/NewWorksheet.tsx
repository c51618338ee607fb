import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FISHBONE_TEMPLATES,
  type RcaKind,
  type WorksheetContent,
} from '../../../../../shared/schemas/improvement';
import { call, toApiError, type ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { PageHeader } from '../../../components/PageHeader';
import { improvementZh } from '../../../../../shared/i18n/improvement/zh-CN';
import { OptionSelect } from '../OptionSelect';
import { useCycleOptions } from '../references';
import { go } from '../route';
import { newId } from './fishboneTree';

type Template = (typeof FISHBONE_TEMPLATES)[number];
const BONE_KEYS = {
  sixM: Object.keys(improvementZh.rca.bones.sixM) as (keyof typeof improvementZh.rca.bones.sixM)[],
  service: Object.keys(improvementZh.rca.bones.service) as (keyof typeof improvementZh.rca.bones.service)[],
};

/** A new fishbone (from a template, labelled in the UI language) or 5-Why, optionally inside a cycle. */
export function NewWorksheet({ kind, cycleId }: { kind: RcaKind; cycleId: number | null }) {
  const { t } = useTranslation();
  const cycles = useCycleOptions();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState('');
  const [cycle, setCycle] = useState(cycleId);
  const [template, setTemplate] = useState<Template>('sixM');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const content = (): WorksheetContent => {
    if (kind === 'five_why') return { kind: 'five_why', whys: [] };
    const labels =
      template === 'blank'
        ? []
        : BONE_KEYS[template].map((key) =>
            t(`improvement.rca.bones.${template}.${key}` as 'improvement.rca.bones.sixM.man'),
          );
    return {
      kind: 'fishbone',
      template,
      bones: labels.map((label) => ({ id: newId('b'), label, causes: [] })),
    };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    try {
      const created = await call('rca.create', {
        kind,
        head: { title: title.trim(), problem, cycleId: cycle },
        content: content(),
      });
      go(`rca/${created.id}`);
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('improvement.rca.createTitle', { kind: t(`improvement.rca.kinds.${kind}`) })}>
        <a href="#/rca" className="back-link">
          ← {t('improvement.rca.list')}
        </a>
      </PageHeader>
      <form className="card cycle-section improvement-form" onSubmit={submit} noValidate>
        <Field
          label={t('improvement.rca.fields.title')}
          error={missing && title.trim() === '' ? t('improvement.rca.titleRequired') : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={title}
              maxLength={200}
              autoFocus
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('improvement.rca.fields.problem')}>
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={2}
              maxLength={2000}
              value={problem}
              onChange={(e) => setProblem(e.target.value)}
            />
          )}
        </Field>
        {kind === 'fishbone' && (
          <fieldset className="radio-group">
            <legend className="field__label">{t('improvement.rca.fields.template')}</legend>
            {FISHBONE_TEMPLATES.map((tpl) => (
              <label key={tpl} className="check">
                <input
                  type="radio"
                  name="template"
                  value={tpl}
                  checked={template === tpl}
                  onChange={() => setTemplate(tpl)}
                />
                {t(`improvement.rca.templates.${tpl}`)}
              </label>
            ))}
          </fieldset>
        )}
        <Field label={t('improvement.rca.fields.cycle')}>
          {(control) => (
            <OptionSelect
              control={control}
              options={cycles.status === 'ready' ? cycles.data : []}
              value={cycle}
              empty={t('improvement.actions.noCycle')}
              onChange={setCycle}
            />
          )}
        </Field>
        {error && <ErrorAlert title={t('improvement.common.saveFailed')} error={error} />}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('improvement.common.create')}
          </button>
          <a className="button" href={cycleId ? `#/pdca/${cycleId}` : '#/rca'}>
            {t('common.cancel')}
          </a>
        </div>
      </form>
    </>
  );
}
