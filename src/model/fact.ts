// Schema of a numeric fact: one quantity stated in a clause, in its canonical unit.
import { z } from 'zod';

export const Comparator = z.enum(['max', 'min', 'approx', 'eq', 'range']);

export const Fact = z.object({
  /** The exact text of the quantity as it stands in the display text (e.g. "最高150万元"). */
  text: z.string(),
  /** Value in the canonical unit: 元 for money, 30 for 30%, 亩, 千瓦, years as the year. */
  value: z.number(),
  /** Canonical unit: 元, %, 亩, 吨标准煤, 千瓦, 千瓦时, 年, 个, 家 … */
  unit: z.string(),
  comparator: Comparator,
  /** The phrase saying what is measured, e.g. 首次认定的国家级专精特新“小巨人”企业 奖励. */
  quantity: z.string(),
  /** Offsets into the clause text (start inclusive, end exclusive). */
  start: z.number().int(),
  end: z.number().int(),
  /** Upper bound when the text gives a range (value is then the lower bound). */
  upper: z.number().optional(),
  /** The item a tiered list pairs with this value ("分别给予" lists). */
  item: z.string().optional(),
  /** What kind of quantity: money, ratio, area, energy, power, count, year, date, duration, other. */
  kind: z.string(),
  /** A range written as both bounds (五千元以上五万元以下): comparator range, value the upper bound. */
  range: z.object({ min: z.number(), max: z.number(), minStrict: z.boolean(), maxStrict: z.boolean() }).optional(),
  /** Whom a fine applies to (单位, 直接负责的主管人员和其他直接责任人员 …), and the condition of its tier (情节严重). */
  subject: z.string().optional(),
  tier: z.string().optional(),
});

export type Comparator = z.infer<typeof Comparator>;
export type Fact = z.infer<typeof Fact>;
