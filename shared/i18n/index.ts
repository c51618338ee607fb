import type { Language } from '../domain/enums.ts';
import { en } from './en.ts';
import { zhCN, type Catalog } from './zh-CN.ts';

export type { Catalog };
export { en, zhCN };

/** One i18next namespace ('translation') per language. */
export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const satisfies Record<Language, { translation: Catalog }>;

export const catalogs: Record<Language, Catalog> = { 'zh-CN': zhCN, en };

/**
 * The UI language: the one the user chose before, else the OS/browser locale (any Chinese locale → zh-CN,
 * everything else → en, since those are the two catalogs we ship).
 */
export function pickLanguage(remembered: Language | null, locales: readonly string[]): Language {
  if (remembered) return remembered;
  const first = locales[0] ?? '';
  return first.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
