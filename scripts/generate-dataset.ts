/**
 * Writes a synthetic dataset for benchmarks: `tsx scripts/generate-dataset.ts 100000 [seed]`
 * → bench/data/events-100000.json (not committed; made again by `npm run bench`).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { generateRecords } from '../tests/fixtures/synthetic';

/**
 * Writes the dataset piece by piece: a million events make about 1.2 GB of JSON, more than one
 * JavaScript string can hold (V8's limit is 536,870,888 characters), so it is never one string.
 * The quotes are generated a second time from the same seed rather than kept.
 */
export function writeSyntheticDataset(events: number, seed = 1): string {
  mkdirSync('bench/data', { recursive: true });
  const path = `bench/data/events-${events}.json`;
  const file = openSync(path, 'w');
  try {
    const { head } = generateRecords({ events, seed });
    const headJson = JSON.stringify(head);
    writeSync(file, `${headJson.slice(0, -1)},"events":[`);
    const writeAll = (which: 'event' | 'quote') => {
      let buffer: string[] = [];
      let first = true;
      for (const record of generateRecords({ events, seed }).records) {
        buffer.push(JSON.stringify(record[which]));
        if (buffer.length === 5000) {
          writeSync(file, (first ? '' : ',') + buffer.join(','));
          first = false;
          buffer = [];
        }
      }
      if (buffer.length > 0) writeSync(file, (first ? '' : ',') + buffer.join(','));
    };
    writeAll('event');
    writeSync(file, '],"quotes":[');
    writeAll('quote');
    writeSync(file, ']}');
  } finally {
    closeSync(file);
  }
  return path;
}

if (process.argv[1]?.endsWith('generate-dataset.ts')) {
  const events = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 1);
  console.log(`wrote ${writeSyntheticDataset(events, seed)}`);
}
