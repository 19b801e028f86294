// Encoding detection: UTF-8, UTF-16 with and without BOM, GB18030; binary and empty files refused.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode-text.js';
import { InputError } from '../../src/errors.js';

const TEXT = '（一）加大财政支持力度。给予最高150万元奖励。';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    const bytes = Buffer.from(TEXT, 'utf8');
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), 'a.txt').text).toBe(TEXT);
  });

  it('reads UTF-16LE with a BOM and without one', () => {
    const le = Buffer.from(TEXT + ' policy 2024', 'utf16le');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'a.txt')).toMatchObject({ encoding: 'utf-16le' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'a.txt').text).toBe(TEXT + ' policy 2024');
  });

  it('reads GB18030/GBK bytes', () => {
    // 中文政策 in GBK: D6D0 CEC4 D5FE B2DF
    const gbk = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xd5, 0xfe, 0xb2, 0xdf, 0x31, 0x30, 0x25]);
    expect(decodeText(gbk, 'a.txt')).toEqual({ text: '中文政策10%', encoding: 'gb18030' });
  });

  it('refuses empty and binary input with a message naming the file', () => {
    expect(() => decodeText(Buffer.alloc(0), 'empty.txt')).toThrow(/empty\.txt: the file is empty/);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00, 0x01]);
    expect(() => decodeText(png, 'x.png')).toThrow(InputError);
    expect(() => decodeText(png, 'x.png')).toThrow(/binary/);
  });
});

describe('a long UTF-8 text with a few bad bytes', () => {
  it('is read, the bad bytes as � (GB18030 text, where nearly every character is invalid UTF-8, is still read as GB18030 above)', () => {
    const line = Buffer.from('对符合条件的项目给予最高150万元奖励，推动经济高质量发展。\n', 'utf8');
    const parts: Buffer[] = [];
    for (let k = 0; k < 2000; k++) parts.push(k % 400 === 7 ? Buffer.concat([line, Buffer.from([0xff])]) : line);
    const decoded = decodeText(Buffer.concat(parts), 'long.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.match(/\uFFFD/g)).toHaveLength(5);
  });
});
