// Builds small .docx, .pdf and .html files from lines of the real corpus, for the input-format tests.
import JSZip from 'jszip';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface DocxContent {
  /** In order: a string is a paragraph, an array of rows of cells is a table. */
  blocks: Array<string | string[][]>;
  /** Paragraphs written as an automatically numbered list (Word numbering, no number in the text). */
  numbered?: string[];
  /** How the list's numbers print (Word's numFmt and lvlText): 1. by default; chineseCounting with （%1） prints （一）. */
  numbering?: { format: string; text: string };
  /** The list numbered through a paragraph style (styles.xml), as a template's heading styles are, not on each paragraph. */
  byStyle?: boolean;
}

/** A minimal but valid Word document (the parts Word itself requires). */
export async function makeDocx(content: DocxContent): Promise<Buffer> {
  const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r></w:p>`;
  const listPara = (t: string) =>
    content.byStyle
      ? `<w:p><w:pPr><w:pStyle w:val="ListItem"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r></w:p>`
      : `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r></w:p>`;
  const table = (rows: string[][]) =>
    `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
  const body = [...content.blocks.map((b) => (typeof b === 'string' ? para(b) : table(b))), ...(content.numbered ?? []).map(listPara)].join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file(
    'word/numbering.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${content.numbering?.format ?? 'decimal'}"/><w:lvlText w:val="${escapeXml(content.numbering?.text ?? '%1.')}"/></w:lvl></w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
  );
  zip.file(
    'word/styles.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:style w:type="paragraph" w:styleId="ListItem"><w:name w:val="List Item"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A PDF whose text layer uses the non-embedded Adobe font STSong-Light with the predefined CMap
 * UniGB-UCS2-H, as many Chinese government PDFs do: reading it back needs the CJK CMaps.
 * One entry of `pages` per page, one string per printed line (or the line with where it starts, in points from the left).
 */
export function makePdf(pages: Array<Array<string | { text: string; x: number }>>): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const catalog = add('');
  const pagesObj = add('');
  const descriptor = add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  const cidFont = add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`);
  const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`);
  const kids: number[] = [];
  for (const lines of pages) {
    // A line is printed at x = 60 (the left margin) unless it says where (an indented or centred line).
    const ops = lines.map((entry, i) => {
      const { text: line, x } = typeof entry === 'string' ? { text: entry, x: 60 } : entry;
      const hex = [...line].map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('');
      return `BT /F1 14 Tf 1 0 0 1 ${x} ${780 - i * 24} Tm <${hex}> Tj ET`;
    });
    const stream = ops.join('\n');
    const contents = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A news-site page around the text: navigation, breadcrumb, share bar, credits and a footer. */
export function makeHtml(title: string, lines: string[], charset = 'utf-8'): string {
  const esc = (s: string) => escapeXml(s);
  return `<!DOCTYPE html><html><head><meta charset="${charset}"><title>${esc(title)}_政策文件_门户网站</title>
<style>.nav{color:red}</style><script>var x = "首页 政务公开";</script></head>
<body><div class="header"><div class="nav"><a href="/">首页</a> | <a href="/zw">政务公开</a> | <a href="/hd">互动交流</a> | <a href="/fw">办事服务</a></div></div>
<div class="breadcrumb">您的位置：首页 &gt; 政务公开 &gt; 政策文件</div>
<div class="main-wrap"><div class="article">
<h1>${esc(title)}</h1><div class="info">发布日期：2024-02-21 来源：市政府办公厅 浏览次数：1024</div>
<div class="share">分享到：微信 微博</div>
<div class="content" id="zoom">${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}</div>
</div><div class="sidebar"><h3>相关文件</h3><ul><li><a href="#">关于印发某某政策的通知</a></li><li><a href="#">政策解读：一图读懂</a></li></ul></div></div>
<div class="footer">主办单位：某市人民政府办公厅 版权所有 备案号：浙ICP备00000000号</div></body></html>`;
}
