import fs from 'node:fs';
import path from 'node:path';
import { processAlive } from './lock.ts';

/**
 * Files are written as `<target>.tmp-<pid>-<8 hex>` and renamed when complete. A process killed mid-write (SIGKILL,
 * power loss) cannot remove its temp file, which for a demo workspace can be a gigabyte: the next writer of the same
 * target removes those whose process is gone. A live process's temp file is left alone.
 */
export function removeOrphanTemps(target: string): string[] {
  const dir = path.dirname(target);
  const prefix = `${path.basename(target)}.tmp-`;
  const pattern = /^(\d+)-[0-9a-f]{8}(-wal|-shm|-journal)?$/;
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = pattern.exec(name.slice(prefix.length));
    if (!m || processAlive(Number(m[1]))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    removed.push(path.join(dir, name));
  }
  return removed;
}
