import fc from 'fast-check';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, type MethodName } from '../../../shared/api.ts';
import { ERROR_CODES } from '../../../shared/errors.ts';
import { generateDemoWorkspace } from '../../../electron/core/demo/generate.ts';
import { countRows } from '../../../electron/core/db/identifiers.ts';
import { newSession } from '../helpers/session.ts';

/**
 * Every contract method gets random and mutated inputs. Whatever arrives, dispatch answers with a result or a
 * typed error, never throws, and an input the contract refuses writes nothing.
 */
const RUNS = 10_000;
const methods = Object.keys(api) as MethodName[];

/**
 * Methods that, given an input that happens to be valid, would act outside the workspace (create or overwrite
 * files at random paths, close the session, start long jobs). They still get every invalid input.
 */
const ACTS_OUTSIDE_WORKSPACE = new Set<string>(
  methods.filter((m) => /^(workspace|demo|app)\./.test(m) || /export|import\.run|recompute/.test(m)),
);

/** The top-level keys a method's input object has, through zod's wrappers (default, pipe, refine, optional). */
function inputKeys(schema: z.ZodType): string[] {
  let current: unknown = schema;
  for (let depth = 0; depth < 10 && current; depth++) {
    if (current instanceof z.ZodObject) return Object.keys(current.shape);
    const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    current = def?.['innerType'] ?? def?.['in'] ?? def?.['schema'];
  }
  return [];
}

const hostileValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    "'; DROP TABLE tickets; --",
    'name; DROP TABLE tickets',
    '../../etc/passwd',
    '\u0000',
    '<script>alert(1)</script>',
    -1,
    Number.MAX_SAFE_INTEGER,
    Number.NaN,
    Infinity,
    1e308,
    '',
    ' '.repeat(10_000),
    [],
    {},
    null,
    true,
    { __proto__: { polluted: true } },
  ),
);

function inputFor(method: MethodName): fc.Arbitrary<unknown> {
  const keys = inputKeys(api[method].input as z.ZodType);
  const mutated = keys.length
    ? fc.dictionary(fc.constantFrom(...keys, 'extra', 'constructor'), hostileValue, { maxKeys: keys.length + 1 })
    : fc.dictionary(fc.string(), hostileValue, { maxKeys: 3 });
  return fc.oneof(hostileValue, mutated);
}

describe('the contract under hostile input', () => {
  const ctx = newSession();
  // Rows changed through the session's connection since it opened: any insert, update or delete moves it.
  const changes = () => ctx.session.db().prepare('SELECT total_changes() AS n').get() as { n: number };

  beforeAll(async () => {
    await generateDemoWorkspace(ctx.file, { tickets: 300, seed: 7 });
    const opened = await ctx.dispatch('workspace.open', { path: ctx.file });
    expect(opened.ok).toBe(true);
  }, 60_000);

  it(`answers ${RUNS} random and mutated inputs with a result or a typed error, and refused ones write nothing`, async () => {
    let refused = 0;
    let handled = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methods).chain((m) => fc.tuple(fc.constant(m), inputFor(m))),
        async ([method, input]) => {
          const valid = api[method].input.safeParse(input ?? {}).success;
          if (valid && ACTS_OUTSIDE_WORKSPACE.has(method)) return;
          const before = valid ? null : changes();
          const result = await ctx.dispatch(method, input);
          if (valid) handled++;
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(ERROR_CODES).toContain(result.error.code);
            expect(result.error.code).not.toBe('INTERNAL');
            expect(typeof result.error.message).toBe('string');
          }
          if (!valid) {
            refused++;
            expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
            expect(changes()).toEqual(before);
          }
        },
      ),
      { numRuns: RUNS, seed: 20_261_123 },
    );
    expect(refused).toBeGreaterThan(RUNS / 2);
    // Some inputs pass the contract and reach the services (mutations keep a method's own keys).
    expect(handled).toBeGreaterThan(100);
    const db = ctx.session.db();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(countRows(db, 'tickets')).toBe(300);

  }, 240_000);
});
