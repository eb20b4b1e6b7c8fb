/**
 * The dependency rule is enforced by ESLint (eslint.config.js): these probes break it on purpose,
 * at paths inside src/ that do not exist on disk, and expect the rule that guards each wall to
 * report them. A probe that passes means a wall is down.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const WALL = 'import-x/no-restricted-paths';
// ESLint loads the TypeScript parser and resolver on first use; CI is a busy 2-core machine.
const TIMEOUT = 60_000;

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rule ids ESLint reports for `code` as if it were the file at `path` (relative to root). */
async function reportedRules(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('forbidden imports are reported', { timeout: TIMEOUT }, () => {
  const cases: [name: string, path: string, code: string, rule: string][] = [
    [
      'a feature imports another feature by alias',
      'src/features/map/probe.ts',
      "export { QuotePanel } from '@/features/quotes/QuotePanel';",
      WALL,
    ],
    [
      'a feature imports another feature by a relative path',
      'src/features/map/probe.ts',
      "export { QuotePanel } from '../quotes/QuotePanel';",
      WALL,
    ],
    [
      'domain imports data by a relative path',
      'src/domain/probe.ts',
      "export { downloadDataset } from '../data/download';",
      WALL,
    ],
    [
      'domain imports i18n by alias',
      'src/domain/probe.ts',
      "export { formatCount } from '@/i18n/format';",
      WALL,
    ],
    [
      'domain imports React',
      'src/domain/probe.ts',
      "export { useState } from 'react';",
      'no-restricted-imports',
    ],
    [
      'domain imports Leaflet',
      'src/domain/probe.ts',
      "import 'leaflet/dist/leaflet.css';",
      'no-restricted-imports',
    ],
    [
      'a feature imports the app by a relative path',
      'src/features/map/probe.ts',
      "export { Dashboard } from '../../app/Dashboard';",
      WALL,
    ],
    [
      'a feature imports the app lazily',
      'src/features/map/probe.ts',
      "export const load = () => import('@/app/Dashboard');",
      WALL,
    ],
    [
      'data imports a feature',
      'src/data/probe.ts',
      "export { MapPanel } from '@/features/map/MapPanel';",
      WALL,
    ],
    [
      'components import a feature',
      'src/components/probe.tsx',
      "export { QuotePanel } from '../features/quotes/QuotePanel';",
      WALL,
    ],
    [
      'i18n imports data',
      'src/i18n/probe.ts',
      "export { downloadDataset } from '@/data/download';",
      WALL,
    ],
    [
      'theme imports i18n',
      'src/theme/probe.ts',
      "export { formatCount } from '../i18n/format';",
      WALL,
    ],
    [
      'hooks import components',
      'src/hooks/probe.ts',
      "export { Panel } from '@/components/Panel';",
      WALL,
    ],
    [
      'the dataset room imports the import room (a type)',
      'src/domain/dataset/probe.ts',
      "export type { ImportPreview } from '../import/preview';",
      WALL,
    ],
    [
      'scoring imports the query by alias',
      'src/domain/scoring/probe.ts',
      "export { indexDataset } from '@/domain/query/indexDataset';",
      WALL,
    ],
    [
      'the query reads the built-in story',
      'src/domain/query/probe.ts',
      "export { STORY_STEPS } from '../builtIn/story';",
      WALL,
    ],
    [
      'validation reads the built-in citation',
      'src/domain/validation/probe.ts',
      "export { BUILT_IN_TITLE } from '../builtIn/citation';",
      WALL,
    ],
    [
      'a type-only import across a wall',
      'src/domain/probe.ts',
      "export type { DatasetError } from '@/data/datasetErrors';",
      WALL,
    ],
  ];

  it.each(cases)('%s', async (_name, path, code, rule) => {
    expect(await reportedRules(path, code)).toContain(rule);
  });

  it('reports a cycle between two files', async () => {
    // dateRange.ts imports dates.ts; dates.ts importing dateRange.ts back closes the cycle.
    const dateRange = readFileSync(join(root, 'src/domain/dataset/dateRange.ts'), 'utf8');
    expect(dateRange).toMatch(/^import \{[^}]*\btoDayNumber\b[^}]*\} from '\.\/dates';$/m);
    const rules = await reportedRules(
      'src/domain/dataset/dates.ts',
      "import { overlaps } from './dateRange';\nexport const probe = overlaps;",
    );
    expect(rules).toContain('import-x/no-cycle');
  });

  it('reports a non-test file over 300 lines', async () => {
    const long = Array.from({ length: 301 }, (_, i) => `export const n${i} = ${i};`).join('\n');
    expect(await reportedRules('src/domain/probe.ts', long)).toContain('max-lines');
    expect(await reportedRules('src/domain/probe.test.ts', long)).not.toContain('max-lines');
  });
});

