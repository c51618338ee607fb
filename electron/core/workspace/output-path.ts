import fs from 'node:fs';
import path from 'node:path';
import { QmFailure } from '../../../shared/errors.ts';

/**
 * Check a path a file is about to be written to (an export, an error report, a mapping file). The renderer sends
 * picked or typed absolute paths, so `..` segments mean something else built the path; where the kind of file allows
 * it, the extension must be that kind's, so the file can never replace a program or a settings file; and the
 * workspace and its side files are never a target. (Ticket exports keep any name the user types: extension null.)
 */
export function checkOutputPath(file: string, extension: string | null, protectedFiles: (string | null | undefined)[] = []): string {
  if (file.split(/[\\/]/).includes('..')) {
    throw new QmFailure('INVALID_INPUT', `Paths containing ".." are not accepted: ${file}. Choose the file again.`, { path: file });
  }
  const target = path.resolve(file);
  if (extension !== null && path.extname(target).toLowerCase() !== extension) {
    throw new QmFailure('INVALID_INPUT', `${path.basename(target)} must end in ${extension}.`, { path: target });
  }
  for (const guarded of protectedFiles) {
    if (!guarded) continue;
    const g = path.resolve(guarded);
    if ([g, `${g}-wal`, `${g}-shm`, `${g}-journal`, `${g}.lock`].includes(target)) {
      throw new QmFailure('INVALID_INPUT', `${target} is in use by the console and cannot be overwritten; choose another name.`, { path: target });
    }
  }
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (stat && !stat.isFile()) throw new QmFailure('INVALID_INPUT', `${target} is not a regular file.`, { path: target });
  return target;
}

/** Check a small file the console is about to read whole (a mapping): a regular file under `maxBytes`. */
export function checkSmallInput(file: string, maxBytes: number): string {
  const source = path.resolve(file);
  const stat = fs.statSync(source, { throwIfNoEntry: false });
  if (!stat) throw new QmFailure('FILE_NOT_FOUND', `${source} does not exist.`, { path: source });
  // /dev/zero or a FIFO reports a size of 0 and would be read for ever.
  if (!stat.isFile()) throw new QmFailure('INVALID_INPUT', `${source} is not a regular file.`, { path: source });
  if (stat.size > maxBytes) throw new QmFailure('INVALID_INPUT', `${source} is too large (${stat.size} bytes; at most ${maxBytes}).`, { path: source });
  return source;
}
