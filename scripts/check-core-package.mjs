// Builds src/core as the package bot builders install, packs it with `npm pack`, installs the
// tarball into an empty scratch folder and runs a tiny bot there (tests/package/tiny-bot.ts),
// type-checked against the installed declarations with Node's own module resolution.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'tmp/core-package');
const scratch = join(work, 'scratch');
const run = (command, args, cwd = root) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const manifest = JSON.parse(readFileSync(join(root, 'src/core/package.json'), 'utf8'));
for (const key of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
  if (Object.keys(manifest[key] ?? {}).length > 0)
    throw new Error(`handoff-brief-core must have no runtime ${key}`);
}

rmSync(join(root, 'src/core/dist'), { recursive: true, force: true });
rmSync(work, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
run(join(root, 'node_modules/.bin/tsc'), ['-p', 'src/core/tsconfig.build.json']);

const [packed] = JSON.parse(
  run('npm', ['pack', './src/core', '--pack-destination', work, '--json']),
);
const unexpected = packed.files
  .map((file) => file.path)
  .filter((path) => !/^(package\.json|README\.md|dist\/.+\.(js|d\.ts))$/.test(path));
if (unexpected.length > 0) throw new Error(`unexpected files in the package: ${unexpected}`);
console.log(`packed ${packed.filename}: ${packed.files.length} files, ${packed.size} bytes`);

writeFileSync(
  join(scratch, 'package.json'),
  JSON.stringify({ name: 'tiny-bot', private: true, type: 'module' }, null, 2),
);
run(
  'npm',
  ['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)],
  scratch,
);
copyFileSync(join(root, 'tests/package/tiny-bot.ts'), join(scratch, 'bot.ts'));
run(
  join(root, 'node_modules/.bin/tsc'),
  [
    'bot.ts',
    '--strict',
    '--target',
    'es2022',
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--types',
    'node',
    '--typeRoots',
    join(root, 'node_modules/@types'),
    '--outDir',
    'out',
  ],
  scratch,
);
process.stdout.write(run('node', ['out/bot.js'], scratch));
