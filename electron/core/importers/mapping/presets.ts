import fs from 'node:fs';
import path from 'node:path';
import { ImportMapping } from '../../../../shared/schemas/importers.ts';

/**
 * Built-in mappings, shipped as JSON in resources/import-presets (the format of an exported mapping file). The
 * folder is found by walking up from this module, so the same lookup works from source (tsx, vitest) and from the
 * bundle in out/main (both sit below the app root that holds resources/).
 */
function presetsDir(): string {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'resources', 'import-presets');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error('resources/import-presets not found');
  }
}

let cache: ImportMapping[] | null = null;

/** Presets in a fixed order: generic export first, then the CRM-style ones. Copies: callers may change them. */
export function builtInPresets(): ImportMapping[] {
  if (cache) return structuredClone(cache);
  const dir = presetsDir();
  const order = ['generic', 'zendesk', 'freshdesk'];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  const presets = files.map((f) => ImportMapping.parse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))));
  presets.sort((a, b) => rank(order, a.name) - rank(order, b.name) || a.name.localeCompare(b.name));
  cache = presets;
  return structuredClone(presets);
}

const rank = (order: string[], name: string): number => (order.includes(name) ? order.indexOf(name) : order.length);

export const findPreset = (name: string): ImportMapping | undefined => builtInPresets().find((p) => p.name === name);
