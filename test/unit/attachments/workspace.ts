import fs from 'node:fs';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api.ts';
import { newSession } from '../helpers/session.ts';

/** A 1×1 PNG: a real image for preview. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A fresh workspace with one PDCA cycle, one log entry and one action to own files, driven through dispatch. */
export async function attachmentsWorkspace() {
  const ctx = newSession();
  const created = await ctx.dispatch('workspace.create', { path: ctx.file });
  if (!created.ok) throw new Error(created.error.message);
  const db = ctx.session.db();
  const ok = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await ctx.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const action = await ok('actions.save', {
    fields: { title: '整改话术', detail: '', kind: 'corrective', ownerId: null, dueOn: null, status: 'open', cycleId: null },
  });
  /** Write a file of the given bytes in the test folder and return its absolute path. */
  const file = (name: string, content: Buffer | string) => {
    const where = path.join(ctx.dir, 'files', name);
    fs.mkdirSync(path.dirname(where), { recursive: true });
    fs.writeFileSync(where, content);
    return where;
  };
  return { ...ctx, db, ok, action, file };
}
