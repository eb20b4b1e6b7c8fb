/** The bench's command line: `npm run bench -- --sizes 1000,1000000 --port 4776 --samples 10`. */

export interface BenchOptions {
  sizes: number[];
  port: number;
  /** Samples per interaction; by default 24, and 8 from a million events. */
  samples: number | null;
  /** How long the page must be quiet before an interaction counts as settled (ms). */
  quietMs: number;
  /** How long an interaction may take to settle before it counts as a failure (ms). */
  timeoutMs: number | null;
  /** Only these measures (families, brushRate, playback); all when null. */
  only: string[] | null;
  out: string;
  /**
   * Another build's dist/ to measure beside this one, size by size in the same run (the machine
   * is shared and noisy: only figures taken side by side compare), and its name in the tables.
   */
  compare: string | null;
  compareLabel: string;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const number = (name: string, fallback: number) => {
    const raw = value(name);
    const parsed = Number(raw);
    if (raw !== undefined && !(parsed > 0)) throw new Error(`--${name} wants a positive number`);
    return raw === undefined ? fallback : parsed;
  };
  const list = (name: string) => value(name)?.split(',').filter(Boolean) ?? null;
  const sizes = (list('sizes') ?? ['1000', '10000', '100000']).map(Number);
  if (sizes.some((n) => !(n > 0))) throw new Error('--sizes wants numbers, e.g. 1000,10000');
  return {
    sizes,
    port: number('port', Number(process.env.BENCH_PORT ?? 4175)),
    samples: value('samples') === undefined ? null : number('samples', 24),
    quietMs: number('quiet', 400),
    timeoutMs: value('timeout') === undefined ? null : number('timeout', 60_000),
    only: list('only'),
    out: value('out') ?? 'bench/results/latest.json',
    compare: value('compare') ?? null,
    compareLabel: value('compare-label') ?? 'before',
  };
}

export const samplesFor = (size: number, options: BenchOptions): number =>
  options.samples ?? (size >= 1_000_000 ? 8 : 24);

export const timeoutFor = (size: number, options: BenchOptions): number =>
  options.timeoutMs ?? (size >= 1_000_000 ? 300_000 : 60_000);

export const wants = (measure: string, options: BenchOptions): boolean =>
  options.only === null || options.only.includes(measure);
