/**
 * Zones offered in the list: mainland China first (the typical user), then the region and major business zones.
 * The workspace's current zone and this computer's zone are added when missing, so any IANA zone stays selectable.
 */
const COMMON_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Macau',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Manila',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Kolkata',
  'Asia/Dubai',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Moscow',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Australia/Sydney',
  'Pacific/Auckland',
  'UTC',
];

export function zoneChoices(current: string): string[] {
  const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return [...new Set([current, ...COMMON_ZONES, local])].filter(Boolean);
}

function zonePart(language: string, zone: string, style: 'long' | 'longOffset'): string {
  try {
    const parts = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: style }).formatToParts(
      Date.now(),
    );
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** Localised name ("中国标准时间") and current UTC offset of a zone, from the platform's own data. */
export const describeZone = (language: string, zone: string) => ({
  name: zonePart(language, zone, 'long'),
  offset: zonePart(language, zone, 'longOffset'),
});
