import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActDayIndex, type ClimateAction, type ClimateEventInput } from './actDays';
import { climateAt, type Climate } from './climate';
import { conflictShare, isBetweenSides, readingsOf, scoreTension, tensionRange } from './tension';

const RUNS = { numRuns: 400 };

/** A dyadic act with one reading: USA → RUS, or back. */
const act = (goldstein: number, sentence: string, actor = 'USA'): ClimateAction => ({
  actor,
  target: actor === 'USA' ? 'RUS' : 'USA',
  cameo: '010',
  goldstein,
  sentence,
  sourceId: 's',
});
const onDay = (day: number, actions: ClimateAction[], length = 0): ClimateEventInput => ({
  day,
  span: { start: day - Math.floor(length / 2), end: day - Math.floor(length / 2) + length },
  actions,
});
const climate = (events: ClimateEventInput[], day: number, windowDays: number) =>
  climateAt(buildActDayIndex(events), day, windowDays);

// ---------------------------------------------------------------------------------------------
// The oracle: the rules of climate.ts written the slow way, every combination of readings tried.

function weightsOf(action: ClimateAction): (number | null)[] {
  return readingsOf(action).map((r) =>
    isBetweenSides(r.actor, r.target) ? Math.round(r.goldstein * 100) : null,
  );
}

function bruteForce(events: ClimateEventInput[], day: number, windowDays: number): Climate | null {
  // The record that keeps each sentence: shortest span, then earliest day, then first.
  const owner = new Map<string, number>();
  events.forEach((event, i) => {
    for (const a of event.actions) {
      if (weightsOf(a).every((w) => w === null)) continue;
      const key = `${a.sourceId}\u0000${a.sentence}`;
      const held = owner.get(key);
      const length = (e: ClimateEventInput) => e.span.end - e.span.start;
      const better = (held: ClimateEventInput) =>
        length(event) < length(held) || (length(event) === length(held) && event.day < held.day);
      if (held === undefined || better(events[held]!)) owner.set(key, i);
    }
  });
  const inWindow: (number | null)[][] = [];
  events.forEach((event, i) => {
    if (event.day < day - windowDays || event.day >= day) return;
    for (const a of event.actions) {
      const weights = weightsOf(a);
      if (weights.every((w) => w === null)) continue;
      if (owner.get(`${a.sourceId}\u0000${a.sentence}`) === i) inWindow.push(weights);
    }
  });
  if (inWindow.length === 0) return null;
  const shareOf = (picks: (number | null)[]) => {
    let c = 0;
    let p = 0;
    for (const w of picks) {
      if (w !== null && w < 0) c -= w;
      else if (w !== null) p += w;
    }
    return conflictShare(c / 100, p / 100);
  };
  const chosen = inWindow.map((ws) => ws[0] ?? null);
  let combos: (number | null)[][] = [[]];
  for (const ws of inWindow) combos = combos.flatMap((c) => ws.map((w) => [...c, w]));
  const shares = combos.map(shareOf).filter((s): s is number => s !== null);
  let conflict = 0;
  let cooperation = 0;
  for (const w of chosen) {
    if (w !== null && w < 0) conflict -= w;
    else if (w !== null) cooperation += w;
  }
  return {
    value: shareOf(chosen),
    low: shares.length ? Math.min(...shares) : null,
    high: shares.length ? Math.max(...shares) : null,
    acts: chosen.filter((w) => w !== null).length,
    conflict: conflict / 100,
    cooperation: cooperation / 100,
  };
}

// ---------------------------------------------------------------------------------------------
// Random events: few acts (the oracle tries every combination), sentences drawn from a small
// pool so that records share them, days on a short stretch so that windows catch several.

const weight = fc.constantFrom(-5, -4.4, -2, -0.4, -0.3, 0, 0.4, 1, 2.5, 4, 7);
const side = fc.constantFrom('USA', 'RUS', 'UKR', null);
const reading = fc.record({ actor: side, target: side, goldstein: weight });
const action: fc.Arbitrary<ClimateAction> = fc
  .record({
    main: reading,
    alternatives: fc.array(fc.record({ r: reading, sameSides: fc.boolean() }), { maxLength: 2 }),
    sentence: fc.constantFrom('a', 'b', 'c', 'd'),
    sourceId: fc.constantFrom('s1', 's2'),
  })
  .map(({ main, alternatives, sentence, sourceId }) => ({
    ...main,
    cameo: '010',
    sentence,
    sourceId,
    alternatives: alternatives.map(({ r, sameSides }) => ({
      cameo: '010',
      goldstein: r.goldstein,
      ...(sameSides ? {} : { actor: r.actor, target: r.target }),
      reason: 'another reading',
    })),
  }));
