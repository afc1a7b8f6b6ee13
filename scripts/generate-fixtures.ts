// Writes the sample tickets too large to write by hand; a unit test fails when a file drifts
// from what this writes. Run: npx tsx scripts/generate-fixtures.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GENERATED_FIXTURES,
  serializeFixture,
} from '../src/demo/tickets/generate/generated-fixtures';

const folder = join(import.meta.dirname, '..', 'tests', 'fixtures', 'tickets');

for (const { file, build } of GENERATED_FIXTURES) {
  writeFileSync(join(folder, file), serializeFixture(build()));
  console.log(`wrote tests/fixtures/tickets/${file}`);
}
