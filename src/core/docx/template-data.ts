/**
 * Maps a dossier to the flat data a template needs, following the annex's
 * declarative field list. The same list tells the contract test which tags a
 * template must contain, so the two cannot drift apart.
 */
import { annexSchema } from '../annexes/schemas.ts';
import type { AnnexDefinition, CheckField, FieldMapping, RowsField, TextField } from '../annexes/types.ts';
import { getPath } from '../dossier/paths.ts';
import { isPlainObject } from '../util/objects.ts';
import { ProgramError } from '../errors.ts';
import { industryByCode } from '../reference/industries.ts';
import { schemaAtPath } from '../schema/at-path.ts';
import { pruneClosedGates } from '../dossier/gates.ts';
import { checkMark, chineseDate, displayText, productCategoryText } from './display.ts';
import { fixed2 } from '../util/round.ts';

/** Strings for text and check tags; paragraphs and table rows for loops; booleans for conditional parts. */
export type TemplateData = Record<string, string | string[] | boolean | Record<string, string>[]>;

/** The options of a checkbox row, taken from the field's `enum` so labels live in the schema only. */
export function checkOptions(annex: AnnexDefinition, field: CheckField): string[] {
  if (field.groups) return Object.keys(field.groups);
  const options = schemaAtPath(annexSchema(annex), field.path)?.enum;
  if (!Array.isArray(options)) {
    throw new ProgramError('P_SCHEMA', `附件“${annex.number}”的勾选项“${field.check}”在模式中没有选项列表（${field.path}）。`);
  }
  return options.map(String);
}

/** Every tag the mapping produces, for the contract test and for error reports. */
export function mappedTags(annex: AnnexDefinition): string[] {
  return annex.fields.flatMap((f) => {
    if ('check' in f) return checkOptions(annex, f).map((o) => `${f.check}=${o}`);
    if ('rows' in f) return [`#${f.rows}`, ...f.columns.map((c) => c.tag), `/${f.rows}`];
    if ('condition' in f) return [`#${f.condition}`, `/${f.condition}`];
    return f.as === 'paragraphs' ? [`#${f.tag}`, '.', `/${f.tag}`] : [f.tag];
  });
}

function textValue(field: TextField, value: unknown): string | string[] {
  if (field.map) return typeof value === 'string' ? (field.map[value] ?? '') : (field.map[''] ?? '');
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
    case 'percent':
      // A computed share is already text with two decimals; a typed one is a number.
      return typeof value === 'number' && Number.isFinite(value) ? fixed2(value) : oneLineText(value);
    case 'mark-if-positive':
      return checkMark(typeof value === 'number' && value > 0);
    case 'industry-name':
      return typeof value === 'string' ? (industryByCode(value)?.name ?? displayText(value)) : '';
    default:
      return oneLineText(value);
  }
}

/**
 * A one-line field as printed: on one line. A line break in it (pasted, or in an imported file)
 * split a 企业名称 across its cell; it becomes a space.
 */
export const oneLineText = (value: unknown): string => displayText(value).replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * A list with nothing in it prints as the paper form does: a few empty rows to write in by
 * hand, not a header over nothing.
 */
export const BLANK_ROWS = 3;
const blankRows = (field: RowsField) => Array.from({ length: BLANK_ROWS }, () => Object.fromEntries(field.columns.map((c) => [c.tag, ''])));

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

export function templateData(annex: AnnexDefinition, dossier: unknown): TemplateData {
  const data: TemplateData = {};
  // Answers left behind a closed gate (e.g. 具体领域 after 填补空白 went back to 否) are not printed.
  const answers = pruneClosedGates(annexSchema(annex), dossier);
  const source = annex.derive && isPlainObject(answers) ? { ...answers, ...annex.derive(answers) } : answers;
  for (const field of annex.fields) {
    if ('rows' in field) {
      const list = getPath(source, field.path);
      const rows = Array.isArray(list) ? list.filter(isPlainObject) : [];
      data[field.rows] = rows.length
        ? rows.map((row, i) => Object.fromEntries(field.columns.map((c) => [c.tag, displayText(c.text(row, i))])))
        : blankRows(field);
      continue;
    }
    if ('condition' in field) {
      const v = getPath(source, field.path);
      data[field.condition] = typeof v === 'string' && field.in.includes(v);
      continue;
    }
    let value = getPath(source, field.path);
    if (isBlank(value) && 'fallback' in field && field.fallback) value = getPath(source, field.fallback);
    if ('check' in field) {
      for (const option of checkOptions(annex, field)) {
        const ticked = field.groups ? (field.groups[option] ?? []).includes(value as string) : value === option;
        data[`${field.check}=${option}`] = checkMark(ticked);
      }
    } else {
      const text = textValue(field, value);
      data[field.tag] = field.unit && typeof text === 'string' && text !== '' ? `${text}${field.unit}` : text;
    }
  }
  return annex.fitToPage ? annex.fitToPage(data) : data;
}
