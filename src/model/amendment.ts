// Schema of a drafted amendment decision (修改决定): its items in the order of the old text, each a drafting formula with the new wording.
import * as z from 'zod';

export const AmendmentKind = z.enum([
  'modify-article',
  'modify-paragraph',
  'add-paragraph',
  'drop-paragraph',
  'split-article',
  'merge-articles',
  'add-article',
  'drop-article',
  'modify-chapter-title',
  'merge-chapters',
  'add-chapter',
  'drop-chapter-title',
  'modify-heading-title',
  'add-heading',
  'drop-heading-title',
  'move-article',
  'replace-words',
  'drop-words',
  'add-words',
  'add-item',
  'drop-item',
]);

export const AmendmentItem = z.object({
  kind: AmendmentKind,
  /** The old text's articles or chapter the item cites, as printed there (第八条, 第三章). */
  cites: z.array(z.string()),
  /** The 款 of the cited article (1-based, in the old text), for paragraph items and a split. */
  paragraph: z.number().int().optional(),
  /** Where the new 款 stands in the new article (增加一款，作为第一款). */
  asParagraph: z.number().int().optional(),
  /** The 项 of the cited 款 an item drops (删去第十条第一款第三项), and where an added 项 stands in the new 款 (增加一项，作为第五项; the
   * first of several added one after another, each a line of `text`). */
  item: z.number().int().optional(),
  asItem: z.number().int().optional(),
  /** The new text's article or chapter it becomes (作为第四十九条), as printed there. */
  as: z.string().optional(),
  /** The new wording, paragraph by paragraph (null where the item deletes). */
  text: z.array(z.string()).nullable(),
  /** A split-off or merged article whose text is unchanged is only moved: no 修改为. */
  reworded: z.boolean().optional(),
  /** The level a heading item names (节, 编, 分编), empty for a plan's subheading ((二) of 一、): 节名 or 标题. */
  level: z.string().optional(),
  /** The old words an item replaces or drops (中的“领购”修改为“领用”), or those an insertion follows (`anchor`: 在“报”后增加“党中央、”). */
  quote: z.string().optional(),
  anchor: z.string().optional(),
  /** An article moved out of its order (to another place or chapter): the number it takes there (将第八条改为第六条，修改为：…). */
  movedTo: z.string().optional(),
});

export const Amendment = z.object({
  /** The act amended, as the old text names it (中华人民共和国会计法). */
  title: z.string(),
  items: z.array(AmendmentItem),
  /** Articles were inserted, deleted or renumbered: the text is republished with its articles renumbered. */
  renumbered: z.boolean(),
  /** What the drafter must know first: the texts are not laws in articles; so much changed that a 修订 may suit better. */
  cautions: z.array(z.enum(['not-articles', 'revision'])),
  /** Edits of standard characters and punctuation (帐→账) left out of the items, for the drafter to decide. */
  standardized: z.array(z.object({ before: z.string(), after: z.string(), count: z.number().int() })),
  /** The date the new text takes effect (本法自2023年3月1日起施行): the decision's own; that article is no item of it. */
  effective: z.string().optional(),
});

export type AmendmentKind = z.infer<typeof AmendmentKind>;
export type AmendmentItem = z.infer<typeof AmendmentItem>;
export type Amendment = z.infer<typeof Amendment>;