/**
 * The rule itself, written here independently of eslint.config.js: which layers each layer may
 * import (besides itself).
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  domain: [],
  data: ['domain'],
  i18n: ['domain'],
  theme: ['domain'],
  hooks: ['domain', 'i18n', 'theme'],
  components: ['domain', 'i18n', 'theme', 'hooks'],
  features: ['domain', 'data', 'i18n', 'theme', 'hooks', 'components'],
  app: ['domain', 'data', 'i18n', 'theme', 'hooks', 'components', 'features'],
};

/** A real source file of each layer, for probes to import (src/hooks may not exist yet). */
const SAMPLE_DIR: Record<string, string> = {
  features: 'features/quotes',
  domain: 'domain/dataset',
};
function sampleFileOf(layer: string): string | null {
  const dir = join(root, 'src', SAMPLE_DIR[layer] ?? layer);
  if (!existsSync(dir)) return null;
  const file = readdirSync(dir).find((name) => /^[^.]+\.tsx?$/.test(name));
  return file ? relative(root, join(dir, file)).replace(/\\/g, '/') : null;
}

describe(
  'every pair of layers follows the rule, by alias and by relative path',
  { timeout: TIMEOUT },
  () => {
    const layers = Object.keys(MAY_IMPORT);
    const targets = new Map(layers.map((layer) => [layer, sampleFileOf(layer)]));

    it('has a file to import in every layer but src/hooks, which may not exist yet', () => {
      const missing = layers.filter((layer) => targets.get(layer) === null);
      expect(missing.filter((layer) => layer !== 'hooks')).toEqual([]);
    });

    const pairs = layers.flatMap((from) =>
      layers.filter((to) => to !== from && targets.get(to)).map((to) => [from, to] as const),
    );

    it.each(pairs)('%s → %s', async (from, to) => {
      const target = targets.get(to)!;
      const importer = from === 'features' ? 'src/features/map/probe.ts' : `src/${from}/probe.ts`;
      const alias = target.replace(/^src\//, '@/').replace(/\.tsx?$/, '');
      const relativePath = relative(join(root, importer, '..'), join(root, target))
        .replace(/\\/g, '/')
        .replace(/\.tsx?$/, '');
      const allowed = MAY_IMPORT[from]!.includes(to);
      for (const specifier of [alias, relativePath]) {
        const rules = await reportedRules(importer, `export * as probe from '${specifier}';`);
        expect({ specifier, walled: rules.includes(WALL) }).toEqual({
          specifier,
          walled: !allowed,
        });
      }
    });
  },
);

describe('legal imports pass', { timeout: TIMEOUT }, () => {
  it('a feature that uses every layer it may, and itself', async () => {
    const code = [
      "import { toDayNumber } from '@/domain/dataset/dates';",
      "import { downloadDataset } from '../../data/download';",
      "import { formatCount } from '@/i18n/format';",
      "import { useTheme } from '../../theme/ThemeProvider';",
      "import { Panel } from '@/components/Panel';",
      "import { loadDiplomacyMap } from './MapPanel';",
      'export const probe = [toDayNumber, downloadDataset, formatCount, useTheme, Panel, loadDiplomacyMap];',
    ].join('\n');
    expect(await reportedRules('src/features/map/probe.ts', code)).toEqual([]);
  });

  it('the app imports features', async () => {
    const code = "export { MapPanel } from '@/features/map/MapPanel';";
    expect(await reportedRules('src/app/probe.ts', code)).toEqual([]);
  });
});

/**
 * The rooms of src/domain, written here independently of eslint.config.js: which rooms each room
 * may import (besides itself), lowest first: each imports only rooms listed before it.
 */
const DOMAIN_MAY_IMPORT: Record<string, readonly string[]> = {
  dataset: [],
  geometry: [],
  scoring: ['dataset'],
  builtIn: ['dataset', 'scoring'],
  validation: ['dataset', 'scoring'],
  import: ['dataset', 'scoring', 'validation'],
  query: ['dataset', 'scoring'],
  viewState: ['dataset', 'query', 'builtIn'],
  export: ['dataset', 'scoring', 'query', 'import', 'builtIn'],
};

describe('the rooms of src/domain', { timeout: TIMEOUT }, () => {
  const domain = join(root, 'src/domain');
  const rooms = Object.keys(DOMAIN_MAY_IMPORT);

  it('are every folder of src/domain, and no source file stands outside them', () => {
    const entries = readdirSync(domain, { withFileTypes: true });
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.sort()).toEqual([...rooms].sort());
    expect(entries.filter((entry) => entry.isFile()).map((entry) => entry.name)).toEqual([]);
  });

  it('import only rooms listed before them', () => {
    rooms.forEach((room, at) =>
      expect({
        room,
        above: DOMAIN_MAY_IMPORT[room]!.filter((r) => rooms.indexOf(r) >= at),
      }).toEqual({ room, above: [] }),
    );
  });

  const sampleOf = (room: string) => {
    const file = readdirSync(join(domain, room)).find((name) => /^[^.]+\.ts$/.test(name))!;
    return `src/domain/${room}/${file}`;
  };
  const pairs = rooms.flatMap((from) =>
    rooms.filter((to) => to !== from).map((to) => [from, to] as const),
  );

  it.each(pairs)('%s → %s', async (from, to) => {
    const target = sampleOf(to);
    const specifier = `../${to}/${target.split('/').pop()!.replace(/\.ts$/, '')}`;
    const rules = await reportedRules(
      `src/domain/${from}/probe.ts`,
      `export * as probe from '${specifier}';`,
    );
    expect({ specifier, walled: rules.includes(WALL) }).toEqual({
      specifier,
      walled: !DOMAIN_MAY_IMPORT[from]!.includes(to),
    });
  });
});
