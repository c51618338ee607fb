import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyImportKind } from '../../../../shared/schemas/surveys';
import { call, newJobId } from '../../api/client';
import { FileImportDialog } from '../../components/FileImportDialog';

/** Import a CSV or XLSX of responses or SERVQUAL questionnaires (layout in README.md "Survey import"). */
export function ImportDialog({
  kind: initialKind,
  onClose,
  onImported,
}: {
  kind: SurveyImportKind;
  onClose: () => void;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<SurveyImportKind>(initialKind);
  return (
    <FileImportDialog
      title={t('surveys.import.title')}
      layout={t(kind === 'responses' ? 'surveys.import.layoutResponses' : 'surveys.import.layoutServqual')}
      allowSkipInvalid
      run={(options) => call('surveys.import.run', { jobId: newJobId('survey-import'), kind, ...options })}
      onClose={onClose}
      onImported={onImported}
    >
      <fieldset className="survey-import__kinds">
        <legend className="field__label">{t('surveys.import.kind')}</legend>
        {(['responses', 'servqual'] as const).map((k) => (
          <label key={k} className="survey-check">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            <span>
              {t(k === 'responses' ? 'surveys.import.kindResponses' : 'surveys.import.kindServqual')}
            </span>
          </label>
        ))}
      </fieldset>
    </FileImportDialog>
  );
}
