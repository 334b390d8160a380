/**
 * The one ajv factory. The form (JSON Forms) and the export both validate
 * with an instance made here, so a dossier the form shows as valid is never
 * refused at download, nor the other way round.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { isUscc } from '../formats/uscc.ts';
import { isCount, isMobile, isPhone, isPostcode, isProductCode, isYearMonth, isPercent, isSignedPercent, isSignedWanyuan, isWanyuan } from '../formats/numbers.ts';
import { countCharsUpTo } from '../text/count-chars.ts';
import { ALL_SCHEMAS } from '../schema/store.ts';

export type Ajv = InstanceType<typeof Ajv2020>;

export function createAjv(): Ajv {
  const ajv = new Ajv2020({
    // JSON Forms needs every error of every field, with the failing schema attached.
    allErrors: true,
    verbose: true,
    strict: true,
    // Conditional `required` (if/then) is the whole point of checkbox rows; do not warn about it.
    strictRequired: false,
    // Cross-field limits such as 主营业务收入 ≤ 营业收入 ({ "maximum": { "$data": "1/revenue" } }).
    $data: true,
  });
  addFormats(ajv, ['date', 'email']);
  ajv.addFormat('uscc', { type: 'string', validate: isUscc });
  ajv.addFormat('mobile', { type: 'string', validate: isMobile });
  ajv.addFormat('productCode', { type: 'string', validate: isProductCode });
  ajv.addFormat('postcode', { type: 'string', validate: isPostcode });
  ajv.addFormat('phone', { type: 'string', validate: isPhone });
  ajv.addFormat('yearMonth', { type: 'string', validate: isYearMonth });
  ajv.addFormat('wanyuan', { type: 'number', validate: isWanyuan });
  ajv.addFormat('signedWanyuan', { type: 'number', validate: isSignedWanyuan });
  ajv.addFormat('percent', { type: 'number', validate: isPercent });
  ajv.addFormat('signedPercent', { type: 'number', validate: isSignedPercent });
  ajv.addFormat('count', { type: 'number', validate: isCount });
  ajv.addKeyword({
    keyword: 'maxChars',
    type: 'string',
    schemaType: 'number',
    // Counted as a person counts (grapheme clusters), which `maxLength` does not do.
    // Within the limit by length alone (a character is at least one UTF-16 unit), or count only up to it.
    validate: (limit: number, data: string) => data.length <= limit || countCharsUpTo(data, limit) <= limit,
    errors: false,
  });
  // Display-only annotation read by the form and the documents.
  ajv.addKeyword({ keyword: 'unit', schemaType: 'string' });
  // Display-only: where a text field's suggestions come from (see reference/suggestions.ts).
  ajv.addKeyword({ keyword: 'suggest', schemaType: 'string' });
  for (const schema of ALL_SCHEMAS) ajv.addSchema(schema);
  return ajv;
}
