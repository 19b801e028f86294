// Which paragraphs stand inside a quotation an amendment opens over several paragraphs (将第X条修改为：“… / （一）… / …。”).
import type { Paragraph } from './paragraphs.js';
import { readHeading } from './read-heading.js';

/** A quotation opened after a colon (修改为：“, 增加一条：“) that a paragraph leaves open. */
const QUOTE_AFTER_COLON = /[：:]\s*“/;

/**
 * Which paragraphs stand inside a quotation that a numbered item opened after a colon (六、将第一百八十二条修改为：“有下列情形之一的：)
 * and a later paragraph closes at its end (…依照前款的规定处罚。”): an amendment quoting a list over several paragraphs, whose （一）（二）
 * lines are the quoted text, not the numbering. Each quoted paragraph may open again with “ (the convention: only the last closes
 * it). The next item of the opening item's own numbering (二十四、 after 二十三、) ends the quotation before it, where a closing ” was
 * lost; a quotation that never closes, or closes inside a paragraph (a quoted name: “最多跑一次”改革…), quotes nothing.
 */
export function quotedParagraphs(paragraphs: Paragraph[]): boolean[] {
  const inside = new Array<boolean>(paragraphs.length).fill(false);
  let openedAt = -1;
  let openerStyle: string | undefined;
  paragraphs.forEach((p, i) => {
    const text = p.text.trim();
    const style = readHeading(text)?.style;
    if (openedAt >= 0 && style !== undefined && style === openerStyle) {
      for (let j = openedAt + 1; j < i; j++) inside[j] = true;
      openedAt = -1;
    }
    const open = openedAt >= 0;
    let depth = open ? 1 : 0;
    for (let k = open && text.startsWith('“') ? 1 : 0; k < text.length; k++) {
      if (text[k] === '“') depth++;
      else if (text[k] === '”') depth = Math.max(0, depth - 1);
    }
    if (open) {
      // Only a paragraph that ends with the closing mark closes the quotation (…依照前款的规定处罚。”); one closed inside (a name in
      // quotes, “最多跑一次”改革…) means the opening ” was lost: nothing is quoted.
      if (depth === 0) {
        if (/”[。；]?$/.test(text)) for (let j = openedAt + 1; j <= i; j++) inside[j] = true;
        openedAt = -1;
      }
    } else if (depth > 0 && QUOTE_AFTER_COLON.test(text) && style !== undefined) [openedAt, openerStyle] = [i, style];
  });
  return inside;
}
