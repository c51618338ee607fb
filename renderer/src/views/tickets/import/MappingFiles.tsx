import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping } from '../../../../../shared/schemas/importers';
import { call } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { MappingFileDialog } from './MappingFileDialog';

type Notice = { tone: 'success' | 'error'; text: string } | null;

/** Next to the data file, under the mapping's name: where a user would look for it. */
function suggestedPath(dataPath: string, name: string): string {
  const cut = Math.max(dataPath.lastIndexOf('/'), dataPath.lastIndexOf('\\'));
  const folder = cut >= 0 ? dataPath.slice(0, cut + 1) : '';
  const safe = name.trim().replace(/[\\/:*?"<>|]+/g, '-') || 'mapping';
  return `${folder}${safe}.json`;
}

/**
 * A mapping as a JSON file (the format in README.md): export the current one under its name, or load one, e.g.
 * written by a colleague or kept beside the monthly exports.
 */
export function MappingFiles({
  dataPath,
  name,
  save,
  onLoaded,
}: {
  dataPath: string;
  /** The name typed for the mapping. */
  name: string;
  /** Save the current mapping under the name; resolves with the stored name. */
  save: (name: string) => Promise<string>;
  onLoaded: (mapping: ImportMapping) => void;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'export' | 'load' | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  return (
    <div className="mapping-files">
      <div className="import-file__row">
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setNotice(name.trim() ? null : { tone: 'error', text: t('ticketImport.mapping.nameRequired') });
            if (name.trim()) setDialog('export');
          }}
        >
          {t('ticketImport.mapping.exportFile')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setNotice(null);
            setDialog('load');
          }}
        >
          {t('ticketImport.mapping.loadFile')}
        </button>
      </div>
      {notice && (
        <Alert tone={notice.tone} onDismiss={() => setNotice(null)}>
          <p>{notice.text}</p>
        </Alert>
      )}
      {dialog === 'export' && (
        <MappingFileDialog
          title={t('ticketImport.mapping.exportTitle')}
          hint={t('ticketImport.mapping.exportHint')}
          submitLabel={t('ticketImport.mapping.exportSubmit')}
          initialPath={suggestedPath(dataPath, name)}
          onSubmit={async (path) => {
            const stored = await save(name.trim());
            const written = await call('import.mappings.export', { name: stored, path });
            setDialog(null);
            setNotice({ tone: 'success', text: t('ticketImport.mapping.exported', { path: written.path }) });
          }}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog === 'load' && (
        <MappingFileDialog
          title={t('ticketImport.mapping.loadTitle')}
          hint={t('ticketImport.mapping.loadHint')}
          submitLabel={t('ticketImport.mapping.loadSubmit')}
          initialPath={suggestedPath(dataPath, name)}
          onSubmit={async (path) => {
            const mapping = await call('import.mappings.read', { path });
            setDialog(null);
            onLoaded(mapping);
            setNotice({ tone: 'success', text: t('ticketImport.mapping.loaded', { name: mapping.name }) });
          }}
          onCancel={() => setDialog(null)}
        />
      )}
    </div>
  );
}
