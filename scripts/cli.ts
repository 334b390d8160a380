/** Entry point of `npm run cli`; the logic lives in src/cli/run-cli.ts so tests can call it. */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { runCli } from '../src/cli/run-cli.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  root,
});
