import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api.ts';
import { createDispatch } from '../core/dispatch.ts';
import { Session } from '../core/session.ts';
import { CliError } from './cli-error.ts';
import { COMMANDS, USAGE, type CliContext } from './commands.ts';

/**
 * Entry point of `qm`. Every command goes through the same dispatch as the app; the CLI keeps its preferences in
 * a throwaway folder so scripted runs never touch the user's recent-file list.
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`qm: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  const configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-cli-'));
  const session = new Session({ configDir, host: 'cli' });
  const dispatch = createDispatch(session);
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new CliError(`${result.error.code}: ${result.error.message}`);
    return result.value as MethodOutput<M>;
  };
  const context: CliContext = { call, session, out: (line) => process.stdout.write(`${line}\n`) };
  try {
    await command(rest, context);
    return 0;
  } catch (err) {
    process.stderr.write(`qm ${name}: ${(err as Error).message}\n`);
    return err instanceof CliError ? err.exitCode : 1;
  } finally {
    session.close();
    fs.rmSync(configDir, { recursive: true, force: true });
  }
}
