/**
 * Hands a finished file to the browser. FileSaver clicks its download link in a timer of its own,
 * after the call returns: a page that drew its "已生成" notice in between (a promise's microtask comes
 * before any timer) made the file wait for that drawing, some 25–50 ms at 4× CPU. The promise
 * resolves in a timer queued after FileSaver's, once the browser has the file.
 */
import fileSaver from 'file-saver';

export function saveFile(blob: Blob, name: string): Promise<void> {
  fileSaver.saveAs(blob, name);
  return new Promise((resolve) => setTimeout(resolve, 0));
}
