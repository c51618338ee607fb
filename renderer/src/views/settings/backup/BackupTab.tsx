import { useCallback } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { AuditExportCard } from './AuditExportCard';
import { BackupsCard } from './BackupsCard';
import { RetentionCard } from './RetentionCard';
import './backup.css';

const loadBackups = () => call('backup.list', {});

/** Backups of the open workspace (back up now, restore), their rotation, and the audit-log export. */
export function BackupTab() {
  const backups = useResource(loadBackups);
  const { reload } = backups;
  const changed = useCallback(() => reload(), [reload]);
  return (
    <div className="settings-layout">
      <div className="settings-layout__main">
        <BackupsCard backups={backups} onChanged={changed} />
      </div>
      <aside className="settings-layout__aside">
        <RetentionCard onSaved={changed} />
        <AuditExportCard />
      </aside>
    </div>
  );
}
