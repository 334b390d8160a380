/**
 * Reads an answer file the user gives us: the .json the site exports, or a
 * .docx it generated (which carries the answers inside). The .docx path
 * needs pizzip, so it is imported only when such a file arrives.
 */
import { MAX_ANSWER_FILE_BYTES, parseAnswerBytes, parseAnswerFile, type AnswerFile } from '../core/answer-file.ts';
import type { AnswersForm } from '../core/annexes/applicant-names.ts';

const looksLikeZip = async (file: File) => {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b;
};

/** The answers, and the form they came in: a refusal names what the file is (an answer file named .docx is one). */
export async function readAnswers(file: File): Promise<{ answers: AnswerFile; form: AnswersForm }> {
  const zip = await looksLikeZip(file);
  if (/\.docx$/i.test(file.name) || zip) {
    const { readArchive, onlyAnswers, MAX_DOCX_BYTES } = await import('../core/docx/embed.ts');
    // The size first: a huge file is refused without reading it.
    const read = readArchive(file.size > MAX_DOCX_BYTES ? new Uint8Array(MAX_DOCX_BYTES + 1) : new Uint8Array(await file.arrayBuffer()));
    return 'answers' in read ? { answers: read.answers, form: zip ? 'docx' : 'json' } : { answers: onlyAnswers(read.bundle), form: 'zip' };
  }
  // Refuse a huge file before reading it: reading 1 GB into a string would hang the tab.
  if (file.size > MAX_ANSWER_FILE_BYTES) return { answers: parseAnswerFile('', file.size), form: 'json' };
  return { answers: parseAnswerBytes(new Uint8Array(await file.arrayBuffer())), form: 'json' };
}
