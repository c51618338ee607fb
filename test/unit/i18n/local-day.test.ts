import { afterEach, describe, expect, it } from 'vitest';
import { localIsoDay } from '../../../renderer/src/i18n/format';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('localIsoDay', () => {
  it('gives the day on the local clock, not the UTC day', () => {
    process.env.TZ = 'Asia/Shanghai';
    // 16:05 UTC is five past midnight the next day in Beijing: the moment the audit-log export once came up a day short.
    expect(localIsoDay(Date.UTC(2026, 10, 23, 16, 5))).toBe('2026-11-24');
    expect(localIsoDay(Date.UTC(2026, 10, 23, 15, 55))).toBe('2026-11-23');
  });

  it('follows the zone west of UTC as well', () => {
    process.env.TZ = 'America/New_York';
    expect(localIsoDay(Date.UTC(2026, 0, 1, 3, 0))).toBe('2025-12-31');
  });
});
