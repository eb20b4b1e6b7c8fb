/**
 * Prints docs/METHOD.md's sensitivity tables for the built-in dataset; with `--write`, puts them
 * into METHOD.md between its markers: `npx tsx scripts/sensitivity.ts --write`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parseDatasetText } from '../src/domain/validation/validate';
import { END, sensitivityMarkdown, START } from './sensitivityTables';

const dataPath = fileURLToPath(new URL('../public/data/events.json', import.meta.url));
const methodPath = fileURLToPath(new URL('../docs/METHOD.md', import.meta.url));

const parsed = parseDatasetText(readFileSync(dataPath, 'utf8'));
if (!parsed.ok) throw new Error('the built-in dataset does not load');
const tables = sensitivityMarkdown(parsed.dataset);
if (process.argv.includes('--write')) {
  const method = readFileSync(methodPath, 'utf8');
  const from = method.indexOf(START);
  const to = method.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${methodPath} has no markers for the tables`);
  const text = `${method.slice(0, from + START.length)}\n\n${tables}\n\n${method.slice(to)}`;
  const options = { ...(await resolveConfig(methodPath)), filepath: methodPath };
  writeFileSync(methodPath, await format(text, options));
  console.log(`wrote the tables into ${methodPath}`);
} else {
  console.log(tables);
}
