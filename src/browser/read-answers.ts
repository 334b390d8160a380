/**
 * Reads an answer file the user gives us: the .json the site exports, or a
 * .docx it generated (which carries the answers inside). The .docx path
 * needs pizzip, so it is imported only when such a file arrives.
 */
import { MAX_ANSWER_FILE_BYTES, parseAnswerBytes, parseAnswerFile, type AnswerFile } from '../core/answer-file.ts';

const looksLikeZip = async (file: File) => {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b;
};

export async function readAnswers(file: File): Promise<AnswerFile> {
  if (/\.docx$/i.test(file.name) || (await looksLikeZip(file))) {
    const { extractAnswerFile, MAX_DOCX_BYTES } = await import('../core/docx/embed.ts');
    // The size first: a huge file is refused without reading it.
    if (file.size > MAX_DOCX_BYTES) return extractAnswerFile(new Uint8Array(MAX_DOCX_BYTES + 1));
    return extractAnswerFile(new Uint8Array(await file.arrayBuffer()));
  }
  // Refuse a huge file before reading it: reading 1 GB into a string would hang the tab.
  if (file.size > MAX_ANSWER_FILE_BYTES) return parseAnswerFile('', file.size);
  return parseAnswerBytes(new Uint8Array(await file.arrayBuffer()));
}
