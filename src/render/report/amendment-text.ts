// Writes a drafted amendment decision (修改决定) as plain text or Markdown: numbered items in the drafting formulas, then the closing.
import type { Amendment, AmendmentItem } from '../../model/amendment.js';
import { chineseNumeral } from '../../text/format-chinese-numeral.js';

const CAUTIONS: Record<Amendment['cautions'][number], string> = {
  'not-articles': '注意：这两个文本不是按条编排的法律文本，下列条目引用其自身的编号（如（四）），修改决定的格式未必适用。',
  revision: '注意：修改涉及过半条文，可考虑以修订方式重新公布全文，而不是逐条修改。',
};
const DRAFT_NOTE = '草稿：PolicyDiff 由两个文本比对起草，未经人工审核。请逐条对照原文核对、修改后使用。';

export function renderAmendment(a: Amendment, opts: { markdown: boolean }): string {
  const md = opts.markdown;
  const out: string[] = [];
  out.push(md ? `> ${DRAFT_NOTE}` : `（${DRAFT_NOTE}）`, '');
  for (const c of a.cautions) out.push(md ? `> ${CAUTIONS[c]}` : `（${CAUTIONS[c]}）`, '');
  out.push(md ? `# 关于修改《${escapeMd(a.title)}》的决定` : `关于修改《${a.title}》的决定`, '');
  if (!a.items.length) out.push('（两个文本的条文没有实质修改。）', '');
  sameReplacements(groupWords(a.items)).forEach((group, k) => {
    const [head, ...rest] = group.length > 1 || group[0]!.alsoIn ? [wordsFormula(group)] : formula(group[0]!);
    out.push(`${chineseNumeral(k + 1)}、${md ? escapeMd(head!) : head}`);
    for (const line of rest) out.push(md ? escapeMd(line) : line);
    out.push('');
  });
  const closing = a.renumbered
    ? `《${a.title}》根据本决定作相应修改并对条文顺序作相应调整，重新公布。`
    : `《${a.title}》根据本决定作相应修改，重新公布。`;
  // The decision's own date is the new text's (本法自…起施行 changed) or set by the decision: else a blank for the drafter. With nothing to amend
  // there is no decision to date or law to republish.
  if (a.items.length) {
    out.push(`本决定自${a.effective ?? '〔施行日期〕'}起施行。`, '');
    out.push(md ? escapeMd(closing) : closing, '');
  }
  if (a.standardized.length) {
    const list = a.standardized.map((v) => `${v.before}→${v.after}（${v.count}处）`).join('，');
    const note = `说明：规范用字和标点的修改未列为条目：${list}。如需列入，请起草人补充。`;
    out.push(md ? `> ${escapeMd(note)}` : `（${note}）`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** A title quoted ends its item with 。 (将第三章章名修改为：“发票的领用”。), as a drafting office writes it. */
function closed(lines: string[]): string[] {
  return lines.map((l, k) => (k === lines.length - 1 ? `${l}。` : l));
}

const WORD_KINDS = new Set<AmendmentItem['kind']>(['replace-words', 'drop-words', 'add-words']);

/** The items in order, the word edits of one article (or 款) running together as one group: one numbered item. */
function groupWords(items: AmendmentItem[]): AmendmentItem[][] {
  const out: AmendmentItem[][] = [];
  for (const i of items) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && WORD_KINDS.has(i.kind) && WORD_KINDS.has(prev.kind) && prev.cites.join() === i.cites.join() && prev.paragraph === i.paragraph) last!.push(i);
    else out.push([i]);
  }
  return out;
}

/**
 * One word replaced alike in several articles, each edited in nothing else (领购 → 领用 in 第十五条, 第十六条 and 第二十条): one item
 * at the first, citing them all — 将第十五条、第十六条、第二十条中的“领购”修改为“领用”。
 */
function sameReplacements(groups: AmendmentItem[][]): Array<Array<AmendmentItem & { alsoIn?: string[] }>> {
  const place = (i: AmendmentItem) => `${i.cites.join('、')}${i.paragraph ? `第${chineseNumeral(i.paragraph)}款` : ''}`;
  const alone = (g: AmendmentItem[]) => (g.length === 1 && g[0]!.kind === 'replace-words' ? g[0]! : null);
  const first = new Map<string, AmendmentItem & { alsoIn?: string[] }>();
  const out: Array<Array<AmendmentItem & { alsoIn?: string[] }>> = [];
  for (const g of groups) {
    const r = alone(g);
    const key = r ? `${r.quote}\u0000${r.text?.[0] ?? ''}` : null;
    const held = key ? first.get(key) : undefined;
    if (held) {
      held.alsoIn = [...(held.alsoIn ?? []), place(r!)];
      continue;
    }
    if (r && key) {
      const copy = { ...r };
      first.set(key, copy);
      out.push([copy]);
    } else out.push(g);
  }
  return out;
}

/** Several word edits of one article as one item: 将第二十四条中的“五千元”修改为“一万元”，“五万元”修改为“十万元”; 在…后增加“…”；删去“…”. */
function wordsFormula(group: Array<AmendmentItem & { alsoIn?: string[] }>): string {
  const place = [`${group[0]!.cites.join('、')}${group[0]!.paragraph ? `第${chineseNumeral(group[0]!.paragraph)}款` : ''}`, ...(group[0]!.alsoIn ?? [])].join('、');
  const parts = group.map((i, k) => {
    const where = k === 0 ? `${place}中的` : '';
    if (i.kind === 'replace-words') return k > 0 && group[k - 1]!.kind === 'replace-words' ? `“${i.quote}”修改为“${i.text?.[0] ?? ''}”` : `将${where}“${i.quote}”修改为“${i.text?.[0] ?? ''}”`;
    if (i.kind === 'drop-words') return `删去${where}“${i.quote}”`;
    return `在${where}“${i.anchor}”后增加“${i.text?.[0] ?? ''}”`;
  });
  return parts.reduce((acc, p, k) => (k === 0 ? p : `${acc}${group[k]!.kind === 'replace-words' && group[k - 1]!.kind === 'replace-words' ? '，' : '；'}${p}`), '') + '。';
}

/**
 * The item's formula and its quoted text, one line per 款: each 款 opens the quote again and the last closes it, as a quotation of
 * several paragraphs is printed (GB/T 15834; 将第十条修改为：“……。\n“……。”).
 */
function formula(i: AmendmentItem): string[] {
  const art = i.cites.join('、');
  const para = (n: number | undefined) => (n ? `第${chineseNumeral(n)}款` : '');
  const quoted = (lead: string) => {
    const lines = i.text ?? [];
    if (!lines.length) return [lead];
    const body = lines.map((l, k) => `“${l}${k === lines.length - 1 ? '”' : ''}`);
    return [`${lead}${body[0]}`, ...body.slice(1)];
  };
  switch (i.kind) {
    case 'modify-article':
      return quoted(i.movedTo ? `将${art}改为${i.movedTo}，修改为：` : `将${art}修改为：`);
    case 'move-article':
      return [`将${art}改为${i.as}。`];
    // A few words: 将第二条中的“国务院”修改为“国家”; 删去第四十九条中的“、船员适任证书”; 在第七条第二款中的“报”后增加“党中央、”.
    case 'replace-words':
      return [`将${art}${para(i.paragraph)}中的“${i.quote}”修改为“${i.text?.[0] ?? ''}”。`];
    case 'drop-words':
      return [`删去${art}${para(i.paragraph)}中的“${i.quote}”。`];
    case 'add-words':
      return [`在${art}${para(i.paragraph)}中的“${i.anchor}”后增加“${i.text?.[0] ?? ''}”。`];
    case 'modify-paragraph':
      return quoted(`将${art}${para(i.paragraph)}修改为：`);
    case 'add-paragraph':
      return quoted(`${art}增加一款，作为第${chineseNumeral(i.asParagraph ?? 1)}款：`);
    case 'drop-paragraph':
      return [`删去${art}${para(i.paragraph)}。`];
    // A whole 项: 在第十条第一款中增加一项，作为第五项：“（五）……”; 删去第十条第一款第三项.
    case 'add-item': {
      const n = i.text?.length ?? 1;
      const places = Array.from({ length: n }, (_, k) => `第${chineseNumeral((i.asItem ?? 1) + k)}项`).join('、');
      return quoted(`在${art}${para(i.paragraph)}中增加${n === 2 ? '两' : chineseNumeral(n)}项，作为${places}：`);
    }
    case 'drop-item':
      return [`删去${art}${para(i.paragraph)}第${chineseNumeral(i.item ?? 1)}项。`];
    case 'split-article':
      return i.reworded ? quoted(`将${art}${para(i.paragraph)}单列一条，作为${i.as}，修改为：`) : [`将${art}${para(i.paragraph)}单列一条，作为${i.as}。`];
    case 'merge-articles':
      return quoted(`将${art}合并，作为${i.as}，修改为：`);
    case 'add-article':
      return quoted(`增加一条，作为${i.as}：`);
    case 'drop-article':
      return [`删去${art}。`];
    case 'modify-chapter-title':
      return closed(quoted(`将${art}章名修改为：`));
    case 'merge-chapters':
      return closed(quoted(`将${art}合并为一章，作为${i.as}，章名为：`));
    case 'add-chapter':
      return closed(quoted(`增加一章，作为${i.as}，章名为：`));
    case 'drop-chapter-title':
      return [`删去${art}章名。`];
    // A 节 or 编 (no unit of its own): 将第二章第二节节名修改为：, 第十五章增加一节，作为第四节，节名为：.
    case 'modify-heading-title':
      return closed(quoted(`将${art}${i.level ? `${i.level}名` : '的标题'}修改为：`));
    case 'add-heading':
      return closed(quoted(i.level ? `${art}增加一${i.level}，作为${i.as}，${i.level}名为：` : `${art}增加${i.as}，标题为：`));
    case 'drop-heading-title':
      return [`删去${art}${i.level ? `${i.level}名` : '的标题'}。`];
  }
}

function escapeMd(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/[*_~`<>[\]#|]/g, (c) => `\\${c}`);
}
