// Writes the JSON Schemas bots in other languages validate against; a unit test keeps them current.
// Formatted as Prettier would, so `npm test`'s format check passes right after an export.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { SCHEMA_FILES } from './schema-files';

for (const [file, schema] of SCHEMA_FILES) {
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(
    file,
    await format(JSON.stringify(schema, null, 2), { ...options, filepath: file }),
  );
  console.log(`wrote ${file}`);
}
