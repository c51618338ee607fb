import type { TFunction } from 'i18next';
import { zhCN } from '../../../../../shared/i18n/zh-CN';
import type { ApiError } from '../../../api/errors';
import { errorMessage } from '../../../i18n/errorMessage';

type FileError = keyof typeof zhCN.ticketImport.fileErrors;
const isFileError = (code: unknown): code is FileError =>
  typeof code === 'string' && Object.hasOwn(zhCN.ticketImport.fileErrors, code);

/** A failed import call: the file problem core named (details.importError) in the catalog's words, else the code's. */
export function importErrorText(t: TFunction, error: ApiError): string {
  const kind = error.details['importError'];
  if (!isFileError(kind)) return errorMessage(t, error);
  const missing = error.details['missing'];
  return t(`ticketImport.fileErrors.${kind}`, {
    missing: Array.isArray(missing) ? missing.join(t('common.listSeparator')) : '',
  });
}
