/**
 * What an annex is: a view of its applicant's dossier. Pages, downloads, the
 * CLI and the tests iterate over these entries; nothing else names an annex.
 */
import type { UiSchema } from '../schema/types.ts';

export type ApplicantKind = 'enterprise';

interface Gate {
  /** Only filled when another answer allows it (e.g. 具体领域 only when 填补空白 is chosen). */
  when?: { path: string; in: readonly string[] };
}

export interface TextField extends Gate {
      /** A text tag `{tag}`. */
      tag: string;
      /** Dot path in the dossier. */
      path: string;
      /** How the value reads on paper. */
      /** `paragraphs`: one paragraph per line the user wrote, for a `{#tag}{.}{/tag}` paragraph loop. */
      as?: 'text' | 'date' | 'industry-name' | 'paragraphs';
}

export interface CheckField extends Gate {
      /** Checkbox tags `{check=option}`, one per option of the field's `enum`, rendered ☑ or □. */
      check: string;
      path: string;
}

/** How one dossier value reaches the template. */
export type FieldMapping = TextField | CheckField;

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
}
