/**
 * How an answer file written by an earlier version of zjtx is brought up to
 * date. MIGRATIONS[v] turns a version-v file into a version-(v + 1) file.
 * A change to the dossier's structure bumps ANSWER_FORMAT_VERSION and adds its
 * step here; tests/unit/answer-format.test.ts fails until both are done.
 */
export type AnswerFileObject = Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, (file: AnswerFileObject) => AnswerFileObject>> = {
  // 2 adds 协同创新项目 (orientation.collaboration.project), for 附件7's 具体企业及创新项目. Nothing
  // moves: a file that answered 协同创新 “是” opens with the new field asked for at its place.
  1: (file) => file,
};

/** Applies every step from the file's version to `target`. */
export function migrate(file: AnswerFileObject, from: number, target: number): AnswerFileObject {
  let current = file;
  for (let v = from; v < target; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`缺少从格式版本${v}升级到${v + 1}的迁移步骤。`);
    current = { ...step(current), formatVersion: v + 1 };
  }
  return current;
}
