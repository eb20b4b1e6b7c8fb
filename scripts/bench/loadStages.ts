/**
 * Where a dataset's load spends its time, stage by stage, in Node (a development aid, not part
 * of the tests): `tsx scripts/bench/loadStages.ts 100000`. The stages are the app's own code in
 * the order the dataset worker runs them: JSON.parse, validation (the checks and scoring, per
 * record), indexing (columns, records' bytes, aggregates, facets: domain/query/indexBuilder.ts),
 * the copy to the page (a structured clone with the index's buffers transferred), and the page's
 * own part (wrapping the index). The download is not here: it is the bench's floor.
 */
import { readFileSync } from 'node:fs';
import { DatasetIndex } from '../../src/domain/query/datasetIndex';
import { IndexBuilder } from '../../src/domain/query/indexBuilder';
import { indexBuffers } from '../../src/domain/query/indexData';
import { validateDataset } from '../../src/domain/validation/validate';
import { writeSyntheticDataset } from '../generate-dataset';

const size = Number(process.argv[2] ?? 100_000);
const path = `bench/data/events-${size}.json`;
try {
  readFileSync(path, { flag: 'r' }).subarray(0, 1);
} catch {
  writeSyntheticDataset(size);
}

const times: [string, number][] = [];
function time<T>(stage: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  times.push([stage, performance.now() - start]);
  return result;
}

const text = time('read the file as text', () => readFileSync(path, 'utf8'));
const raw = time('JSON.parse', () => JSON.parse(text) as unknown);
const verdict = time('validate and score', () => validateDataset(raw));
if (!verdict.ok) throw new Error('the synthetic dataset is valid');
const { events, quotes, ...head } = verdict.dataset;
const data = time('index (worker)', () => {
  const builder = new IndexBuilder(head);
  for (const event of events) builder.addEvent(event);
  for (const quote of quotes) builder.addQuote(quote);
  return builder.finish();
});
const sent = time('copy to the page, buffers transferred', () =>
  structuredClone(data, { transfer: indexBuffers(data) }),
);
time('wrap the index (page)', () => new DatasetIndex(sent));

console.log(`${size.toLocaleString('en')} events, ${(text.length / 1e6).toFixed(1)} M chars`);
for (const [stage, ms] of times) console.log(`${stage.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms`);
