import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatch } from '../core/dispatch.ts';
import { Session } from '../core/session.ts';
import { startWebHost } from './server.ts';

/** `npm run web`: the console in a browser on 127.0.0.1, against the same core as the desktop app. */
const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'config-dir': { type: 'string' },
    'demo-tickets': { type: 'string' },
    renderer: { type: 'string' },
  },
});

const repoRoot = path.resolve(import.meta.dirname, '../..');
const configDir =
  values['config-dir'] ?? process.env['QM_CONFIG_DIR'] ?? path.join(os.homedir(), '.config', 'service-quality-console');
const session = new Session({
  configDir,
  host: 'web',
  nativeDialogs: false,
  ...(values['demo-tickets'] ? { demoTickets: Number(values['demo-tickets']) } : {}),
});
const host = await startWebHost({
  session,
  dispatch: createDispatch(session),
  rendererDir: values.renderer ?? path.join(repoRoot, 'out/renderer'),
  ...(values.port ? { port: Number(values.port) } : {}),
});

console.log(`Service quality console: ${host.url}`);
console.log('Open that address in a browser on this computer. Press Ctrl+C to stop.');

const stop = (): void => {
  void host.close().then(() => {
    session.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
