import type { Language } from '../../domain/enums.ts';
import type { ImportRowError } from '../../schemas/importers.ts';
import { ticketImportEn } from './en.ts';
import { ticketImportZh } from './zh-CN.ts';

const TEXTS: Record<Language, typeof ticketImportZh> = { 'zh-CN': ticketImportZh, en: ticketImportEn };
/** Params naming an import field: shown with the field's catalog label, not its key. */
const FIELD_PARAMS = new Set(['field', 'after']);
const numberFormats = new Map<Language, Intl.NumberFormat>();

/**
 * A rejected row's reason in the catalog's words. Plain TS rather than i18next, so that core writes the CSV error
 * report with exactly the text the wizard shows.
 */
export function rowErrorText(language: Language, error: Pick<ImportRowError, 'code' | 'params'>): string {
  const texts = TEXTS[language];
  let numbers = numberFormats.get(language);
  if (!numbers) numberFormats.set(language, (numbers = new Intl.NumberFormat(language)));
  const format = numbers;
  return texts.rowErrors[error.code].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = error.params[name];
    if (value === undefined) return '';
    if (typeof value === 'number') return format.format(value);
    if (FIELD_PARAMS.has(name) && Object.hasOwn(texts.fields, value))
      return texts.fields[value as keyof typeof texts.fields];
    return value;
  });
}
