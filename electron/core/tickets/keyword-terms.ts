/**
 * Splits complaint texts into countable terms. Intl.Segmenter('zh') knows general Chinese words but cuts service
 * phrases apart (态度差 → 态度 + 差, 配件缺货 → 配件 + 缺货, even 客服 → 客 + 服 in some contexts), so phrases of the
 * domain dictionary are taken out first, longest first, and only the text between them is segmented. English words
 * are lower-cased. Stop words, single Chinese characters, numbers and model codes are dropped: they say nothing about
 * what went wrong.
 */

/** Service-quality phrases of the seeds and of typical Chinese after-sales records. */
export const DOMAIN_PHRASES = [
  '客服', '门店', '网点', '师傅', '上门', '态度差', '服务态度', '态度恶劣', '不耐烦', '挂断电话', '推诿', '互相推诿',
  '延迟', '响应延迟', '服务延迟', '严重延迟', '迟到', '师傅迟到', '爽约', '没人接', '没有回复', '没人联系', '等待时间',
  '等待时间过长', '操作复杂', '不好用', '收费不合理', '收费过高', '上门费', '辅材', '保修期', '保内维修', '发票',
  '配件缺货', '缺货', '配件', '发错', '质量问题', '质量太差', '反复故障', '维修周期', '维修进度', '不专业', '不规范',
  '漏水', '渗水', '不制冷', '制冷效果差', '不加热', '不出热水', '噪音大', '异响', '异味', '不排水', '排水慢',
  '打不着火', '吸力不足', '黑屏', '花屏', '无法开机', '故障代码', '报修', '预约', '安装', '移机', '维修', '换机',
  '退款', '赔偿', '投诉', '回访', '回电', '工单', '热线', '400热线', 'APP', '小程序',
] as const;

/** Words that appear in nearly every record (openers, reporting verbs, function words). */
const STOP_ZH = new Set([
  '的', '了', '是', '在', '我', '有', '和', '就', '不', '都', '也', '很', '到', '说', '要', '去', '你', '会', '着', '没有',
  '看', '好', '自己', '这', '那', '他', '她', '它', '我们', '他们', '一个', '一直', '已经', '还', '又', '再', '被', '把',
  '给', '让', '对', '与', '及', '等', '后', '前', '时', '中', '里', '上', '下', '之', '以', '为', '从', '但', '而', '或',
  '并', '且', '如果', '因为', '所以', '可以', '什么', '怎么', '这个', '那个', '现在', '结果', '然后', '之后', '一下',
  '客户', '用户', '反映', '表示', '来电', '致电', '称', '提出', '提交', '留言', '通过', '情况', '问题', '要求', '进行',
  '时候', '次', '个', '天', '小时', '分钟', '处理', '时间', '希望', '明确', '尽快', '说法', '需要', '使用', '非常', '至今',
  '彻底', '同一', '目前', '请', '给予', '一次', '告知', '确认', '情况下',
]);

const STOP_EN = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'about', 'as',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'it', 'its', 'this', 'that', 'these', 'those', 'i', 'me',
  'my', 'we', 'our', 'you', 'your', 'he', 'she', 'they', 'them', 'their', 'his', 'her', 'not', 'no', 'so', 'too',
  'very', 'can', 'could', 'would', 'should', 'will', 'do', 'does', 'did', 'have', 'has', 'had', 'there', 'here',
  'when', 'what', 'which', 'who', 'how', 'than', 'then', 'just', 'still', 'again', 'after', 'before', 'customer',
  'said', 'says', 'please', 'also', 'any', 'all', 'one', 'up', 'out',
]);

const HAN = /\p{Script=Han}/u;
/** Model and part codes such as KFR-35GW/A1: identifiers, not words. */
const CODE = /[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)+/g;
const DIGIT = /\d/;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest phrases first, so 配件缺货 wins over 配件. Matching is case-insensitive for APP and the like. */
const PHRASES = new RegExp([...DOMAIN_PHRASES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'giu');
const PHRASE_KEY = new Map<string, string>(DOMAIN_PHRASES.map((p) => [p.toLowerCase(), p]));

export class TermSplitter {
  private readonly segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

  /** Terms of a text in order of appearance (repeats kept, so callers can count occurrences). */
  split(input: string): string[] {
    const text = input.replace(CODE, ' ');
    const out: string[] = [];
    let last = 0;
    for (const m of text.matchAll(PHRASES)) {
      this.words(text.slice(last, m.index), out);
      out.push(PHRASE_KEY.get(m[0].toLowerCase()) ?? m[0]);
      last = m.index + m[0].length;
    }
    this.words(text.slice(last), out);
    return out;
  }

  private words(chunk: string, out: string[]): void {
    if (chunk.length === 0) return;
    for (const s of this.segmenter.segment(chunk)) {
      if (!s.isWordLike) continue;
      const w = s.segment;
      if (DIGIT.test(w)) continue;
      if (HAN.test(w)) {
        if (w.length > 1 && !STOP_ZH.has(w)) out.push(w);
      } else {
        const lower = w.toLowerCase();
        if (lower.length > 1 && !STOP_EN.has(lower)) out.push(lower);
      }
    }
  }
}
