import { importFailure } from '../failures.ts';

/** The mapping's (or workspace's) time zone must be one Intl knows; a typo would shift every timestamp. */
export function checkTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw importFailure('MAPPING_INVALID', `Unknown time zone "${timeZone}" (expected an IANA name like Asia/Shanghai).`, { timeZone });
  }
}
