// A file that holds several documents (a notice printing a 若干政策 and an 行动计划): each is read as its own part, with its own numbering.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import { alignLoaded, diffAligned } from '../../src/pipeline.js';
import { unitSection } from '../../src/parse/describe-unit.js';

const NOTICE = fs.readFileSync('test/fixtures/outline/notice-two-documents.txt', 'utf8');
const load = (id: string, text: string) => loadSynthetic({ id, source: 'fixture', text, truth: new Set() });

describe('a notice that prints two documents', () => {
  const { parsed } = load('notice', NOTICE);

  it('takes the notice title as the file title and each document as a part with its own title', () => {
    expect(parsed.title).toBe('云湖市人民政府关于印发《云湖市促进外贸稳规模优结构若干政策》和《云湖市跨境电商高质量发展行动计划（2024—2026年）》的通知');
    expect(parsed.sections.filter((s) => /^d\d$/.test(s.id)).map((s) => [s.id, s.title])).toEqual([
      ['d1', '云湖市促进外贸稳规模优结构若干政策'],
      ['d2', '云湖市跨境电商高质量发展行动计划（2024—2026年）'],
    ]);
    // Each part's own preamble is its heading's intro, not the notice's.
    expect(parsed.sections.find((s) => s.id === 'd2')!.intro).toBe('为加快发展跨境电子商务，培育外贸发展新动能，制定本行动计划。');
  });

  it('numbers each part from 一、: part 1 keeps its ids, part 2 is d2.…, and nothing is merged into one numbering', () => {
    const part = (k: number) => parsed.clauses.filter((c) => c.part === k).map((c) => c.id);
    expect(part(1)).toEqual(['c1.1', 'c1.2', 'c1.3', 'c2.1', 'c2.2', 'c2.3', 'c3.1', 'c3.2', 'c3.3', 'c4.1', 'c4.2', 'c4.3']);
    expect(part(2)).toEqual(['d2.c2.1', 'd2.c2.2', 'd2.c2.3', 'd2.c2.4', 'd2.c2.5', 'd2.c3.1', 'd2.c3.2', 'd2.c3.3']);
    expect(parsed.sections.filter((s) => s.part === 2 && s.number > 0).map((s) => `${s.id} ${s.label}${s.title}`)).toEqual(['d2.s1 一、总体目标', 'd2.s2 二、重点任务', 'd2.s3 三、保障措施']);
    expect(parsed.warnings).toEqual([]);
  });

  it('keeps the first part’s closing as its own, and puts each part in the outline under its title', () => {
    expect(parsed.sections.find((s) => s.id === 'd1.closing')!.intro).toBe('本政策自2024年4月1日起施行，有效期至2025年12月31日。');
    expect(parsed.closing).toBeNull();
    const top = parsed.outline!.filter((n) => n.depth === 1).map((n) => n.unit);
    expect(top).toEqual(['d1', 'd2']);
    expect(unitSection(parsed, 'd2.c2.3')).toBe('云湖市跨境电商高质量发展行动计划（2024—2026年） › 二、重点任务');
  });

  it('a change in the second document is reported in its place there; a dropped item of it is base-only', () => {
    const edited = NOTICE.replace('突破500亿元', '突破600亿元').replace(/^（四）推进品牌出海.*\n/m, '');
    const d = diffAligned(alignLoaded(load('notice', NOTICE), load('notice-v2', edited), []));
    const changed = d.pairs.filter((p) => p.status !== 'identical' && p.status !== 'variant-only');
    expect(changed.map((p) => [p.base.join('+'), p.other.join('+'), p.status])).toEqual([
      ['d2.s1', 'd2.s1', 'modified'],
      ['d2.c2.4', '', 'base-only'],
    ]);
    expect(changed[0]!.numbers.find((n) => n.change === 'changed')).toMatchObject({ before: { value: 50000000000 }, after: { value: 60000000000 } });
    expect(changed[1]!.labels.base).toBe('《云湖市跨境电商高质量发展行动计…》（四）推进品牌出海');
  });

  it('a notice that prints its documents as 附件1, 附件2 reads them as parts, not as attachments', () => {
    const withLines = NOTICE.replace(/^云湖市促进外贸稳规模优结构若干政策$/m, '附件1\n云湖市促进外贸稳规模优结构若干政策').replace(/^云湖市跨境电商高质量发展行动计划（2024—2026年）$/m, '附件2\n云湖市跨境电商高质量发展行动计划（2024—2026年）');
    expect(withLines).toContain('附件2');
    const p = load('notice-attached', withLines).parsed;
    expect(p.clauses.map((c) => c.id)).toEqual(parsed.clauses.map((c) => c.id));
    expect(p.attachments).toEqual([]);
    expect(p.warnings).toEqual([]);
  });

  it('an attachment to a plan with its own 一、 stays an attachment, though it is written like a document', () => {
    const text = ['某市推动经济高质量发展若干政策', '一、扩大有效投资', '（一）加大财政支持力度。安排资金1亿元。', '附件', '重点任务分工方案', '一、扩大有效投资', '序号\t任务\t责任单位', '1\t安排资金1亿元\t市财政局', '2\t建设项目100个\t市发改委'].join('\n');
    const p = load('plan-attached', text).parsed;
    expect(p.clauses.map((c) => c.id)).toEqual(['c1']);
    expect(p.clauses.some((c) => c.part !== undefined)).toBe(false);
    expect(p.attachments.length).toBeGreaterThan(0);
  });

  it('a 一、 again with no title line above it is not a new document: it stays where it is, and a restart after the closing is warned of', () => {
    const text = ['某市若干政策', '一、甲', '（一）支持甲。给予补助10万元。', '二、乙', '（一）支持乙。给予补助20万元。', '本政策自2024年1月1日起施行。', '一、另起', '（一）支持丙。给予补助30万元。'].join('\n');
    const p = load('restart', text).parsed;
    expect(p.clauses.some((c) => c.part !== undefined)).toBe(false);
    expect(p.warnings.map((w) => w.message).join('\n')).toMatch(/numbering starts again/);
  });
});
