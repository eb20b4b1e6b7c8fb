/**
 * Writes a GDELT 2.0 events file as Parquet, as BigQuery exports `gdeltv2.events` (GDELT's column
 * names; INT64 ids and dates, DOUBLE weights and coordinates, Snappy), with synthetic rows: for
 * measuring how long such a file takes to open (docs/SCALING.md). Not committed: it is made.
 *
 *   npx tsx scripts/make-gdelt-parquet.ts [rows=1000000] [out=bench/data/gdelt-1m.parquet]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { GDELT_2_COLUMNS } from '../src/domain/import/formats';

const rows = Number(process.argv[2] ?? 1_000_000);
const out = process.argv[3] ?? 'bench/data/gdelt-1m.parquet';

const COUNTRIES = ['USA', 'RUS', 'UKR', 'CHN', 'FRA', 'DEU', 'GBR', 'TUR', 'IND', 'VNM'];
const FIPS = ['US', 'RS', 'UP', 'CH', 'FR', 'GM', 'UK', 'TU', 'IN', 'VM'];
const NAMES = [
  'UNITED STATES',
  'RUSSIA',
  'UKRAINE',
  'CHINA',
  'FRANCE',
  'GERMANY',
  'UNITED KINGDOM',
  'TURKEY',
  'INDIA',
  'VIETNAM',
];
// CAMEO codes of GDELT's table, with their Goldstein weights.
const CODES: [[string, number], ...[string, number][]] = [
  ['010', 0],
  ['036', 4],
  ['040', 1],
  ['042', 1.9],
  ['043', 2.8],
  ['046', 7],
  ['051', 3.4],
  ['061', 6.4],
  ['111', -2],
  ['112', -2],
  ['130', -4.4],
  ['172', -5],
  ['190', -10],
  ['1056', -2.8],
];

/** A small deterministic generator, so that the file is the same every time. */
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(items: readonly [T, ...T[]]): T =>
  items[Math.floor(random() * items.length)] ?? items[0];

const columns = new Map<string, unknown[]>(GDELT_2_COLUMNS.map((name) => [name, []]));
const put = (name: string, value: unknown) => columns.get(name)?.push(value);
const start = Date.UTC(2021, 0, 1);
for (let i = 0; i < rows; i++) {
  const day = new Date(start + Math.floor(random() * 1826) * 86_400_000);
  const ymd = day.toISOString().slice(0, 10).replaceAll('-', '');
  const [a, b] = [Math.floor(random() * 10), Math.floor(random() * 10)];
  const [code, weight] = pick(CODES);
  const place = Math.floor(random() * 3000);
  const values: Record<string, unknown> = {
    GLOBALEVENTID: BigInt(900_000_000 + i),
    SQLDATE: BigInt(ymd),
    MonthYear: BigInt(ymd.slice(0, 6)),
    Year: BigInt(ymd.slice(0, 4)),
    FractionDate: Number(ymd.slice(0, 4)) + 0.5,
    Actor1Code: `${COUNTRIES[a]}GOV`,
    Actor1Name: NAMES[a],
    Actor1CountryCode: COUNTRIES[a],
    Actor2Code: `${COUNTRIES[b]}GOV`,
    Actor2Name: NAMES[b],
    Actor2CountryCode: COUNTRIES[b],
    IsRootEvent: 1n,
    EventCode: code,
    EventBaseCode: code.slice(0, 3),
    EventRootCode: code.slice(0, 2),
    QuadClass: 1n,
    GoldsteinScale: weight,
    NumMentions: 10n,
    NumSources: 1n,
    NumArticles: 10n,
    AvgTone: -1.5,
    ActionGeo_Type: 4n,
    ActionGeo_FullName: `Place ${place}, ${NAMES[place % 10]}`,
    ActionGeo_CountryCode: FIPS[place % 10],
    ActionGeo_Lat: -60 + (place % 120),
    ActionGeo_Long: -170 + ((place * 7) % 340),
    DATEADDED: BigInt(`${ymd}120000`),
    SOURCEURL: `https://news.example.org/${place % 500}/${Math.floor(random() * 50_000)}`,
  };
  for (const name of GDELT_2_COLUMNS) put(name, values[name] ?? null);
}

const typeOf = (values: unknown[]) => {
  const first = values.find((v) => v !== null);
  if (typeof first === 'bigint') return 'INT64' as const;
  if (typeof first === 'number') return 'DOUBLE' as const;
  return 'STRING' as const;
};
const buffer = parquetWriteBuffer({
  columnData: GDELT_2_COLUMNS.map((name) => {
    const data = columns.get(name) ?? [];
    return { name, data, type: typeOf(data), nullable: true };
  }),
  rowGroupSize: 100_000,
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, new Uint8Array(buffer));
console.log(`${out}: ${rows} rows, ${(buffer.byteLength / 1e6).toFixed(1)} MB`);
