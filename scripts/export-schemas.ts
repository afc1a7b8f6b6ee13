// Writes the JSON Schemas bots in other languages validate against; a unit test keeps them current.
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILES } from './schema-files';

for (const [file, schema] of SCHEMA_FILES) {
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
