// Schema of a numeric fact: one quantity stated in a clause, in its canonical unit.
import * as z from 'zod';

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
  /** The item a tiered list pairs with this value ("分别给予" lists). */
  item: z.string().optional(),
  /** What kind of quantity: money, ratio, area, energy, power, count, year, date, duration, other. */
  kind: z.string(),
  /** The bound itself is excluded (低于5%, 超过三年, 不足十人); absent where it is included (以上, 不超过, 最高). */
  strict: z.boolean().optional(),
  /** A range written as both bounds (五千元以上五万元以下, 100-200万元): comparator range, value the upper bound. */
  range: z.object({ min: z.number(), max: z.number(), minStrict: z.boolean(), maxStrict: z.boolean() }).optional(),
  /** Whom a fine applies to (单位, 直接负责的主管人员和其他直接责任人员 …), and the condition of its tier (情节严重). */
  subject: z.string().optional(),
  /** What a multiple (倍) multiplies: 违法所得, 货值金额 …; a multiple pairs only with one of the same base. */
  base: z.string().optional(),
  tier: z.string().optional(),
  /**
   * How often a sum recurs, where the text says (每人每月3000元, 200万元/年: 月, 年, 季度, 天 …): the value stays the sum printed, and
   * two sums of different periods are compared per year (每月3000元 → 每年3.6万元 is unchanged).
   */
  period: z.string().optional(),
  /**
   * The last day a validity runs to, where the text gives its start (自2024年1月1日起施行，有效期3年: 20261231), as a date is written
   * (YYYYMMDD): it is compared with an end date the other text prints (有效期至2026年12月31日).
   */
  until: z.number().int().optional(),
});

/** A validity read as the date it runs to (有效期3年 from 2024年1月1日 → 2026年12月31日); any other fact as it is. */
export function asEndDate(f: Fact): Fact {
  if (f.until === undefined) return f;
  const { range: _r, strict: _s, until: _u, ...rest } = f;
  return { ...rest, value: f.until, unit: '日期', kind: 'date', comparator: 'eq' };
}

export type Comparator = z.infer<typeof Comparator>;
export type Fact = z.infer<typeof Fact>;

/** The lowest value a figure allows: a range's lower bound; nothing (0) for a cap alone (五万元以下); else the value. */
export function lowerBound(f: Pick<Fact, 'range' | 'comparator' | 'value'>): number {
  return f.range?.min ?? (f.comparator === 'max' ? 0 : f.value);
}
