import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { problem, type Problem } from './problem';
import { readZipEntries } from './zip-entries';
import { PACKAGE_MAX_BYTES } from './zendesk-rules';

/** What must never ship: build by-products, sources, tests, local configuration. */
const FORBIDDEN = [
  [/\.map$/i, 'a source map'],
  [/(^|\/)node_modules\//, 'node_modules'],
  [/(^|\/)(tests?|__tests__)\//, 'a test folder'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test file'],
  [/\.([cm]?ts|tsx)$/, 'TypeScript source'],
  [/(^|\/)\.[^/]/, 'a dotfile'],
  [/(^|\/)zcli\.apps\.config\.json$/, "zcli's local server settings"],
  [/^tmp\//, "zcli's tmp folder"],
] as const;

/** Checks the zip zcli wrote: readable, under Zendesk's size limit, manifest at the root, nothing stray. */
export function checkPackage(zipPath: string, maxBytes: number = PACKAGE_MAX_BYTES): Problem[] {
  const file = basename(zipPath);
  const zip = readFileSync(zipPath);
  const entries = readZipEntries(zip);
  if (entries === undefined) return [problem('package_unreadable', file, 'is not a readable zip')];
  const problems: Problem[] = [];
  if (zip.length > maxBytes) {
    problems.push(
      problem(
        'package_too_large',
        file,
        `is ${zip.length} bytes; Zendesk accepts at most ${maxBytes}`,
      ),
    );
  }
  if (!entries.includes('manifest.json')) {
    problems.push(problem('package_manifest_missing', file, 'has no manifest.json at its root'));
  }
  for (const entry of entries) {
    const match = FORBIDDEN.find(([pattern]) => pattern.test(entry));
    if (match !== undefined) {
      problems.push(problem('package_entry_forbidden', file, `${entry} is ${match[1]}`));
    }
  }
  return problems;
}
