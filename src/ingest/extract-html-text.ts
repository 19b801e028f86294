// Turns an HTML page into the policy's plain text: navigation, scripts and credits dropped, blocks as lines, table rows as tab-separated cells.
import { type ChildNode, type Element, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/** Elements nested deeper than this have their text kept and their markup dropped: no page nests so deep, and every walk stays short. */
const MAX_DEPTH = 200;

/** Elements that never hold policy text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'select', 'button', 'svg', 'canvas', 'object', 'head']);
/** Class or id words of site furniture (navigation, share bars, related links, copyright boxes). */
const CHROME_NAME =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|footer|header|share|sidebar|side|toolbar|banner|copyright|related|comments?|search|login|skip|print|fontsize|font-size|xgxx|xgwz)(?:$|[\s_-])/i;
/** Elements that start a new line. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tbody', 'thead',
  'tfoot', 'tr', 'blockquote', 'pre', 'dl', 'dd', 'dt', 'figure', 'figcaption', 'center', 'address', 'body', 'html',
]);
const HAN = /\p{Script=Han}/gu;

/**
 * The text of an HTML page's policy content. The content is the innermost element that still holds
 * most of the page's Chinese text once site furniture is dropped; a heading just outside it (the
 * page's <h1>) is kept as the title. The result still goes through the normalize stage, which drops
 * remaining lines of web chrome (您的位置, 来源, 责任编辑 …).
 */
export function extractHtmlText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  capDepth(doc);
  const body = findFirst(doc.children, (e) => e.name === 'body') ?? doc;
  const content = contentRoot(body);
  const lines: string[] = [];
  if (content !== body) {
    const title = findFirst(body.children, (e) => e.name === 'h1' && !contains(content, e));
    if (title && !isChrome(title)) lines.push(collapse(textOf(title)));
  }
  const out: Out = { lines, current: '' };
  writeNode(content, out, false);
  flush(out);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/** Flattens what lies deeper than MAX_DEPTH into its text, walking with a stack of its own (10,000 nested <div>s are one line). */
function capDepth(root: { children: ChildNode[] }): void {
  const stack: Array<[{ children: ChildNode[] }, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth < MAX_DEPTH) {
      for (const c of node.children) if (isElement(c)) stack.push([c, depth + 1]);
      continue;
    }
    let text = '';
    const inner: ChildNode[] = [...node.children].reverse();
    while (inner.length) {
      const c = inner.pop()!;
      if (c.type === 'text') text += c.data;
      else if (isElement(c) && !SKIPPED.has(c.name)) for (let k = c.children.length - 1; k >= 0; k--) inner.push(c.children[k]!);
    }
    const flat = new Text(text);
    flat.parent = node as Element;
    node.children = text ? [flat] : [];
  }
}

interface Out {
  lines: string[];
  current: string;
  /** A list number waiting for the item's first line. */
  prefix?: string;
}

function isElement(n: ChildNode | { children?: ChildNode[] }): n is Element {
  return (n as Element).type === 'tag' || (n as Element).type === 'script' || (n as Element).type === 'style';
}

function isChrome(e: Element): boolean {
  if (SKIPPED.has(e.name)) return true;
  const names = `${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`;
  return names.trim() !== '' && CHROME_NAME.test(names);
}

function findFirst(nodes: ChildNode[], test: (e: Element) => boolean): Element | null {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (test(n)) return n;
    const inner = findFirst(n.children, test);
    if (inner) return inner;
  }
  return null;
}

function contains(root: { children: ChildNode[] }, target: Element): boolean {
  return findFirst(root.children, (e) => e === target) !== null;
}

/** Han characters in an element's text, furniture excluded. */
function hanCount(node: { children: ChildNode[] }): number {
  let n = 0;
  for (const c of node.children) {
    if (c.type === 'text') n += c.data.match(HAN)?.length ?? 0;
    else if (isElement(c) && !isChrome(c)) n += hanCount(c);
  }
  return n;
}

/** Descends into the child holding at least 80% of the Chinese text, while there is one. */
function contentRoot(body: { children: ChildNode[] }): { children: ChildNode[] } {
  let node = body;
  for (;;) {
    const total = hanCount(node);
    if (total === 0) return node;
    const next = node.children.find((c): c is Element => isElement(c) && !isChrome(c) && hanCount(c) >= total * 0.8);
    if (!next || next.name === 'p' || next.name === 'table') return node;
    node = next;
  }
}

function textOf(node: { children: ChildNode[] }): string {
  let s = '';
  for (const c of node.children) {
    if (c.type === 'text') s += c.data;
    else if (isElement(c) && !SKIPPED.has(c.name)) s += c.name === 'br' ? '\n' : textOf(c);
  }
  return s;
}

function collapse(s: string): string {
  return s.replace(/[ \t\r\n\f]+/g, ' ').trim();
}

function flush(out: Out): void {
  const line = out.current.replace(/[ \t\r\n\f]+/g, ' ').trim();
  out.current = '';
  if (!line) return;
  out.lines.push(`${out.prefix ?? ''}${line}`);
  out.prefix = undefined;
}

function writeNode(node: { children: ChildNode[] }, out: Out, inPre: boolean): void {
  for (const c of node.children) {
    if (c.type === 'text') {
      if (inPre) {
        const parts = c.data.split('\n');
        parts.forEach((p, i) => {
          if (i > 0) flush(out);
          out.current += p;
        });
      } else out.current += c.data;
      continue;
    }
    if (!isElement(c) || isChrome(c)) continue;
    if (c.name === 'br') {
      flush(out);
      continue;
    }
    if (c.name === 'tr') {
      flush(out);
      const cells = c.children.filter((d): d is Element => isElement(d) && (d.name === 'td' || d.name === 'th'));
      const row = cells.map((cell) => collapse(textOf(cell)));
      if (row.some((r) => r !== '')) out.lines.push(row.join('\t'));
      continue;
    }
    if (c.name === 'ol') {
      flush(out);
      writeOrderedList(c, out);
      continue;
    }
    const block = BLOCK.has(c.name);
    if (block) flush(out);
    writeNode(c, out, inPre || c.name === 'pre');
    if (block) flush(out);
  }
}

/** An ordered list's items carry their numbers as text ("1."), as a word processor's automatic numbering prints them. */
function writeOrderedList(list: Element, out: Out): void {
  let n = Number.parseInt(list.attribs.start ?? '1', 10) || 1;
  for (const item of list.children) {
    if (!isElement(item) || item.name !== 'li') continue;
    out.prefix = `${n}.`;
    writeNode(item, out, false);
    flush(out);
    out.prefix = undefined;
    n++;
  }
}
