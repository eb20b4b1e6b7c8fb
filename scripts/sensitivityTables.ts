/**
 * docs/METHOD.md's sensitivity tables, from a dataset: the tone of each meeting held and the
 * climate going into it under every prior and window of domain/sensitivity.ts, and the events
 * whose colour band the prior moves. `npx tsx scripts/sensitivity.ts --write` puts them in
 * METHOD.md; tests/unit/method.test.ts checks that the file says what the data gives.
 */
import { buildActDayIndex, climateInputs } from '../src/domain/scoring/actDays';
import { climateAt } from '../src/domain/scoring/climate';
import { midpointOfSpan, spanOf } from '../src/domain/dataset/dates';
import { isKeyMeeting } from '../src/domain/scoring/finding';
import type { Dataset } from '../src/domain/dataset/schema';
import {
  CLIMATE_WINDOW,
  climatesBySetting,
  PRIORS,
  robustness,
  tonesByPrior,
  toneWithPrior,
  WINDOWS,
  type Reading3,
} from '../src/domain/scoring/sensitivity';
import { PRIOR_WEIGHT } from '../src/domain/scoring/tension';
import { TENSION_BANDS, tensionBand } from '../src/domain/scoring/tensionBands';

/** Where the tables stand in docs/METHOD.md. */
export const START = '<!-- sensitivity tables: scripts/sensitivity.ts writes them -->';
export const END = '<!-- end of the sensitivity tables -->';

const fixed = (x: number | null) => (x === null ? '–' : x.toFixed(2));
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number) => row(Array.from({ length: n }, () => '---'));

export function sensitivityMarkdown(dataset: Dataset): string {
  const dyad = dataset.dyad;
  const placeName = new Map(dataset.places.map((p) => [p.id, p.name.en]));
  const held = dataset.events
    .filter((e) => isKeyMeeting(e) && e.status === 'held')
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const names = held.map(
    (e) => `${placeName.get(e.placeId ?? '') ?? e.id} (${e.date.slice(0, 7)})`,
  );
  const out: string[] = [];

  // 1. The meetings' own tone.
  const name = (k: number | null) => (k === null ? '–' : (names[k] ?? '–'));
  const cell = ([value, low, high]: Reading3) =>
    value === null
      ? '–'
      : low !== null && high !== null && fixed(low) !== fixed(high)
        ? `${fixed(value)} (${fixed(low)}–${fixed(high)})`
        : fixed(value);
  const tones = tonesByPrior(held, dyad);
  const toneRanks = robustness(tones.map((setting) => setting.map(([value]) => value)));
  out.push(
    '**The tone of each meeting held, by prior**: the value with the prior, and in brackets the lowest and highest over the readings of its sentences (the prior used is 5; unrounded).',
    '',
  );
  out.push(row(['prior', ...names, 'highest', 'lowest']), rule(names.length + 3));
  tones.forEach((values, i) => {
    const ranks = robustness([values.map(([value]) => value)]);
    out.push(row([String(PRIORS[i]), ...values.map(cell), name(ranks.top), name(ranks.bottom)]));
  });
  out.push(
    '',
    `Highest under every prior: ${toneRanks.top === null ? 'none (it depends on the prior)' : name(toneRanks.top)}. ` +
      `Lowest under every prior: ${toneRanks.bottom === null ? 'none (it depends on the prior)' : name(toneRanks.bottom)}.`,
    '',
  );

  // 2. The climate going into each meeting.
  const index = buildActDayIndex(climateInputs(dataset.events), dyad);
  const days = held.map((e) => midpointOfSpan(spanOf(e.date, e.datePrecision)));
  const settings = climatesBySetting(index, days);
  const climateRanks = robustness(settings.map((s) => s.values.map(([value]) => value)));
  out.push(
    `**The climate going into each meeting held, by window and prior**: the value, the number of counted acts in the window, and in brackets the lowest and highest over the readings; – where no act falls in the window. The page draws ${CLIMATE_WINDOW} days and prior ${PRIOR_WEIGHT}.`,
    '',
  );
  out.push(row(['window', 'prior', ...names, 'highest', 'lowest']), rule(names.length + 4));
  for (const { window, prior, values } of settings) {
    const ranks = robustness([values.map(([value]) => value)]);
    const cells = values.map((v, k) => {
      const acts = climateAt(index, days[k] ?? 0, window, prior)?.acts ?? 0;
      return v[0] === null
        ? '–'
        : cell(v).replace(/^([\d.]+)/, `$1, ${acts} act${acts === 1 ? '' : 's'}`);
    });
    out.push(row([String(window), String(prior), ...cells, name(ranks.top), name(ranks.bottom)]));
  }
  out.push(
    '',
    `Highest under every window and prior: ${climateRanks.top === null ? 'none' : name(climateRanks.top)}. ` +
      `Lowest under every window and prior: ${climateRanks.bottom === null ? 'none' : name(climateRanks.bottom)}.`,
    '',
  );

  // 3. Colour bands the prior moves.
  const bandName = (x: number | null) =>
    x === null ? '–' : (TENSION_BANDS[tensionBand(x)]?.key ?? '–');
  const moved = dataset.events
    .map((e) => ({ e, bands: PRIORS.map((p) => bandName(toneWithPrior(e.actions, p, dyad))) }))
    .filter(({ bands }) => new Set(bands).size > 1);
  out.push(
    `**Events whose colour band the prior moves** (${moved.length} of ${dataset.events.filter((e) => e.tension !== null).length} with a tone; the band at prior ${PRIOR_WEIGHT} is the one drawn).`,
    '',
  );
  out.push(row(['event', ...PRIORS.map((p) => `prior ${p}`)]), rule(PRIORS.length + 1));
  for (const { e, bands } of moved) out.push(row([e.id, ...bands]));
  out.push('', `Windows checked: ${WINDOWS.join(', ')} days; priors: ${PRIORS.join(', ')}.`);
  return out.join('\n');
}
