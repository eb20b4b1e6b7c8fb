import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/**
 * The dependency rule: each layer of src/ may import only the layers listed here (and itself).
 *
 *   domain      nothing of the app: pure TypeScript (no React, DOM, Leaflet, Recharts, TanStack)
 *   data        domain
 *   i18n        domain (types and pure helpers)
 *   theme       domain (it holds no words, so no i18n)
 *   hooks       domain, i18n, theme
 *   components  domain, i18n, theme, hooks
 *   features/*  domain, data, i18n, theme, hooks, components; never another feature, never app
 *   app         everything (and so does src/main.ts, the entry)
 *
 * Each zone forbids the whole of src/ except what the layer may use, so no layer may import a
 * folder added later until it is named here. Zones compare resolved files, so `@/…` aliases and
 * relative paths are caught alike. Tests may read across layers (see below).
 */
const MAY_IMPORT = {
  domain: [],
  data: ['domain'],
  i18n: ['domain'],
  theme: ['domain'],
  hooks: ['domain', 'i18n', 'theme'],
  components: ['domain', 'i18n', 'theme', 'hooks'],
  features: ['domain', 'data', 'i18n', 'theme', 'hooks', 'components'],
};

/**
 * The rooms of src/domain, one concern each, lowest first: each may import only the rooms listed
 * here (and itself), so no import runs from a lower room to a higher one.
 *
 *   dataset     what a dataset is: schema, vocabulary, ids, dates, notes, problems as codes
 *   geometry    the basemap's shapes and where the chart's labels go (no records at all)
 *   scoring     tone, CAMEO, the climate and its sensitivity, the headline's finding
 *   builtIn     the built-in dataset's own content: story, periods, citation, build-time finding
 *   validation  a dataset file read: JSON streamed, records checked (fast path and schema)
 *   import      other formats made into a dataset
 *   query       the index every view reads: facets, search, time axis, aggregates
 *   viewState   what the reader looks at: URL state, view filters, playback, embeds, presets
 *   export      downloads: CSV, JSON, template columns, citation
 *
 * The built-in dataset's content is imported only by viewState (its story) and export (its name):
 * no scoring, validation, import or query rule depends on it.
 */
const DOMAIN_MAY_IMPORT = {
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

const roomZones = Object.entries(DOMAIN_MAY_IMPORT).map(([room, allowed]) => ({
  target: `./src/domain/${room}`,
  from: './src/domain',
  except: [`./${room}`, ...allowed.map((name) => `./${name}`)],
  message: `src/domain/${room} may import only ${allowed.length ? allowed.join(', ') : 'itself'} of the domain (the rooms in eslint.config.js).`,
}));

const features = readdirSync(join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = Object.entries(MAY_IMPORT).map(([layer, allowed]) => ({
  target: `./src/${layer}`,
  from: './src',
  except: [`./${layer}`, ...allowed.map((name) => `./${name}`)],
  message: `src/${layer} may import only ${allowed.length ? allowed.join(', ') : 'itself'} (the dependency rule in eslint.config.js).`,
}));

const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: `A feature never imports another: what features/${feature} shares belongs in domain, components or hooks.`,
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'reports', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text from data is always rendered as text.',
        },
      ],
    },
  },
  {
    // Tests index into fixtures they built themselves; an assertion failure is the right crash.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // No import cycles anywhere in src/. Type-only imports are erased at build time, so no-cycle
    // does not follow them; nor does it read packages (none imports src/), which saves seconds.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads only .js files and no-cycle sees no TypeScript module.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: join(root, 'tsconfig.json') }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // The walls between layers (see MAY_IMPORT). A test may read across them: the domain's tests
    // word problems through i18n to assert on the sentence a reader gets.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: root, zones: [...layerZones, ...featureZones, ...roomZones] },
      ],
    },
  },
  {
    // The domain layer is pure: no React, DOM libraries, storage, map or chart code.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'leaflet', 'recharts', '@tanstack/*', 'idb-keyval'],
              message: 'src/domain is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    // One job a file: a file past 300 lines (every line counted, as `wc -l` counts them) holds
    // more than one. Tests are long by nature; the messages are split by area (i18n/messages/).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
);
