import fs from 'node:fs';
import path from 'node:path';
import { parse, simpleTraverse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';

/**
 * The query builders allowed to hand SQL text that is not one constant string to SQLite, with why that is safe.
 * Everything they splice in is an identifier from a code whitelist or sqlite_schema, a constant, or a number the
 * code computed - never a value from the user, which always travels as a bound parameter. A new place that builds
 * SQL text fails this test until it is reviewed and listed here (with its count).
 */
const BUILDERS: Record<string, { calls: number; why: string }> = {
  'electron/core/alerts/follow-up.ts': { calls: 1, why: 'LINK_SQL statement per follow-up kind, values bound' },
  'electron/core/alerts/inbox.ts': { calls: 2, why: 'LIST_SQL and ONE_SQL constants built from the SELECT constant, values bound' },
  'electron/core/alerts/rules.ts': { calls: 3, why: 'LIST/ENABLED/ONE constants built from the SELECT constant, values bound' },
  'electron/core/alerts/scopes.ts': { calls: 2, why: 'MEMBERS and NAMES statements per scope dimension (a constant map), key bound' },
  'electron/core/attachments/attachments.ts': { calls: 3, why: 'owner check from the OWNER_EXISTS constant per owner kind; the COLUMNS constant, values bound' },
  'electron/core/audits/audits.ts': { calls: 2, why: 'the SELECT constant with optional filters as bound NULL-or-value parameters' },
  'electron/core/audits/calibration.ts': { calls: 2, why: 'the SESSIONS constant with its id filter as a bound NULL-or-value parameter' },
  'electron/core/audits/samples.ts': { calls: 3, why: 'the SELECT constant; candidates with a stratum expression from the STRATUM_SQL whitelist, values bound' },
  'electron/core/audits/templates.ts': { calls: 2, why: 'the SELECT constant, values bound' },
  'electron/core/db/identifiers.ts': { calls: 1, why: 'quoteIdentifier over table names from sqlite_schema' },
  'electron/core/db/migrate.ts': { calls: 2, why: 'migration files shipped with the app; user_version is their number' },
  'electron/core/demo/generate.ts': { calls: 2, why: 'application id constant; bulk pragmas from a constant list' },
  'electron/core/demo/mystery.ts': { calls: 1, why: 'INSERT_VISIT constant of the visits module' },
  'electron/core/demo/write.ts': { calls: 3, why: 'quoteIdentifier over index names from sqlite_schema; constant column lists' },
  'electron/core/importers/convert/references.ts': { calls: 1, why: 'SOURCES constant per reference kind' },
  'electron/core/importers/run.ts': { calls: 2, why: 'cache size computed from the file size; COMMIT or ROLLBACK' },
  'electron/core/importers/write/indexes.ts': { calls: 2, why: 'index definitions read back from sqlite_schema' },
  'electron/core/importers/write/ticket-writer.ts': { calls: 4, why: 'TICKET_COLUMNS constant and ? placeholders' },
  'electron/core/improvement/action-checks.ts': { calls: 2, why: 'the AUDIT select constant plus a fixed WHERE, values bound' },
  'electron/core/improvement/actions.ts': { calls: 1, why: 'the SELECT constant of the module' },
  'electron/core/improvement/cycles.ts': { calls: 3, why: 'module constants: select statements and the COLUMNS of the cycle table' },
  'electron/core/improvement/references.ts': { calls: 1, why: 'statements from a constant table per link kind' },
  'electron/core/improvement/worksheets.ts': { calls: 2, why: 'the SELECT constant plus a fixed WHERE' },
  'electron/core/kpi/audit-source.ts': { calls: 1, why: 'AUDITS_SQL constant per scope dimension from the SCOPE_CONDITION whitelist, values bound' },
  'electron/core/kpi/charts.ts': { calls: 1, why: 'PARETO_SQL constant per scope dimension, values bound' },
  'electron/core/kpi/rollup.ts': { calls: 1, why: 'INSERT_SQL constant' },
  'electron/core/kpi/ticket-rows.ts': { calls: 5, why: 'statements built once from module constants (per clock, measure and scope dimension), values bound' },
  'electron/core/kpi/ticket-sums.ts': { calls: 1, why: 'one of two constant statements' },
  'electron/core/mystery/import/run.ts': { calls: 2, why: 'INSERT_VISIT constant; COMMIT or ROLLBACK' },
  'electron/core/mystery/programmes.ts': { calls: 3, why: 'the WAVES constant with optional filters as bound NULL-or-value parameters' },
  'electron/core/mystery/visits.ts': { calls: 4, why: 'the SELECT constant with bound NULL-or-value filters; INSERT_VISIT constant; one constant UPDATE per review move' },
  'electron/core/reference/categories.ts': { calls: 2, why: 'the SELECT constant plus a fixed WHERE' },
  'electron/core/reference/options.ts': { calls: 1, why: 'statement chosen by the REF_KINDS whitelist, values bound' },
  'electron/core/reports/scope-label.ts': { calls: 2, why: 'NAME_SQL constant per scope dimension, key bound' },
  'electron/core/sla/bulk-indexes.ts': { calls: 2, why: 'index definitions from a constant list' },
  'electron/core/surveys/import/run.ts': { calls: 2, why: 'INSERT_RESPONSE constant; COMMIT or ROLLBACK' },
  'electron/core/surveys/responses.ts': { calls: 4, why: 'PAGE_SQL chosen by a sort-column whitelist, COUNT/ONE/INSERT constants, values bound' },
  'electron/core/surveys/servqual.ts': { calls: 4, why: 'LIST/ONE/COUNT/ITEM_SUMS constants built from a fixed filter, values bound' },
  'electron/core/surveys/summary.ts': { calls: 2, why: 'TOTAL_SQL constant and GROUP_SQL per grouping from the SurveyGroup whitelist, values bound' },
  'electron/core/tickets/archive-index.ts': { calls: 1, why: 'one of two constant statements' },
  'electron/core/tickets/archive.ts': { calls: 1, why: 'statement of the archive search builder, values bound' },
  'electron/core/tickets/detail.ts': { calls: 2, why: 'constant column list plus a fixed WHERE' },
  'electron/core/tickets/export.ts': { calls: 1, why: 'WHERE and ORDER BY from the grid query builder' },
  'electron/core/tickets/grid-query.ts': { calls: 3, why: 'the grid query builder: column whitelist, bound values' },
  'electron/core/tickets/validate.ts': { calls: 1, why: 'statement from a constant map per reference kind, value bound' },
  'electron/core/tickets/write.ts': { calls: 2, why: 'INSERT_SQL constant; SET list of changed fields from the ticket field whitelist, values bound' },
  'electron/core/training/courses.ts': { calls: 1, why: 'the SELECT constant' },
  'electron/core/training/effect.ts': { calls: 2, why: 'TRAINEES_SQL and WINDOW_SQL constants, values bound' },
  'electron/core/training/kpis.ts': { calls: 1, why: 'STAFF statement per grouping (outlet or team)' },
  'electron/core/training/matrix.ts': { calls: 1, why: 'the STAFF constant, values bound' },
  'electron/core/training/plans.ts': { calls: 2, why: 'the SELECT constant, values bound' },
  'electron/core/training/sessions.ts': { calls: 1, why: 'the SELECT constant, values bound' },
  'electron/core/workspace/file.ts': { calls: 2, why: 'APPLICATION_ID constant' },
};

const SQL_METHODS = new Set(['prepare', 'exec', 'pragma']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** A call on a database connection (`db`, `this.db`, `…Db`) whose first argument is anything but one constant string. */
function builtSqlCalls(file: string): number[] {
  const ast = parse(fs.readFileSync(file, 'utf8'), { loc: true, jsx: file.endsWith('x') });
  const lines: number[] = [];
  simpleTraverse(ast, {
    enter(node: TSESTree.Node) {
      if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return;
      const { object, property } = node.callee;
      if (property.type !== 'Identifier' || !SQL_METHODS.has(property.name)) return;
      const name = object.type === 'Identifier' ? object.name : object.type === 'MemberExpression' && object.property.type === 'Identifier' ? object.property.name : '';
      if (!/(^db$|Db$|^database$)/.test(name)) return;
      const sql = node.arguments[0];
      if (!sql) return;
      if (sql.type === 'Literal' && typeof sql.value === 'string') return;
      if (sql.type === 'TemplateLiteral' && sql.expressions.length === 0) return;
      lines.push(node.loc.start.line);
    },
  });
  return lines;
}

describe('SQL is never built from values', () => {
  it('only the reviewed query builders hand SQLite text that is not one constant string', () => {
    const found: Record<string, number[]> = {};
    for (const file of [...sourceFiles('electron'), ...sourceFiles('shared')]) {
      const lines = builtSqlCalls(file);
      if (lines.length > 0) found[file.split(path.sep).join('/')] = lines;
    }
    const outside = Object.entries(found)
      .filter(([file, lines]) => BUILDERS[file]?.calls !== lines.length)
      .map(([file, lines]) => `${file}: lines ${lines.join(', ')} (reviewed: ${BUILDERS[file]?.calls ?? 0})`);
    expect(outside, 'SQL text built outside the reviewed builders: bind the values, or review and list the builder').toEqual([]);
    // A builder that no longer builds SQL leaves the list too, so the list stays the truth.
    expect(Object.keys(BUILDERS).filter((file) => !found[file])).toEqual([]);
  });

  it('the renderer and shared code hold no SQL at all', () => {
    const sqlish = /\b(SELECT\s+[\w*]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b/;
    const offenders = [...sourceFiles('renderer/src'), ...sourceFiles('shared')].filter((f) => sqlish.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
