/**
 * Document and browser tests need real programs. When one is missing the test
 * fails loudly with the install command, instead of skipping in silence.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export function requireTool(command: string, install: string): string {
  const candidates = command.startsWith('/') ? [command] : [];
  if (!candidates.length) {
    try {
      candidates.push(execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim());
    } catch {
      /* not on PATH */
    }
  }
  const found = candidates.find((c) => c && existsSync(c));
  if (!found) throw new Error(`缺少测试所需的程序“${command}”。请先安装：${install}`);
  return found;
}
