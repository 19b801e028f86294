// The comparison key of a display text, with a map back: variants folded, place names masked, quote styles unified.
import { TrackedText } from '../normalize/tracked-text.js';
import { variantKeyPattern } from '../normalize/reverse-vocabulary.js';

/**
 * A cited article (第十八条, 第十二条之一), with what stands just before it when that names another act (《行政处罚法》第三条,
 * 行政诉讼法第三条): those are not this text's articles. 本法, 本条例 … and a bare 第X条 are.
 */
const ARTICLE_REFERENCE = /(》|(?<!本)(?:法|条例|规定|办法|细则))?(第[零〇一二三四五六七八九十百千]+条(?:之[零〇一二三四五六七八九十]+)?)/g;
const ITEM_LABEL = /(^|\n)(?:（[零〇一二三四五六七八九十百]{1,5}）|（\d{1,3}）|\d{1,3}[.．、](?!\d))/g;

/** What a masked jurisdiction name becomes in the key. */
export const PLACE_MARK = '◇';

export interface KeyedText {
  key: string;
  /** toDisplay[i] = offset in the display text of key[i]; toDisplay[key.length] = display length. */
  toDisplay: Int32Array;
}

/** Builds the key used for diffs: two texts that differ only by variants have the same key. */
export function keyText(display: string, places: RegExp, references?: ReadonlyMap<string, string>): KeyedText {
  const { re, map } = variantKeyPattern();
  const t = new TrackedText(display)
    // A cited article renumbered in the other document is cited by its new number there: 依照本法第十八条 keys as 第十七条.
    .replace(ARTICLE_REFERENCE, (m, otherLaw: string, cited: string) => (otherLaw ? m : (references?.get(cited) ?? m)))
    .replace(new RegExp(re.source, 'g'), (m) => map.get(m) ?? m)
    .replace(new RegExp(places.source, 'g'), PLACE_MARK)
    .replace(/[「『]/g, '“')
    .replace(/[」』]/g, '”')
    .replace(/[〈]/g, '《')
    .replace(/[〉]/g, '》')
    // The number of an item (项 （三）, 目 3.) at the start of a line follows from the items before it: renumbered, it is no change.
    .replace(ITEM_LABEL, '$1（#）');
  return { key: t.text, toDisplay: t.offsets };
}
