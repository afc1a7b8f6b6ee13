// `npm run handoff -- <conversation.json> [--rules <file>] [--dry-run]`: see scripts/handoff/args.ts
// and docs/bot-builders.md. The logic lives in scripts/handoff/ where the tests reach it.
import { readFile } from 'node:fs/promises';
import { runHandoff } from './handoff/run';

process.exitCode = await runHandoff({
  argv: process.argv.slice(2),
  env: process.env,
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  now: () => new Date(),
  fetch: globalThis.fetch,
});
