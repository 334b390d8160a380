/**
 * GB/T 4754-2017 大类, read from the schema file so the list lives in one place.
 * 97 divisions numbered 01–97 (the 2017 numbering, which added 79 土地管理业 and
 * renumbered 卫生 as 84; lists copied from the 2011 edition get these wrong).
 */
import gbt4754 from '../../../schemas/reference/gbt4754-2017.schema.json';

export interface Industry {
  code: string;
  name: string;
}

export const INDUSTRIES: readonly Industry[] = gbt4754.oneOf.map((o) => ({
  code: o.const,
  name: o.title.slice(o.const.length + 1),
}));

const byCode = new Map(INDUSTRIES.map((i) => [i.code, i]));

export const industryByCode = (code: string): Industry | undefined => byCode.get(code);