const event: fc.Arbitrary<ClimateEventInput> = fc
  .record({
    day: fc.integer({ min: 0, max: 60 }),
    length: fc.constantFrom(0, 0, 29, 364),
    actions: fc.array(action, { minLength: 1, maxLength: 2 }),
  })
  .map(({ day, length, actions }) => onDay(day, actions, length));
const events = fc.array(event, { maxLength: 4 });
const query = fc.record({
  day: fc.integer({ min: -5, max: 70 }),
  windowDays: fc.integer({ min: 1, max: 40 }),
});

function expectClose(actual: Climate | null, expected: Climate | null) {
  if (expected === null || actual === null) return expect(actual).toEqual(expected);
  for (const key of ['value', 'low', 'high', 'conflict', 'cooperation'] as const) {
    const [a, e] = [actual[key], expected[key]];
    if (e === null || a === null) expect({ [key]: a }).toEqual({ [key]: e });
    else expect(a, key).toBeCloseTo(e, 9);
  }
  expect(actual.acts).toBe(expected.acts);
}

describe('climateAt', () => {
  it('equals the climate worked out act by act, every combination of readings tried', () => {
    fc.assert(
      fc.property(events, query, (list, { day, windowDays }) => {
        expectClose(climate(list, day, windowDays), bruteForce(list, day, windowDays));
      }),
      RUNS,
    );
  });

  it('takes the days before the day, the day itself left out', () => {
    const list = [onDay(10, [act(-5, 'a')]), onDay(20, [act(4, 'b')])];
    // Window of 10 days before day 20: days 10 … 19.
    expect(climate(list, 20, 10)).toMatchObject({ acts: 1, conflict: 5, cooperation: 0 });
    expect(climate(list, 21, 10)).toMatchObject({ acts: 1, conflict: 0, cooperation: 4 });
    expect(climate(list, 21, 11)).toMatchObject({ acts: 2, conflict: 5, cooperation: 4 });
    expect(climate(list, 10, 30)).toBeNull();
  });

  it('leaves a gap where no act falls in the window, never an interpolation', () => {
    const list = [onDay(0, [act(-5, 'a')]), onDay(100, [act(-5, 'b')])];
    for (const day of [31, 50, 100]) expect(climate(list, day, 30), `day ${day}`).toBeNull();
    expect(climate(list, 30, 30)?.value).toBe(7.5);
    expect(climate(list, 101, 30)?.value).toBe(7.5);
    expect(climate([], 10, 30)).toBeNull();
  });

  it('never falls for a conflictual act in the window, never rises for a cooperative one', () => {
    fc.assert(
      fc.property(
        events,
        query,
        fc.constantFrom(-5, -0.4, 0, 0.4, 4),
        fc.constantFrom('USA', 'RUS'),
        fc.nat(),
        (list, { day, windowDays }, w, actor, at) => {
          const added = onDay(day - 1 - (at % windowDays), [act(w, 'a new sentence', actor)]);
          const before = climate(list, day, windowDays);
          const after = climate([...list, added], day, windowDays);
          expect(after).not.toBeNull();
          const [b, a] = [before?.value ?? null, after?.value ?? null];
          if (w === 0) expect(a).toBe(b);
          else expect(a).not.toBeNull();
          if (b === null || a === null) return;
          if (w < 0) expect(a).toBeGreaterThanOrEqual(b);
          if (w > 0) expect(a).toBeLessThanOrEqual(b);
        },
      ),
      RUNS,
    );
  });

  it('is not moved by an act outside the window or outside the two sides', () => {
    fc.assert(
      fc.property(
        events,
        query,
        fc.constantFrom(-5, 4),
        fc.boolean(),
        fc.nat({ max: 50 }),
        (list, { day, windowDays }, w, outsideTime, by) => {
          const added = outsideTime
            ? onDay(by % 2 ? day + (by % 5) : day - windowDays - 1 - by, [act(w, 'new')])
            : onDay(day - 1, [{ ...act(w, 'new'), target: by % 2 ? 'UKR' : null }]);
          expect(climate([...list, added], day, windowDays)).toEqual(
            climate(list, day, windowDays),
          );
        },
      ),
      RUNS,
    );
  });

  it('counts each sentence once, in the record that dates it most precisely (N16)', () => {
    const sentence = [act(-5, 'the Kremlin’s sentence')];
    const call = onDay(20, sentence);
    const sameSentenceMonth = onDay(15, sentence, 30);
    expect(climate([call, sameSentenceMonth], 25, 30)).toMatchObject({ acts: 1, conflict: 5 });
    // The month-precision copy does not count even where its day alone is in the window.
    expect(climate([call, sameSentenceMonth], 18, 5)).toBeNull();
    // Another source's same words are another act.
    const elsewhere = onDay(15, [{ ...act(-5, 'the Kremlin’s sentence'), sourceId: 't' }], 30);
    expect(climate([call, elsewhere], 25, 30)).toMatchObject({ acts: 2, conflict: 10 });
    // One clause towards both sides' … and one record coding it twice keeps both (codebook S5).
    const both = onDay(20, [act(-0.3, 'appeal'), act(-0.3, 'appeal', 'RUS')]);
    expect(climate([both], 25, 30)).toMatchObject({ acts: 2 });
  });

  it('adds nothing for a second record of the same sentences', () => {
    fc.assert(
      fc.property(events, query, fc.nat(), (list, { day, windowDays }, pick) => {
        fc.pre(list.length > 0);
        const original = list[pick % list.length]!;
        // A copy, less precisely dated, drawn inside the window.
        const copy = {
          ...onDay(day - 1, [...original.actions]),
          span: { start: -1000, end: 1000 },
        };
        expect(climate([...list, copy], day, windowDays)).toEqual(climate(list, day, windowDays));
      }),
      RUNS,
    );
  });

  it('keeps its value between the ends of its range', () => {
    fc.assert(
      fc.property(events, query, (list, { day, windowDays }) => {
        const c = climate(list, day, windowDays);
        if (c?.value == null) return;
        expect(c.low).not.toBeNull();
        expect(c.high).not.toBeNull();
        expect(c.low!).toBeLessThanOrEqual(c.value + 1e-9);
        expect(c.value).toBeLessThanOrEqual(c.high! + 1e-9);
      }),
      RUNS,
    );
  });

  it('over one event’s acts, gives that event’s tone and range', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 4 }), (actions) => {
        // Each act its own sentence, so that none is left out as a repeat.
        const distinct = actions.map((a, i) => ({ ...a, sentence: `sentence ${i}` }));
        const c = climate([onDay(10, distinct)], 11, 1);
        const tone = scoreTension(distinct);
        const range = tensionRange(distinct);
        const round = (x: number | null | undefined) =>
          x === null || x === undefined ? null : Math.round(x * 10 + 1e-9) / 10;
        expect(round(c?.value)).toBe(tone);
        expect(range === null ? null : [round(c?.low), round(c?.high)]).toEqual(range);
      }),
      RUNS,
    );
  });

  it('takes the prior it is given', () => {
    const index = buildActDayIndex([onDay(0, [act(-5, 'a')])]);
    expect(climateAt(index, 1, 30)?.value).toBe(7.5);
    expect(climateAt(index, 1, 30, 20)?.value).toBeCloseTo((10 * 15) / 25);
    expect(() => climateAt(index, 1, 0)).toThrow(RangeError);
  });

  it('holds only typed arrays, and one set of sums where no act has another reading', () => {
    const index = buildActDayIndex([onDay(3, [act(-5, 'a')]), onDay(1, [act(4, 'b')])]);
    for (const value of Object.values(index))
      expect(ArrayBuffer.isView(value), String(value)).toBe(true);
    expect(Array.from(index.days)).toEqual([1, 3]);
    expect(index.lowConflict).toBe(index.conflict);
    expect(index.nearest).toHaveLength(0);
  });
});
