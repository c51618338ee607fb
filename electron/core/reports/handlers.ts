import path from 'node:path';
import { QmFailure } from '../../../shared/errors.ts';
import type { ReportDefaults } from '../../../shared/schemas/reports.ts';
import type { HandlerGroup } from '../handlers.ts';
import { ticketCoverage } from '../kpi/coverage.ts';
import type { Session } from '../session.ts';
import { getSettings } from '../settings/service.ts';
import { exportReport } from './export.ts';
import { pdfPrinterFor } from './pdf.ts';
import { listRuns } from './store.ts';

function defaults(session: Session): ReportDefaults {
  const db = session.db();
  const settings = getSettings(db);
  const { tickets, lastDay: last } = ticketCoverage(db, settings.timeZone);
  const printer = pdfPrinterFor(session.options.pdfPrinter);
  const workspace = session.workspace?.summary.path ?? '';
  return {
    outDir: path.join(path.dirname(workspace), 'reports'),
    tickets,
    // The month and half year holding the newest ticket: what the monthly meeting discusses.
    month: last ? last.slice(0, 7) : null,
    halfYear: last ? `${last.slice(0, 4)}-H${Number(last.slice(5, 7)) <= 6 ? 1 : 2}` : null,
    language: settings.language,
    pdf: { available: printer !== null, engine: printer?.engine ?? null },
  };
}

export const reportHandlers = {
  'reports.defaults': (_input, session) => defaults(session),
  'reports.list': (_input, session) => listRuns(session.db()),
  'reports.export': ({ jobId, request }, session) => {
    const db = session.db();
    const printer = pdfPrinterFor(session.options.pdfPrinter);
    return session.jobs.run(jobId, (job) =>
      exportReport(db, { actor: session.actor, printer }, request, job),
    );
  },
  'reports.reveal': () => {
    throw new QmFailure('NOT_SUPPORTED', 'This host cannot open folders; the path is shown instead.');
  },
} satisfies HandlerGroup;
