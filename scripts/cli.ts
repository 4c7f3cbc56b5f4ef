import { existsSync, readFileSync } from 'node:fs';
import { runCli } from '../src/cli/run';

process.exitCode = runCli(process.argv.slice(2), {
  readGraph: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
