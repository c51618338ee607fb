import fs from 'node:fs';
import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../core/reports/pdf.ts';

/**
 * Report PDFs printed by Electron's own Chromium: a hidden, sandboxed window without preload loads the report file
 * and prints it with its CSS page size, header and page numbers. The report holds no link to follow and its
 * Content-Security-Policy allows only its own scripts.
 */
export const electronPdfPrinter: PdfPrinter = {
  engine: 'Electron',
  async print(htmlFile, pdfFile, signal) {
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true },
    });
    const abort = () => win.destroy();
    signal.addEventListener('abort', abort, { once: true });
    try {
      await win.loadFile(htmlFile);
      const pdf = await win.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
      fs.writeFileSync(pdfFile, pdf);
    } finally {
      signal.removeEventListener('abort', abort);
      if (!win.isDestroyed()) win.destroy();
    }
  },
};
