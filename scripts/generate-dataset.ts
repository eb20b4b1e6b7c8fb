/**
 * Writes a synthetic dataset for benchmarks: `tsx scripts/generate-dataset.ts 100000 [seed]`
 * → bench/data/events-100000.json (not committed; made again by `npm run bench`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateDataset } from '../src/domain/synthetic';

export function writeSyntheticDataset(events: number, seed = 1): string {
  mkdirSync('bench/data', { recursive: true });
  const path = `bench/data/events-${events}.json`;
  writeFileSync(path, JSON.stringify(generateDataset({ events, seed })));
  return path;
}

if (process.argv[1]?.endsWith('generate-dataset.ts')) {
  const events = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 1);
  console.log(`wrote ${writeSyntheticDataset(events, seed)}`);
}
