/**
 * Maps a dossier to the flat data a template needs, following the annex's
 * declarative field list. The same list tells the contract test which tags a
 * template must contain, so the two cannot drift apart.
 */
import { annexSchema } from '../annexes/schemas.ts';
import type { AnnexDefinition, CheckField, FieldMapping, TextField } from '../annexes/types.ts';
import { getPath } from '../dossier/paths.ts';
import { ProgramError } from '../errors.ts';
import { industryByCode } from '../reference/industries.ts';
import type { JsonSchema } from '../schema/types.ts';
import { checkMark, chineseDate, displayText, productCategoryText } from './display.ts';

/** Strings for text and check tags; lists of paragraphs for paragraph loops. */
export type TemplateData = Record<string, string | string[]>;

/** The schema node at a dot path, walking `properties`. */
export function schemaAt(schema: JsonSchema, path: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of path.split('.')) {
    const props = node?.properties as Record<string, JsonSchema> | undefined;
    node = props?.[key];
  }
  return node;
}

/** The options of a checkbox row, taken from the field's `enum` so labels live in the schema only. */
export function checkOptions(annex: AnnexDefinition, field: CheckField): string[] {
  if (field.groups) return Object.keys(field.groups);
  const options = schemaAt(annexSchema(annex), field.path)?.enum;
  if (!Array.isArray(options)) {
    throw new ProgramError('P_SCHEMA', `附件“${annex.number}”的勾选项“${field.check}”在模式中没有选项列表（${field.path}）。`);
  }
  return options.map(String);
}

/** Every tag the mapping produces, for the contract test and for error reports. */
export function mappedTags(annex: AnnexDefinition): string[] {
  return annex.fields.flatMap((f) => {
    if ('check' in f) return checkOptions(annex, f).map((o) => `${f.check}=${o}`);
    return f.as === 'paragraphs' ? [`#${f.tag}`, '.', `/${f.tag}`] : [f.tag];
  });
}

function applies(field: FieldMapping, dossier: unknown): boolean {
  if (!field.when) return true;
  const gate = getPath(dossier, field.when.path);
  return typeof gate === 'string' && field.when.in.includes(gate);
}

function textValue(field: TextField, value: unknown): string | string[] {
  switch (field.as) {
    case 'paragraphs':
      // Blank lines between paragraphs are spacing, not empty paragraphs.
      return displayText(value)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    case 'date':
      return chineseDate(value);
    case 'product-category':
      return productCategoryText(value);
    case 'mark-if-positive':
      return checkMark(typeof value === 'number' && value > 0);
    case 'industry-name':
      return typeof value === 'string' ? (industryByCode(value)?.name ?? displayText(value)) : '';
    default:
      return displayText(value);
  }
}

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

export function templateData(annex: AnnexDefinition, dossier: unknown): TemplateData {
  const data: TemplateData = {};
  const source = annex.derive && dossier !== null && typeof dossier === 'object' ? { ...dossier, ...annex.derive(dossier) } : dossier;
  for (const field of annex.fields) {
    const on = applies(field, source);
    let value = on ? getPath(source, field.path) : undefined;
    if (on && isBlank(value) && 'fallback' in field && field.fallback) value = getPath(source, field.fallback);
    if ('check' in field) {
      for (const option of checkOptions(annex, field)) {
        const ticked = field.groups ? (field.groups[option] ?? []).includes(value as string) : value === option;
        data[`${field.check}=${option}`] = checkMark(ticked);
      }
    } else {
      data[field.tag] = textValue(field, value);
    }
  }
  return data;
}
