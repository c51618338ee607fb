import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Wave } from '../../../../../shared/schemas/mystery';
import { call, newJobId } from '../../../api/client';
import { FileImportDialog } from '../../../components/FileImportDialog';

/** Import a wave's visit results from CSV or XLSX: all or nothing, as drafts or published at once. */
export function ImportDialog({ wave, onClose, onImported }: { wave: Wave; onClose: () => void; onImported: (notice: string) => void }) {
  const { t } = useTranslation();
  const [publish, setPublish] = useState(false);
  return (
    <FileImportDialog
      title={t('mystery.import.title')}
      layout={t('mystery.import.layout')}
      allowSkipInvalid={false}
      run={(options) =>
        call('mystery.import.run', {
          jobId: newJobId('mystery-import'),
          waveId: wave.id,
          path: options.path,
          dryRun: options.dryRun,
          publish,
          language: options.language,
        })
      }
      onClose={onClose}
      onImported={(summary) => onImported(t('fileImport.done', { total: summary.total, inserted: summary.inserted, rejected: summary.rejected }))}
    >
      <p className="muted">{t('mystery.import.wave', { wave: wave.name })}</p>
      <label className="file-import__check">
        <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} />
        <span>{t('mystery.import.publish')}</span>
      </label>
    </FileImportDialog>
  );
}
