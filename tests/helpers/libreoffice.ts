/** Opens documents in real LibreOffice (headless) and returns what it read, as plain text. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { pdfFontEnv } from '../../src/cli/files.ts';
import { requireTool } from './require-tool.ts';

export const run = promisify(execFile);

/**
 * Converts every file in one LibreOffice start (a cold start costs seconds) to `format`, and
 * returns each file's name → the path of what LibreOffice wrote (which may not exist, if it could
 * not open the file).
 */
export async function libreOfficeConvert(files: { name: string; bytes: Uint8Array }[], format: string, extension: string): Promise<Map<string, string>> {
  const soffice = requireTool('soffice', 'apt-get install libreoffice-writer-nogui');
  const dir = await mkdtemp(join(tmpdir(), 'zjtx-lo-'));
  const inputs: string[] = [];
  for (const f of files) {
    const path = join(dir, f.name);
    await writeFile(path, f.bytes);
    inputs.push(path);
  }
  // A private profile: parallel runs must not share LibreOffice's lock and settings.
  const profile = `file://${join(dir, 'profile')}`;
  // With the CLI's fonts, so that the pages measured are the pages a user's PDF has.
  await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', join(dir, 'out'), ...inputs], { timeout: 120_000, env: await pdfFontEnv(process.cwd()) });
  return new Map(files.map((f) => [f.name, join(dir, 'out', basename(f.name).replace(/\.[^.]+$/, `.${extension}`))]));
}

export async function libreOfficeText(files: { name: string; bytes: Uint8Array }[]): Promise<Map<string, string>> {
  const outputs = await libreOfficeConvert(files, 'txt:Text (encoded):UTF8', 'txt');
  const texts = new Map<string, string>();
  for (const [name, out] of outputs) {
    try {
      texts.set(name, (await readFile(out, 'utf8')).replace(/^\uFEFF/, ''));
    } catch {
      throw new Error(`LibreOffice 未能打开“${name}”：没有生成文本。`);
    }
  }
  return texts;
}
