import type { TFunction } from 'i18next';

const MINUTE = 60_000;

/** "2 days 3 h 15 min" / "2 天 3 小时 15 分钟": at most the two largest units, never "0 min" unless it is zero. */
export function formatDuration(t: TFunction, ms: number): string {
  const minutes = Math.round(Math.abs(ms) / MINUTE);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(t('ticket.duration.day', { count: days }));
  if (hours > 0) parts.push(t('ticket.duration.hour', { count: hours }));
  if (rest > 0 && days === 0) parts.push(t('ticket.duration.minute', { count: rest }));
  if (parts.length === 0) parts.push(t('ticket.duration.minute', { count: 0 }));
  return parts.join(t('ticket.duration.separator'));
}
