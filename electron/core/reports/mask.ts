import type { FishboneCause } from '../../../shared/schemas/improvement.ts';

/** Runs of 7+ digits (with spaces, dashes or a leading +) look like phone numbers; all but the last four digits go. */
const PHONE = /(?<![\d])\+?\d[\d -]{5,}\d(?![\d])/g;

export function maskPhones(text: string): string {
  return text.replace(PHONE, (match) => {
    const digits = match.replace(/\D/g, '').length;
    if (digits < 7) return match;
    let seen = 0;
    return match.replace(/\d/g, (d) => (++seen > digits - 4 ? d : '*'));
  });
}

/** A text as the report shows it: phone numbers masked when the privacy option is on. */
export const privateText = (mask: boolean) => (text: string) => (mask ? maskPhones(text) : text);

export function maskCauses(causes: FishboneCause[], hide: (t: string) => string): FishboneCause[] {
  return causes.map((c) => ({
    ...c,
    text: hide(c.text),
    evidence: hide(c.evidence),
    children: maskCauses(c.children, hide),
  }));
}
