// Matches tiered lists (分别给予100万元、50万元、25万元) to the items they belong to (国家级、省级、市级).
import type { Fact } from '../model/fact.js';

const BOUNDARY = /[。；\n]/;

/** Sets `item` on the facts of a 分别 list (one run of values) when its items are found before it. */
export function pairTieredItems(text: string, run: Fact[]): void {
  const first = run[0]!;
  let sentenceStart = first.start;
  while (sentenceStart > 0 && !BOUNDARY.test(text[sentenceStart - 1]!)) sentenceStart--;
  const before = text.slice(sentenceStart, first.start);
  const at = before.lastIndexOf('分别');
  if (at < 0) return;
  const found = findItems(before.slice(0, at), run.length);
  if (!found) return;
  run.forEach((f, k) => {
    f.item = found.items[k]!;
    // 新认定的国家级、省级、嘉兴市级科技企业孵化器 → 新认定的国家级科技企业孵化器 for the first item.
    const shown = shownList(f.quantity, found.listText);
    f.quantity = shown ? f.quantity.replace(shown, found.items[k]!) : `${found.items[k]} ${f.quantity}`.trim();
  });
}

/** The list as the quantity phrase shows it: whole, or its end after the … of a long subject cut short (describe-quantity.ts). */
function shownList(quantity: string, listText: string): string | null {
  if (quantity.includes(listText)) return listText;
  if (!quantity.startsWith('…')) return null;
  for (let k = 0; k + 4 <= listText.length; k++) if (quantity.startsWith(listText.slice(k), 1)) return `…${listText.slice(k)}`;
  return null;
}

/** A tier of a ranked series: 一等奖, 二等奖; 一档; 一星级 — its numeral and what follows it. */
const TIER = /([一二三四五六七八九十])(等奖|等|档|星级|星|级|类)$/;
const NUMERAL = '一二三四五六七八九十';

/**
 * Items where the list ends in a ranked series shorter than the values (省科技大奖，省级技术发明奖、省科学技术进步奖一等奖、二等奖、
 * 三等奖的，分别给予…四个值): the series' tiers are the last items, the award names written with its first tier go with that tier,
 * and the values left over belong to the items before them (省科技大奖). Null where the list has no such series.
 */
function seriesItems(full: string, n: number): { items: string[]; listText: string } | null {
  const groups = full.replace(/[，、]*$/, '').split('，');
  const last = groups[groups.length - 1]!.replace(/的$/, '').split('、').map((p) => p.trim()).filter(Boolean);
  // The tiers, counted back from the end while their numerals run down by one (三等奖, 二等奖, 一等奖).
  let k = last.length - 1;
  let want = -1;
  while (k >= 0) {
    const m = TIER.exec(last[k]!);
    const at = m ? NUMERAL.indexOf(m[1]!) : -1;
    if (!m || (want >= 0 && at !== want) || at < 0) break;
    want = at - 1;
    k--;
    if (at === 0) break;
  }
  const tiers = last.slice(k + 1);
  if (tiers.length < 2 || tiers.length >= n || NUMERAL.indexOf(TIER.exec(tiers[0]!)![1]!) !== 0) return null;
  // The names written before the first tier in its 、-list share the tiers (省级技术发明奖、省科学技术进步奖一等奖).
  const LEAD = /^.*(?:对|的|为|给|获得|认定|创建|评为)/;
  const first = [...last.slice(0, k + 1), tiers[0]!].join('、').replace(LEAD, '');
  const earlier = groups
    .slice(0, -1)
    .flatMap((g) => g.split('、'))
    .map((p) => p.trim())
    .filter(Boolean);
  const need = n - tiers.length;
  if (earlier.length < need) return null;
  const before = earlier.slice(-need);
  // The item before the series is named as an item is (对获得省科技大奖); a clause of its own (按照规定) is none.
  if (need === 1 && !LEAD.test(before[0]!)) return null;
  before[0] = before[0]!.replace(LEAD, '') || before[0]!;
  // What the figures' quantity phrase holds of the list: its last 、-list (the part before the last ， is a clause of its own).
  return { items: [...before, first, ...tiers.slice(1)], listText: last.join('、') };
}

/** The last `n` list items before 分别, trimmed of the words around the list, and the list's text. */
function findItems(full: string, n: number): { items: string[]; listText: string } | null {
  const series = seriesItems(full, n);
  if (series) return series;
  // "…小巨人企业、省隐形冠军企业、省级中小企业，按政策分档分别给予": the list is the last part that is a list.
  const parts = full.replace(/[，、]*$/, '').split('，');
  let k = parts.length - 1;
  while (k > 0 && !/[、和及或]/.test(parts[k]!)) k--;
  const text = /[、和及或]/.test(parts[k]!) && k < parts.length - 1 ? parts.slice(0, k + 1).join('，') : full;
  const pieces = splitOutsideBrackets(text.replace(/[，、]*$/, ''))
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length < n) return null;
  const items = pieces.slice(-n);
  items[0] = items[0]!.replace(/^.*(?:对|的|为|给|获得|认定|创建|评为)/, '') || items[0]!;
  const last = items[n - 1]!.replace(/的$/, '');
  // The last piece carries the shared noun (嘉兴市级科技企业孵化器): cut it where its siblings end.
  const sibling = items[n - 2]!;
  const tail = sibling[sibling.length - 1];
  const cut = tail ? last.indexOf(tail) : -1;
  items[n - 1] = cut >= 0 && cut < last.length - 1 ? last.slice(0, cut + 1) : last;
  const cleaned = items.map((s) => s.replace(/的$/, ''));
  const from = text.lastIndexOf(cleaned[0]!, text.lastIndexOf(cleaned[n - 1]!));
  const to = text.lastIndexOf(cleaned[n - 1]!) + cleaned[n - 1]!.length;
  const listText = from >= 0 && to > from ? text.slice(from, to) : cleaned.join('、');
  return { items: cleaned, listText };
}

const OPEN = '（(【[';
const CLOSE = '）)】]';

/** A list cut at 、，和及或, but not inside brackets: 省重点研发机构（省级重点企业研究院、重点实验室等） is one item. */
function splitOutsideBrackets(text: string): string[] {
  const out: string[] = [];
  let [depth, from] = [0, 0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '、，和及或'.includes(c)) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}
