// A title line stands as a paragraph of its own in a text laid out in paragraphs, unless the next line goes on with it.
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';

const lines = (raw: string) => normalizeDocument('t', raw).text.split('\n');

describe('title lines', () => {
  it('a notice title is not joined with the addressees below it', () => {
    const raw = ['某市人民政府文件', '某市人民政府关于印发某市推动经济高质量发展若干政策和某市扩大有效投资行动计划的通知', '各县（市、区）人民政府，市政府各部门、各直属单位：', '现将两个文件印发给你们，请认真贯彻落实。'].join('\n');
    expect(lines(raw)[1]).toBe('某市人民政府关于印发某市推动经济高质量发展若干政策和某市扩大有效投资行动计划的通知');
  });

  it('a title that goes on in the next line (…若干政策 / 的通知) is one line', () => {
    const raw = ['某市人民政府文件', '某市人民政府关于印发某市推动经济高质量发展若干政策', '的通知', '各县（市、区）人民政府：', '现将文件印发给你们。'].join('\n');
    expect(lines(raw)[1]).toBe('某市人民政府关于印发某市推动经济高质量发展若干政策的通知');
  });

  it('a wrapped line that opens with a citation (第八条的规定, （三）项的规定) goes on with the line before', () => {
    const wide = '业主大会或者业主委员会应当在收到申请之日起十五日内，按照'; // as wide as the page, twenty-odd lines like it
    const raw = [...Array.from({ length: 24 }, () => wide), '第八条的规定组织召开业主大会会议。', wide, '（三）项的规定处理。'].join('\n');
    const out = normalizeDocument('t', raw).text;
    expect(out).toContain('按照第八条的规定组织召开');
    expect(out).toContain('按照（三）项的规定处理');
  });
});

