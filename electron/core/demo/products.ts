/**
 * What the demo organisation services: product lines with their seasons, models and typical faults. Line ids are
 * stored in products.line; product ids follow the order here.
 */

export interface ProductLine {
  /** Stored in products.line. */
  id: string;
  zh: string;
  /** Share of service volume, before the month factor. */
  base: number;
  /** Volume factor per calendar month, January first: air conditioners peak in summer, water heaters in winter. */
  season: readonly number[];
  /** Model code and name; the first models sell best. */
  models: readonly (readonly [string, string])[];
  /** Fault categories this line produces, with their weights. */
  faults: readonly (readonly [string, number])[];
}

const FLAT = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];

export const PRODUCT_LINES: readonly ProductLine[] = [
  {
    id: 'air_conditioner',
    zh: '空调',
    base: 0.26,
    season: [0.45, 0.4, 0.55, 0.8, 1.2, 1.9, 2.4, 2.3, 1.4, 0.8, 0.6, 0.6],
    models: [
      ['KFR-35GW/A1', '1.5匹变频挂机'],
      ['KFR-26GW/A1', '大1匹变频挂机'],
      ['KFR-50LW/B2', '2匹立柜式空调'],
      ['KFR-72LW/B3', '3匹立柜式空调'],
      ['RFD-120W/C1', '家用中央空调多联机'],
    ],
    faults: [
      ['fault.no_cooling', 40],
      ['fault.leak', 18],
      ['fault.noise', 12],
      ['fault.error_code', 14],
      ['fault.no_power', 6],
      ['fault.odor', 5],
      ['fault.no_heating', 5],
    ],
  },
  {
    id: 'refrigerator',
    zh: '冰箱',
    base: 0.14,
    season: [0.9, 0.8, 0.9, 0.95, 1.05, 1.2, 1.3, 1.3, 1.1, 1, 0.95, 0.9],
    models: [
      ['BCD-405WP', '十字对开门冰箱'],
      ['BCD-215T', '三门冰箱'],
      ['BCD-520WK', '对开门冰箱'],
      ['BCD-610M', '多门冰箱'],
    ],
    faults: [
      ['fault.no_cooling', 42],
      ['fault.noise', 22],
      ['fault.odor', 10],
      ['fault.leak', 8],
      ['fault.display', 10],
      ['fault.no_power', 8],
    ],
  },
  {
    id: 'washer',
    zh: '洗衣机',
    base: 0.16,
    season: [1, 0.9, 1, 1, 1, 1.05, 1.05, 1.05, 1, 1, 1, 1.05],
    models: [
      ['XQG100-HB12', '10公斤洗烘一体滚筒'],
      ['XQG80-B12', '8公斤滚筒洗衣机'],
      ['XQB90-P3', '9公斤波轮洗衣机'],
      ['XQG120-D8', '12公斤直驱滚筒'],
    ],
    faults: [
      ['fault.drain', 30],
      ['fault.noise', 25],
      ['fault.leak', 15],
      ['fault.error_code', 20],
      ['fault.no_power', 10],
    ],
  },
  {
    id: 'water_heater',
    zh: '热水器',
    base: 0.12,
    season: [1.6, 1.4, 1.2, 0.9, 0.7, 0.6, 0.6, 0.6, 0.75, 1, 1.3, 1.6],
    models: [
      ['JSQ30-16T', '16升燃气热水器'],
      ['JSQ25-13T', '13升燃气热水器'],
      ['DSZF-60A', '60升电热水器'],
      ['DSZF-80A', '80升电热水器'],
    ],
    faults: [
      ['fault.no_heating', 45],
      ['fault.leak', 18],
      ['fault.error_code', 17],
      ['fault.ignition', 12],
      ['fault.no_power', 8],
    ],
  },
  {
    id: 'range_hood',
    zh: '油烟机',
    base: 0.07,
    season: [1.2, 1.3, 1, 1, 1, 1, 1, 1, 1, 1.1, 1, 1.1],
    models: [
      ['CXW-260-S6', '侧吸式油烟机'],
      ['CXW-200-T1', '顶吸式油烟机'],
      ['JJZ-300-J9', '集成灶'],
    ],
    faults: [
      ['fault.suction', 50],
      ['fault.noise', 30],
      ['fault.no_power', 12],
      ['fault.leak', 8],
    ],
  },
  {
    id: 'tv',
    zh: '电视',
    base: 0.1,
    season: [1, 1.1, 0.95, 0.95, 1, 1.05, 1, 1, 1, 1.1, 1.1, 1],
    models: [
      ['65E5K', '65英寸4K电视'],
      ['55E3K', '55英寸4K电视'],
      ['75U8M', '75英寸MiniLED电视'],
      ['43E2F', '43英寸电视'],
    ],
    faults: [
      ['fault.display', 50],
      ['fault.no_power', 25],
      ['fault.error_code', 15],
      ['fault.noise', 10],
    ],
  },
  {
    id: 'gas_stove',
    zh: '燃气灶',
    base: 0.04,
    season: [1.2, 1.3, 1, 1, 1, 1, 0.9, 0.9, 1, 1, 1, 1.1],
    models: [
      ['JZT-B35', '嵌入式燃气灶'],
      ['JZT-B21', '双眼燃气灶'],
    ],
    faults: [
      ['fault.ignition', 70],
      ['fault.odor', 20],
      ['fault.noise', 10],
    ],
  },
  {
    id: 'water_purifier',
    zh: '净水器',
    base: 0.07,
    season: FLAT,
    models: [
      ['RO-800G', '厨下式净水器'],
      ['RO-600G', '反渗透净水器'],
      ['QZ-1', '前置过滤器'],
    ],
    faults: [
      ['fault.leak', 45],
      ['fault.error_code', 25],
      ['fault.odor', 20],
      ['fault.no_power', 10],
    ],
  },
  {
    id: 'dishwasher',
    zh: '洗碗机',
    base: 0.04,
    season: FLAT,
    models: [
      ['WQP13-X3', '13套嵌入式洗碗机'],
      ['WQP8-D1', '8套台式洗碗机'],
    ],
    faults: [
      ['fault.drain', 35],
      ['fault.leak', 25],
      ['fault.error_code', 25],
      ['fault.noise', 15],
    ],
  },
];

export interface ProductRow {
  id: number;
  code: string;
  name: string;
  line: string;
}

export function productRows(): ProductRow[] {
  return PRODUCT_LINES.flatMap((line) =>
    line.models.map(([code, name]) => ({ code, name, line: line.id })),
  ).map((p, i) => ({ id: i + 1, ...p }));
}
