import { Weighted, type Rng } from './rng.ts';

/** The most common surnames with their weight (roughly their share of the population), as 'name weight' pairs. */
const SURNAMES = new Weighted<string>(
  (
    '王72 李70 张66 刘53 陈45 杨31 黄24 赵20 吴19 周19 徐15 孙15 马14 朱13 胡13 ' +
    '郭12 何12 林11 高11 罗11 郑10 梁10 谢8 宋8 唐8 许7 韩7 冯7 邓7 曹6 彭6 曾6 肖6 ' +
    '田5 董5 袁5 潘5 于5 蒋5 蔡5 余4 杜4 叶4 程4 苏4 魏4 吕4 丁4 任4 沈4 姚3 卢3 姜3 ' +
    '崔3 钟3 谭3 陆3 汪3 范3 金3 欧阳1 司马0.3 上官0.3'
  )
    .split(' ')
    .map((entry) => {
      const [, name = '', weight = '0'] = /^(\D+)([\d.]+)$/.exec(entry) ?? [];
      return [name, Number(weight)] as const;
    }),
);

const GIVEN_MALE = [...'伟强磊军勇杰涛明超刚平辉鹏华飞斌宇浩凯健俊帆鑫波晨阳志建国文博豪峰亮成龙'];
const GIVEN_FEMALE = [...'芳娜敏静丽艳娟霞燕玲婷雪慧颖琳倩晶欣怡佳萍红梅月琴悦洁蕾璐瑶彤薇茜'];
const GIVEN_ANY = [...'子一思梓嘉雨宇可心睿安晓家春秋海金玉永少天'];

/** A plausible full Chinese name (surname plus one or two characters). */
export function personName(rng: Rng): string {
  const surname = SURNAMES.sample(rng);
  const pool = rng.chance(0.5) ? GIVEN_MALE : GIVEN_FEMALE;
  if (rng.chance(0.3)) return surname + rng.pick(pool);
  return surname + (rng.chance(0.5) ? rng.pick(GIVEN_ANY) : rng.pick(pool)) + rng.pick(pool);
}

/** Prefixes of the three mainland carriers; the numbers themselves are random and fictitious. */
const MOBILE_PREFIXES = (
  '134 135 136 137 138 139 147 150 151 152 157 158 159 178 182 183 187 188 198 ' +
  '130 131 132 155 156 166 175 176 185 186 133 153 173 177 180 181 189 191 199'
).split(' ');

export function mobileNumber(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(100_000_000)).padStart(8, '0');
}
