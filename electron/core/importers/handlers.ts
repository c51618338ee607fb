import type { HandlerGroup } from '../handlers.ts';
import { deleteMapping, exportMapping, listMappings, readMappingFile, saveMapping } from './mapping/store.ts';
import { previewImport } from './preview.ts';
import { runImport } from './run.ts';

export const importHandlers = {
  'import.preview': ({ path, mapping, rows }, session) => previewImport(session.db(), path, mapping ?? null, rows),
  'import.run': ({ jobId, path, mapping, dryRun, skipInvalid, errorReportPath, language }, session) => {
    const workspacePath = session.workspace?.summary.path ?? session.db().name;
    return session.jobs.run(jobId, async (job) => {
      const outcome = await runImport(
        { workspacePath, actor: session.actor, path, mapping, dryRun, skipInvalid, errorReportPath: errorReportPath ?? null, language },
        job,
      );
      return outcome.summary;
    });
  },
  'import.mappings.list': (_input, session) => listMappings(session.db()),
  'import.mappings.save': ({ mapping }, session) => saveMapping(session.db(), session.actor, mapping),
  'import.mappings.delete': ({ name }, session) => deleteMapping(session.db(), session.actor, name),
  'import.mappings.export': ({ name, path }, session) => exportMapping(session.db(), name, path),
  'import.mappings.read': ({ path }) => readMappingFile(path),
} satisfies HandlerGroup;
