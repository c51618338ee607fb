import type { Catalog } from './zh-CN.ts';
import { backupEn } from './backup/en.ts';
import { settingsEn } from './settings/en.ts';
import { ticketsEn } from './tickets/en.ts';
import { ticketEn } from './ticket/en.ts';
import { ticketImportEn } from './ticket-import/en.ts';
import { kpiEn } from './kpi/en.ts';
import { improvementEn } from './improvement/en.ts';
import { trainingEn } from './training/en.ts';
import { fileImportEn } from './file-import/en.ts';
import { surveysEn } from './surveys/en.ts';
import { reportsEn } from './reports/en.ts';
import { auditsEn } from './audits/en.ts';
import { alertsEn } from './alerts/en.ts';
import { mysteryEn } from './mystery/en.ts';
import { attachmentsEn } from './attachments/en.ts';

/** English catalog. Typed as the Chinese catalog's shape: a missing or extra key is a type error. */
export const en: Catalog = {
  tickets: ticketsEn,
  ticket: ticketEn,
  ticketImport: ticketImportEn,
  kpi: kpiEn,
  improvement: improvementEn,
  training: trainingEn,
  backup: backupEn,
  surveys: surveysEn,
  fileImport: fileImportEn,
  reports: reportsEn,
  audits: auditsEn,
  alerts: alertsEn,
  mystery: mysteryEn,
  attachments: attachmentsEn,
  app: {
    name: 'Service Quality Console',
    tagline:
      'An offline workbench for service-quality managers: tickets and complaints, quality audits, mystery shopping, training, continuous improvement and KPI reports, kept in a local file you choose.',
    version: 'Version {{version}}',
    skipToContent: 'Skip to main content',
    fatalTitle: 'The screen ran into an unexpected error',
    fatalBody: 'Your data is stored in the workspace file and is not affected. Reload the page to continue.',
    reload: 'Reload',
    noHostTitle: 'Not connected to the console host',
    noHostBody:
      'Open the console from the desktop app, or run npm run web in a terminal and open the address it prints.',
    bootFailedTitle: 'The console could not start',
  },
  language: {
    label: 'Interface language',
    'zh-CN': '中文',
    en: 'English',
  },
  common: {
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    saving: 'Saving…',
    discard: 'Discard changes',
    loading: 'Loading…',
    pleaseWait: 'Please wait…',
    listSeparator: ', ',
    none: '(none)',
  },
  start: {
    actionsLabel: 'Get started',
    demo: {
      title: 'Open demo workspace',
      body: 'A year of simulated data from a home-appliance after-sales network: outlets, staff, customers and tickets. A good way to get to know the console.',
      running: 'Preparing the demo workspace…',
      progress: '{{done}} / {{total}}',
      progressLabel: 'Demo workspace generation progress',
      cancel: 'Cancel',
      cancelling: 'Cancelling…',
      cancelled: 'Demo generation was cancelled; no file was created.',
      failed: 'The demo workspace could not be opened',
    },
    create: {
      title: 'New workspace…',
      body: 'Create an empty workspace file for your own data, entered or imported.',
    },
    open: {
      title: 'Open workspace…',
      body: 'Open a workspace file (.sqlite) you created before.',
    },
    openFailed: 'The workspace could not be opened',
    recent: {
      title: 'Recent workspaces',
      empty: 'No recent workspaces yet. Workspaces you create or open will be listed here.',
      missing: 'File no longer exists',
      lastOpened: 'Last opened {{when}}',
      openNamed: 'Open {{name}}',
      remove: 'Remove from list',
      removeNamed: 'Remove {{name}} from the recent list',
      forgetFailed: 'The file could not be removed from the list',
    },
  },
  demoPhase: {
    prepare: 'Preparing',
    reference: 'Creating outlets, staff, products and customers',
    tickets: 'Creating tickets',
    indexes: 'Building indexes',
    repeats: 'Linking repeat complaints and second follow-ups',
    archive: 'Building the full-text search index',
    kpi: 'Summarising the KPIs',
    statistics: 'Updating query statistics',
    other: 'Creating demo data',
  },
  pathDialog: {
    createTitle: 'New workspace',
    openTitle: 'Open workspace',
    label: 'Full path of the workspace file',
    createHint: 'A new file is created at this location; an existing file is never overwritten.',
    openHint: 'Enter the full path of an existing workspace file.',
    createSubmit: 'Create',
    openSubmit: 'Open',
    required: 'Enter a file path.',
    defaultFileName: 'quality-workspace.sqlite',
  },
  shell: {
    navLabel: 'Areas',
    demoBadge: 'Demo',
    workspaceLabel: 'Current workspace: {{path}}',
    closeWorkspace: 'Close workspace',
    closeFailed: 'The workspace could not be closed',
    documentTitle: '{{area}} · {{workspace}} · {{app}}',
  },
  areas: {
    dashboard: {
      title: 'Dashboard',
      summary:
        'Key indicators against their targets — first response time, resolution rate, first-contact resolution, satisfaction — with threshold alerts and drill-down by outlet, team, channel, category and period.',
    },
    alerts: {
      title: 'Alerts',
      summary:
        'Threshold and consecutive-period rules over any KPI and scope, evaluated after every data change; acknowledge alerts in the inbox and open a fishbone, 5-Why, PDCA cycle or corrective action in one click.',
    },
    tickets: {
      title: 'Tickets',
      summary:
        'Import and record tickets and complaints — channel, type, category, severity, outlet and assignee, every timestamp, callbacks and satisfaction scores — spot repeat complaints and track each case against its service-level targets.',
    },
    audits: {
      title: 'Audits',
      summary:
        'Each month, sample service records (call recordings, chat logs, onsite records) and score them against the service quality standard handbook — attitude, timeliness, professionalism, process compliance — and turn findings into corrective actions.',
    },
    mystery: {
      title: 'Mystery shopper',
      summary:
        'Run mystery-shopper waves: trained surveyors visit outlets as ordinary customers and score the whole journey — response speed, product knowledge, attitude, environment — with results per outlet, wave and section, and trends across waves.',
    },
    training: {
      title: 'Training',
      summary:
        'Log training sessions, attendance and assessment scores for many trainees at once; follow pass rates, certification expiry and 30/60/90-day improvement plans for low performers.',
    },
    surveys: {
      title: 'Surveys',
      summary:
        'Design and analyse satisfaction surveys — CSAT, NPS, CES and the five SERVQUAL dimensions — and compare what customers expected with what they experienced.',
    },
    pdca: {
      title: 'Improvement (PDCA)',
      summary:
        'Manage quarterly improvement plans through Plan–Do–Check–Act: monitor the data, evaluate pilots, standardise what worked, or start the next cycle.',
    },
    rca: {
      title: 'Root cause',
      summary:
        'Find root causes with fishbone diagrams (man, machine, material, method, environment, measurement) and 5-Why chains, mark and verify the likely causes, then decide countermeasures.',
    },
    actions: {
      title: 'Actions',
      summary:
        'Track the corrective and improvement actions that come out of audits, root-cause analyses and improvement plans: owner, due date and completion.',
    },
    reports: {
      title: 'Reports',
      summary:
        'Produce the monthly service-quality analysis report and the half-year effectiveness report as PDF, self-contained HTML or Excel files that executives understand at a glance.',
    },
    settings: {
      title: 'Settings',
      summary: "The workspace's time zone, working calendar and repeat-complaint window.",
    },
  },
  dashboard: {
    factsTitle: 'Data in this workspace',
    factsHint: 'Actual record counts in the open workspace file.',
    loadFailed: 'The workspace summary could not be read',
  },
  tables: {
    tickets: 'Tickets',
    customers: 'Customers',
    outlets: 'Outlets',
    staff: 'Staff',
    teams: 'Teams',
    products: 'Products',
  },
  weekdays: {
    '1': 'Mon',
    '2': 'Tue',
    '3': 'Wed',
    '4': 'Thu',
    '5': 'Fri',
    '6': 'Sat',
    '7': 'Sun',
  },
  settings: {
    ...settingsEn,
    fileTitle: 'Workspace file',
    file: {
      path: 'File path',
      schemaVersion: 'Schema version',
      size: 'File size',
      integrity: 'Integrity check',
      integrityOk: 'OK',
      integrityProblem: 'Problems found: {{detail}}',
    },
    formTitle: 'Workspace settings',
    formHint: 'Stored in the workspace file; they drive service-level clocks and reports.',
    timeZone: {
      label: 'Time zone',
      hint: 'Used for service-level clocks and for daily, weekly and monthly figures.',
      option: '{{id}} ({{name}}, {{offset}})',
    },
    reportLanguage: {
      label: 'Default report language',
      hint: 'The language of reports exported from this workspace unless you choose another.',
    },
    workdays: {
      label: 'Working days',
      hint: 'Service-level clocks run only during working hours on working days.',
    },
    hours: {
      label: 'Working hours',
      hint: 'Working periods of each working day, e.g. 09:00–12:00 and 13:30–18:00 (with a lunch break between).',
      startOf: 'Start of period {{n}}',
      endOf: 'End of period {{n}}',
      add: 'Add period',
      remove: 'Remove this period',
      removeOf: 'Remove period {{n}}',
    },
    repeatWindow: {
      label: 'Repeat-complaint window',
      hint: 'A complaint from the same customer in the same category within this many days after closure counts as a repeat.',
      unit: 'days',
      value_one: '{{count}} day',
      value_other: '{{count}} days',
    },
    errors: {
      timeZone: 'Choose a valid time zone.',
      language: 'Choose a report language.',
      noWorkdays: 'Choose at least one working day.',
      workdays: 'The working days are not valid.',
      time: 'Enter a 24-hour time as HH:MM, e.g. 09:00.',
      intervalOrder: 'The end must be later than the start.',
      overlap: 'This period overlaps the one before it.',
      hoursCount: 'Set between 1 and {{max}} working periods.',
      repeatWindow: 'Enter a whole number from {{min}} to {{max}}.',
      summary: 'Some fields need attention; see the marked fields below.',
    },
    saved: 'Settings saved.',
    saveFailed: 'The settings could not be saved',
    loadFailed: 'The settings could not be read',
    unsaved: 'You have unsaved changes.',
    historyTitle: 'Recent changes',
    historyArrow: 'changed to',
    historyEmpty: 'No changes recorded yet.',
    keys: {
      timeZone: 'Time zone',
      language: 'Default report language',
      workingCalendar: 'Working calendar',
      repeatWindowDays: 'Repeat-complaint window',
      holidays: 'Holidays and make-up working days',
      pauseStatuses: 'Statuses that pause the clock',
      escalationThreshold: 'Escalation threshold',
    },
  },
  errors: {
    INVALID_INPUT: 'Some input is not valid. Check it and try again.',
    UNKNOWN_METHOD:
      'The screen asked the host for an operation it does not know. Make sure both come from the same version.',
    NO_WORKSPACE: 'No workspace is open. Open or create one first.',
    NOT_FOUND: 'The record was not found; it may have been deleted.',
    CONFLICT: 'This conflicts with another operation in progress. Try again in a moment.',
    CONFLICT_locked: 'This workspace is already open in another console window ({{lockedBy.user}} on {{lockedBy.host}}, process {{lockedBy.pid}}). Close it there first.',
    FILE_EXISTS: 'The file already exists. Choose another name, or use “Open workspace” to open it.',
    FILE_EXISTS_path: '“{{path}}” already exists. Choose another name, or use “Open workspace” to open it.',
    FILE_NOT_FOUND: 'The file or folder was not found. Check the path.',
    FILE_NOT_FOUND_path: '“{{path}}” was not found. Check the path.',
    WORKSPACE_TOO_NEW:
      'This workspace was written by a newer version of the console. Update the console to open it.',
    WORKSPACE_TOO_NEW_versions:
      'This workspace was written by a newer version of the console (schema {{fileVersion}}; this version supports up to {{supportedVersion}}). Update the console to open it.',
    WORKSPACE_INVALID: 'This file is not a service quality console workspace.',
    WORKSPACE_INVALID_path: '“{{path}}” is not a service quality console workspace.',
    WORKSPACE_DAMAGED:
      'The workspace file is damaged and cannot be opened. If you have a backup, use that instead.',
    WORKSPACE_DAMAGED_path:
      'The workspace file “{{path}}” is damaged and cannot be opened. If you have a backup, use that instead.',
    IO_ERROR: 'A file could not be read or written, or the console host could not be reached.',
    IO_ERROR_path:
      '“{{path}}” could not be read or written. Check that the folder exists and that you may write to it.',
    CANCELLED: 'The operation was cancelled.',
    NOT_SUPPORTED: 'This is not supported when the console runs this way.',
    FORBIDDEN:
      'The console host refused the request. Reload the page; if that does not help, restart the console.',
    INTERNAL: 'Something went wrong inside the console; the operation did not complete.',
    technical: 'Technical details',
  },
};
