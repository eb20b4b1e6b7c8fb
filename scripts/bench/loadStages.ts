/**
 * Where a dataset's load spends its time, stage by stage, in Node (a development aid, not part
 * of the tests): `tsx scripts/bench/loadStages.ts 100000`. The stages are the app's own code in
 * the order it runs them: in the worker, JSON.parse, validation (the zod checks and scoring, per
 * record) and packing the records for the page; the copy to the page (a structured clone, with
 * the packed text transferred); on the page, unpacking (with the interning of repeated
 * strings) and indexing. Beside them, what the page did before the records were packed: a
 * structured clone of the records as objects, and interning every string of them. The download
 * is not here: it is the bench's floor (`npm run bench`).
 */
import { readFileSync } from 'node:fs';
import { indexDataset } from '../../src/domain/aggregate';
import { createInterner } from '../../src/domain/intern';
import type { DiplomaticEvent, Quote } from '../../src/domain/schema';
import {
  packEvents,
  packQuotes,
  transferablesOf,
  type Packed,
} from '../../src/domain/store/packedRecords';
import { TextReader, unpackEvents, unpackQuotes } from '../../src/domain/store/storedRecords';
import { validateDataset } from '../../src/domain/validate';
import { CHUNK_SIZE } from '../../src/data/workerProtocol';
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
const chunks = <T>(list: readonly T[]) =>
  Array.from({ length: Math.ceil(list.length / CHUNK_SIZE) }, (_, i) =>
    list.slice(i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE),
  );

const text = time('read the file as text', () => readFileSync(path, 'utf8'));
const raw = time('JSON.parse', () => JSON.parse(text) as unknown);
const verdict = time('validate and score', () => validateDataset(raw));
if (!verdict.ok) throw new Error('the synthetic dataset is valid');
const { events, quotes, ...head } = verdict.dataset;

const packed = time('pack (worker)', () => ({
  events: chunks(events).map(packEvents),
  quotes: chunks(quotes).map(packQuotes),
}));
const sent = time('copy to the page, text transferred', () => ({
  events: packed.events.map((p) => structuredClone(p, { transfer: transferablesOf(p) })),
  quotes: packed.quotes.map((p) => structuredClone(p, { transfer: transferablesOf(p) })),
}));
const stored = time('unpack and intern (page)', () => {
  const reader = new TextReader();
  const interner = createInterner();
  const unpack = <F, R>(list: Packed<F>[], one: (p: Packed<F>) => R[]) => list.flatMap(one);
  return {
    events: unpack(sent.events, (p) => unpackEvents(p, reader, interner.record)),
    quotes: unpack(sent.quotes, (p) => unpackQuotes(p, reader, interner.record)),
  };
});
time('index (page)', () => indexDataset({ ...head, ...stored }));

// What the page did before: the records copied as objects, then every short string interned.
const copied = time('before: copy the records as objects', () => ({
  events: chunks(events).map((c) => structuredClone(c)),
  quotes: chunks(quotes).map((c) => structuredClone(c)),
}));
time('before: intern every record', () => {
  const interner = createInterner();
  const all: (DiplomaticEvent | Quote)[] = [...copied.events.flat(), ...copied.quotes.flat()];
  for (const record of all) interner.record(record);
});

console.log(`${size.toLocaleString('en')} events, ${(text.length / 1e6).toFixed(1)} M chars`);
for (const [stage, ms] of times) console.log(`${stage.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms`);
