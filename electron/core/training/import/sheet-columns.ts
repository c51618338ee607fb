import type { SessionDetail } from '../../../../shared/schemas/training.ts';
import { locateColumns, type ColumnSpec } from '../../importers/convert/fixed-columns.ts';

/** Column key of an assessment part: the file names the part as the course does. */
export const partKey = (partId: number): string => `part:${partId}`;

/**
 * A session's score sheet (README "Training score import"): the trainee by employee number or name, attendance,
 * and one column per assessment part headed with the part's name. At least a trainee column and one of the others.
 */
export function locateSheetColumns(headers: readonly string[], session: SessionDetail): Map<string, number> {
  const specs: ColumnSpec[] = [
    { key: 'employeeNo', names: ['employeeNo', 'employee_no', '工号', '员工编号'], required: false },
    { key: 'name', names: ['name', 'trainee', '姓名', '学员'], required: false },
    { key: 'attended', names: ['attended', 'attendance', '出勤'], required: false },
    ...session.parts.map((p) => ({ key: partKey(p.id), names: [p.name], required: false })),
  ];
  return locateColumns(headers, specs, [
    { keys: ['employeeNo', 'name'], label: '工号 / 姓名 (employeeNo / name)' },
    { keys: ['attended', ...session.parts.map((p) => partKey(p.id))], label: ['出勤 (attended)', ...session.parts.map((p) => p.name)].join(' / ') },
  ]);
}
