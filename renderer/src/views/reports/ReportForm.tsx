import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain/enums';
import type { KpiScope } from '../../../../shared/schemas/kpi';
import {
  REPORT_FORMATS,
  REPORT_KINDS,
  REPORT_SECTIONS,
  ReportRequest,
  type ReportDefaults,
  type ReportFormat,
  type ReportKind,
  type ReportSection,
} from '../../../../shared/schemas/reports';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { ScopePicker } from '../dashboard/ScopePicker';

const FIELDS = ['period', 'scope', 'formats', 'sections', 'outDir'] as const;
const isField = (field: string): field is (typeof FIELDS)[number] =>
  (FIELDS as readonly string[]).includes(field);

const HINT = {
  monthly: 'periodHintMonthly',
  halfyear: 'periodHintHalf',
  custom: 'periodHintCustom',
} as const;

/** Toggle one value in a list, keeping the catalog's order. */
function toggled<T extends string>(all: readonly T[], list: T[], value: T): T[] {
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return all.filter((v) => next.includes(v));
}

/**
 * Type, period, scope, language, formats, (custom) sections, privacy and folder; checked with the contract's own
 * schema before anything is sent, so the messages match what the host would refuse.
 */
export function ReportForm({
  defaults,
  busy,
  onSubmit,
}: {
  defaults: ReportDefaults;
  busy: boolean;
  onSubmit: (request: ReportRequest) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ReportKind>('monthly');
  const [periods, setPeriods] = useState<Record<ReportKind, string>>({
    monthly: defaults.month ?? '',
    halfyear: defaults.halfYear ?? '',
    custom: defaults.month ? defaults.month.slice(0, 4) : '',
  });
  const [scope, setScope] = useState<KpiScope>({ dim: 'org', key: '' });
  const [language, setLanguage] = useState<Language>(defaults.language);
  const [formats, setFormats] = useState<ReportFormat[]>(
    defaults.pdf.available ? [...REPORT_FORMATS] : ['html', 'xlsx'],
  );
  const [sections, setSections] = useState<ReportSection[]>([...REPORT_SECTIONS]);
  const [mask, setMask] = useState(false);
  const [outDir, setOutDir] = useState(defaults.outDir);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = ReportRequest.safeParse({
      kind,
      period: periods[kind],
      scope,
      language,
      formats,
      ...(kind === 'custom' ? { sections } : {}),
      mask,
      outDir,
    });
    if (!parsed.success) {
      // The schema's own words are English for the CLI; the form says the same thing from the catalog.
      setErrors(
        Object.fromEntries(
          parsed.error.issues.map((i) => {
            const field = String(i.path[0] ?? '');
            return [field, t(`reports.screen.invalid.${isField(field) ? field : 'other'}`)];
          }),
        ),
      );
      return;
    }
    setErrors({});
    onSubmit(parsed.data);
  };

  return (
    <form className="card report-form" onSubmit={submit} aria-labelledby="report-form-title" noValidate>
      <h2 id="report-form-title" className="card__title">
        {t('reports.screen.form')}
      </h2>
      <fieldset className="report-choices">
        <legend className="field__label">{t('reports.screen.kind')}</legend>
        {REPORT_KINDS.map((k) => (
          <label key={k} className="report-check">
            <input
              type="radio"
              name="report-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            <span>{t(`reports.file.kinds.${k}`)}</span>
          </label>
        ))}
      </fieldset>
      <Field
        label={t('reports.screen.period')}
        hint={t(`reports.screen.${HINT[kind]}`)}
        error={errors['period']}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            value={periods[kind]}
            onChange={(e) => setPeriods({ ...periods, [kind]: e.target.value })}
          />
        )}
      </Field>
      <ScopePicker value={scope} onChange={setScope} />
      {errors['scope'] && <p className="field__error">{errors['scope']}</p>}
      <Field label={t('reports.screen.language')}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={language}
            onChange={(e) => setLanguage(e.target.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="report-choices">
        <legend className="field__label">{t('reports.screen.formats')}</legend>
        {REPORT_FORMATS.map((f) => (
          <label key={f} className="report-check">
            <input
              type="checkbox"
              checked={formats.includes(f)}
              disabled={f === 'pdf' && !defaults.pdf.available}
              onChange={() => setFormats(toggled(REPORT_FORMATS, formats, f))}
            />
            <span>{t(`reports.screen.formatNames.${f}`)}</span>
          </label>
        ))}
        {errors['formats'] && <p className="field__error">{errors['formats']}</p>}
      </fieldset>
      {!defaults.pdf.available && (
        <Alert tone="info">
          <p>{t('reports.screen.pdfMissing')}</p>
        </Alert>
      )}
      {kind === 'custom' && (
        <fieldset className="report-choices report-form__sections">
          <legend className="field__label">{t('reports.screen.sections')}</legend>
          {REPORT_SECTIONS.map((s) => (
            <label key={s} className="report-check">
              <input
                type="checkbox"
                checked={sections.includes(s)}
                onChange={() => setSections(toggled(REPORT_SECTIONS, sections, s))}
              />
              <span>{t(`reports.file.sections.${s}`)}</span>
            </label>
          ))}
          {errors['sections'] && <p className="field__error">{errors['sections']}</p>}
        </fieldset>
      )}
      <label className="report-check">
        <input type="checkbox" checked={mask} onChange={(e) => setMask(e.target.checked)} />
        <span>{t('reports.screen.mask')}</span>
      </label>
      <Field label={t('reports.screen.outDir')} error={errors['outDir']}>
        {(control) => (
          <input {...control} className="input" value={outDir} onChange={(e) => setOutDir(e.target.value)} />
        )}
      </Field>
      <div className="report-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('reports.screen.generate')}
        </button>
      </div>
    </form>
  );
}
