import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Language } from '../../../shared/schemas/workspace.ts';
import type { Language as LanguageId } from '../../../shared/domain/enums.ts';

const RECENT_LIMIT = 10;

const AppConfig = z.object({
  language: Language.nullable().default(null),
  recent: z.array(z.object({ path: z.string(), openedAt: z.number().int() })).default([]),
});
type AppConfig = z.infer<typeof AppConfig>;

/**
 * Per-user preferences that live outside any workspace (the start screen needs them before a file is open):
 * UI language and recent files. Written atomically (temp file + rename) so a crash never leaves half a file.
 */
export class AppConfigStore {
  private readonly file: string;
  private config: AppConfig;

  constructor(readonly dir: string) {
    this.file = path.join(dir, 'config.json');
    this.config = this.read();
  }

  private read(): AppConfig {
    try {
      const parsed = AppConfig.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // missing or unreadable: start from defaults; the next write replaces it
    }
    return AppConfig.parse({});
  }

  private write(): void {
    fs.mkdirSync(this.dir, { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.config, null, 2));
    fs.renameSync(tmp, this.file);
  }

  get language(): LanguageId | null {
    return this.config.language;
  }

  setLanguage(language: LanguageId): void {
    this.config.language = language;
    this.write();
  }

  get recent(): readonly { path: string; openedAt: number }[] {
    return this.config.recent;
  }

  touchRecent(file: string, at: number = Date.now()): void {
    const others = this.config.recent.filter((r) => r.path !== file);
    this.config.recent = [{ path: file, openedAt: at }, ...others].slice(0, RECENT_LIMIT);
    this.write();
  }

  forgetRecent(file: string): void {
    this.config.recent = this.config.recent.filter((r) => r.path !== file);
    this.write();
  }
}
