import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { en, expect, test, zh } from '../e2e/fixtures.ts';

/** The effectiveness check, the overdue card and evidence files in both languages, for a person to look at. */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

/** A 360×200 RGB PNG with a soft gradient, so the preview shows a picture and not a dot. */
function picture(width = 360, height = 200): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      rows.set([40 + Math.round((x / width) * 120), 110 + Math.round((y / height) * 100), 200], at);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const TEXT = {
  zh: {
    cycle: '回访话术改进',
    action: '修订投诉回访话术并培训全员',
    note: '十一月抽查 40 通回访录音，38 通使用新话术；一次解决率回升。',
    file: '回访抽查记录.png',
    log: '完成第一批坐席话术培训',
    reaudit: '纠正：开场问候不规范',
  },
  en: {
    cycle: 'Callback script improvement',
    action: 'Revise the complaint callback script and train everyone',
    note: 'Sampled 40 callbacks in November, 38 used the new script; first-contact resolution is up.',
    file: 'callback-sample.png',
    log: 'First group of agents trained on the script',
    reaudit: 'Correct: greeting not to standard',
  },
};

for (const [language, locale, text] of [
  ['zh', 'zh-CN', zh],
  ['en', 'en-US', en],
] as const) {
  test.describe(language, () => {
    test.use({ locale });
    test(`actions, checks and evidence (${language})`, async ({ page, host, workDir }) => {
      test.setTimeout(150_000);
      fs.mkdirSync(shotsDir, { recursive: true });
      const shot = (name: string) =>
        page.screenshot({ path: path.join(shotsDir, `${language}-actions-${name}.png`) });
      const x = TEXT[language];
      const T = text.improvement;
      const A = text.attachments;
      await host.invoke('workspace.openDemo', { jobId: `shots-actions-${language}` });
      await host.invoke('app.setLanguage', { language: locale === 'zh-CN' ? 'zh-CN' : 'en' });
      const photo = path.join(workDir, x.file);
      fs.writeFileSync(photo, picture());
      const { lastDay } = await host.invoke('kpi.coverage', {});
      const from = new Date(Date.parse(`${lastDay!}T00:00:00Z`) - 60 * 86_400_000).toISOString().slice(0, 10);
      const cycle = await host.invoke('pdca.save', {
        fields: {
          title: x.cycle,
          problem: '',
          scopeKind: 'organisation',
          scopeId: null,
          ownerId: null,
          startOn: from,
          dueOn: null,
          kpiId: 'fcr_rate',
          baseline: null,
          baselinePeriod: '',
          target: null,
          goal: '',
          verdict: null,
          checkNote: '',
          standardChange: '',
          lessons: '',
        },
      });
      await host.invoke('actions.save', {
        fields: {
          title: x.action,
          detail: '',
          kind: 'corrective',
          ownerId: null,
          dueOn: null,
          status: 'done',
          cycleId: cycle.id,
        },
      });
      const withLog = await host.invoke('pdca.log.add', { cycleId: cycle.id, onDate: from, note: x.log });
      await host.invoke('attachments.add', {
        owner: { kind: 'pdca_log', id: withLog.log[0]!.id },
        path: photo,
      });

      await page.goto('/#/dashboard');
      const card = page.getByTestId('overdue-actions');
      await expect(card.getByTestId('overdue-count')).toBeVisible();
      await card.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await shot('01-dashboard-overdue');

      await card.getByRole('link', { name: T.overdue.showAll }).click();
      await expect(page.getByTestId('actions-grid')).toBeVisible();
      await page.waitForTimeout(300);
      await shot('02-list-overdue');

      await page.goto(`/#/pdca/${cycle.id}`);
      await page.getByTestId('actions-grid').getByText(x.action).dblclick();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: T.actions.fields.status }).selectOption('closed');
      await dialog.getByRole('button', { name: text.common.save, exact: true }).click();
      await expect(dialog.getByRole('alert')).toBeVisible();
      await dialog.getByRole('alert').scrollIntoViewIfNeeded();
      await shot('03-close-refused');

      const check = dialog.getByTestId('action-check');
      await check.getByLabel(T.checks.from).fill(from);
      await check.getByRole('textbox', { name: T.checks.note }).fill(x.note);
      await check.getByRole('textbox', { name: A.path }).fill(photo);
      await check.getByRole('button', { name: A.add }).click();
      await expect(check.getByRole('list', { name: A.listLabel })).toContainText(x.file);
      await check.scrollIntoViewIfNeeded();
      await shot('04-check-form');
      await check.getByRole('button', { name: T.checks.record }).click();
      await expect(check.getByTestId('check-result')).toBeVisible();
      await check.getByTestId('check-result').scrollIntoViewIfNeeded();
      await shot('05-check-recorded');
      await check.getByRole('button', { name: A.preview }).click();
      await expect(page.getByRole('img', { name: x.file })).toBeVisible();
      await shot('06-preview');
      await page.getByRole('button', { name: A.closePreview }).click();
      await check.getByRole('button', { name: T.checks.close }).click();
      await expect(dialog).toHaveCount(0);

      await page.locator('[data-section="do"]').evaluate((el) => el.scrollIntoView());
      await page.getByRole('button', { name: T.pdca.do.files.replace('{{count}}', '1') }).click();
      await expect(page.getByTestId(`attachments-pdca_log-${withLog.log[0]!.id}`)).toContainText(x.file);
      await page.waitForTimeout(200);
      await shot('07-do-log-files');

      // An action raised by an early audit: its check offers the agent's later audits as the re-audit.
      const early = (await host.invoke('audits.list', { status: 'submitted' })).sort((a, b) =>
        a.month.localeCompare(b.month),
      )[0]!;
      await host.invoke('actions.save', {
        fields: {
          title: x.reaudit,
          detail: '',
          kind: 'corrective',
          ownerId: null,
          dueOn: null,
          status: 'done',
          cycleId: cycle.id,
        },
        source: { kind: 'audit', id: early.id, ref: null },
      });
      await page.reload();
      await page.getByTestId('actions-grid').getByText(x.reaudit).dblclick();
      await expect(
        dialog.getByTestId('action-check').getByRole('combobox', { name: T.checks.reaudit }),
      ).toBeVisible();
      await dialog.getByTestId('action-check').scrollIntoViewIfNeeded();
      await shot('09-reaudit');
      await dialog.getByRole('button', { name: text.common.cancel }).click();

      const [audit] = await host.invoke('audits.list', { status: 'submitted', limit: 1 });
      await host.invoke('attachments.add', { owner: { kind: 'audit', id: audit!.id }, path: photo });
      await page.goto(`/#/audits/audit/${audit!.id}`);
      const files = page.getByTestId(`attachments-audit-${audit!.id}`);
      await expect(files).toContainText(x.file);
      await files.scrollIntoViewIfNeeded();
      await page.waitForTimeout(200);
      await shot('08-audit-evidence');
    });
  });
}
