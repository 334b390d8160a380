/**
 * What an annex is: a view of its applicant's dossier. Pages, downloads, the
 * CLI and the tests iterate over these entries; nothing else names an annex.
 */
import type { UiSchema } from '../schema/types.ts';

export type ApplicantKind = 'enterprise' | 'platform';

// Answers behind a closed gate (如是，…) never reach paper: see dossier/gates.ts.
export interface TextField {
      /** A text tag `{tag}`. */
      tag: string;
      /** Dot path in the dossier. */
      path: string;
      /** How the value reads on paper. */
      /** `paragraphs`: one paragraph per line the user wrote, for a `{#tag}{.}{/tag}` paragraph loop. */
      /**
       * `mark-if-positive`: ☑ when the number is above 0 (e.g. 国家级研发机构 __个).
       * `product-category`: name with its code, or marked as 按行业惯例分类 / 新产品 (注4).
       * `percent`: a typed figure with two decimals, as the computed shares beside it print (94.00 by 93.97).
       */
      as?: 'text' | 'date' | 'industry-name' | 'paragraphs' | 'mark-if-positive' | 'product-category' | 'percent';
      /** Path used when `path` is empty, e.g. a target's 初始值 falling back to the 2020 figure. */
      fallback?: string;
      /**
       * Printed after a value, for a row whose printed label names no unit (附件4-1's 总资产, 服务满意度):
       * the form asks in 万元 and %, and a bare 5000 on paper could be read in 元.
       */
      unit?: string;
      /** Words printed for each stored value, e.g. the 申报类别 line of a cover. */
      map?: Readonly<Record<string, string>>;
}

export interface CheckField {
      /** Checkbox tags `{check=option}`, one per option of the field's `enum`, rendered ☑ or □. */
      check: string;
      path: string;
      /**
       * Boxes that stand for several stored values: 附件1 prints 上市计划 as □是/□否 while the
       * dossier keeps the stage that 附件3 writes out. Without it, one box per `enum` option.
       */
      groups?: Readonly<Record<string, readonly string[]>>;
      /** Path used when `path` is empty. */
      fallback?: string;
}

/** A table whose rows repeat: `{#rows}…{/rows}` around one table row of the template. */
export interface RowsField {
  rows: string;
  /** Dot path of the array in the dossier. */
  path: string;
  /** One tag per cell; `{index}` gives 序号. */
  columns: readonly { tag: string; text: (row: Record<string, unknown>, index: number) => string }[];
}

/** A part shown only for some answers: `{#tag}…{/tag}` (e.g. one 绩效目标表 per 申报类别). */
export interface ConditionField {
  condition: string;
  path: string;
  in: readonly string[];
}

/** How one dossier value reaches the template. */
export type FieldMapping = TextField | CheckField | RowsField | ConditionField;

export interface AnnexDefinition {
  /** Stable id, used in URLs, template names and tests. */
  id: string;
  /** As printed, e.g. 附件2. */
  number: string;
  /** Official title. */
  title: string;
  /** Short title used in file names, e.g. 基本情况表. */
  shortTitle: string;
  kind: ApplicantKind;
  /** `$id` of the annex's schema: a projection of the dossier schema. */
  schemaId: string;
  uischema: UiSchema;
  /** File name under `templates/`. */
  template: string;
  /** Dossier path of the applicant's name, used in the output file name. */
  namePath: string;
  fields: readonly FieldMapping[];
  /** Schema fields the form asks for but the paper does not print (inputs of derived values). */
  inputOnly?: readonly string[];
  /** Values computed from the dossier and made available to `fields` under their own paths. */
  derive?: (dossier: unknown) => Record<string, unknown>;
  /** Only part of the package for some answers (附件4-4 for 重点, 4-5 for 统筹). */
  appliesWhen?: { path: string; in: readonly string[] };
  /**
   * Adjusts the mapped data to the paper, after every field is mapped: 附件2 sets a long 企业简介
   * in a smaller size so that the form keeps to its one page (另附页无效).
   */
  fitToPage?: (data: import('../docx/template-data.ts').TemplateData) => import('../docx/template-data.ts').TemplateData;
  /** Rules across fields that JSON Schema cannot state (areas that must add up). */
  checks?: (dossier: unknown) => import('../errors.ts').FieldError[];
}

export interface ApplicantDefinition {
  kind: ApplicantKind;
  /** How the site names this kind of applicant. */
  label: string;
  /** Who this is, in one sentence, for the landing page. */
  summary: string;
  dossierSchemaId: string;
  /** Placeholder for the output file name when the applicant has no name yet. */
  unnamed: string;
  /** The self-check of 申报对象 and 申报条件; its results also go into the answer file's summary. */
  check: (dossier: unknown) => import('../rules.ts').RuleResult[];
  /** Every annex this applicant may submit, in order; some only for some answers (appliesWhen). */
  annexes: readonly AnnexDefinition[];
  /** Its own schemas: the dossier's and its annexes'. The shared ones are in schema/store.ts. */
  schemas: readonly import('../schema/types.ts').JsonSchema[];
}
