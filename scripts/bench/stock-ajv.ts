/**
 * Stock JSON Forms' validator: `createAjv` from @jsonforms/core, as its docs set it up. Two
 * additions only, without which ajv refuses to compile our schemas at all: `$data` (limits such as
 * 主营业务收入 ≤ 营业收入 refer to another field) and our own keywords and formats, registered as
 * no-ops. So stock checks less than zjtx (no 统一社会信用代码 check, no character count): its
 * validation figure is a lower bound.
 */
import { createAjv } from '@jsonforms/core';

export interface StockAjvOptions {
  /** Format names our schemas use that ajv-formats does not know. */
  formats: readonly string[];
  /** Keywords our schemas add to JSON Schema. */
  keywords: readonly string[];
}

export function stockAjv({ formats, keywords }: StockAjvOptions): ReturnType<typeof createAjv> {
  const ajv = createAjv({ $data: true });
  for (const name of formats) if (!ajv.formats[name]) ajv.addFormat(name, true);
  for (const keyword of keywords) ajv.addKeyword(keyword);
  return ajv;
}
