import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { QmFailure } from '../../../shared/errors.ts';

/**
 * Prints a report's HTML file to an A4 PDF. Core stays free of Electron: the Electron host passes a printer made
 * with webContents.printToPDF, and elsewhere (CLI, tests, web host) a headless Chromium found on the machine prints.
 */
export interface PdfPrinter {
  /** Shown on the reports screen: "Electron", or the Chromium's path. */
  readonly engine: string;
  print(htmlFile: string, pdfFile: string, signal: AbortSignal): Promise<void>;
}

/** Where a Chromium usually is, in the order tried after CHROMIUM_PATH (the end-to-end tests look the same way). */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((c) => fs.existsSync(c)) ?? null;
}

/** The same flags as the end-to-end tests: without the networking ones Chromium keeps trying closed hosts. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
  '--disable-extensions',
  '--no-pdf-header-footer',
  // Lets the report's script draw its charts before the page is printed.
  '--virtual-time-budget=15000',
];

function chromiumPrinter(executable: string): PdfPrinter {
  return {
    engine: executable,
    print: (htmlFile, pdfFile, signal) =>
      new Promise<void>((resolve, reject) => {
        const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-pdf-'));
        const child = spawn(
          executable,
          [...FLAGS, `--user-data-dir=${profile}`, `--print-to-pdf=${pdfFile}`, pathToFileURL(htmlFile).href],
          { stdio: ['ignore', 'ignore', 'pipe'] },
        );
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr = (stderr + chunk.toString()).slice(-2000);
        });
        const onAbort = () => child.kill('SIGKILL');
        signal.addEventListener('abort', onAbort, { once: true });
        const done = (err: Error | null) => {
          signal.removeEventListener('abort', onAbort);
          fs.rmSync(profile, { recursive: true, force: true });
          if (err) reject(err);
          else resolve();
        };
        child.on('error', (err) =>
          done(new QmFailure('IO_ERROR', `Could not start Chromium: ${err.message}`)),
        );
        child.on('exit', (code) => {
          if (signal.aborted) done(new QmFailure('CANCELLED', 'Cancelled by the user.'));
          else if (code !== 0 || !fs.existsSync(pdfFile))
            done(
              new QmFailure(
                'IO_ERROR',
                `Chromium could not print the PDF (exit ${code}): ${stderr.trim().slice(-300)}`,
              ),
            );
          else done(null);
        });
      }),
  };
}

/** The host's printer, else a Chromium of this machine, else null (the reports screen says PDF is unavailable). */
export const pdfPrinterFor = (hostPrinter: PdfPrinter | undefined): PdfPrinter | null => {
  if (hostPrinter) return hostPrinter;
  const chromium = findChromium();
  return chromium ? chromiumPrinter(chromium) : null;
};
