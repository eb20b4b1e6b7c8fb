/** Writes public/data/events.schema.json from the zod schema: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serializeJsonSchema } from '../src/domain/dataset/jsonSchema';

const target = fileURLToPath(new URL('../public/data/events.schema.json', import.meta.url));
writeFileSync(target, serializeJsonSchema());
console.log(`wrote ${target}`);
