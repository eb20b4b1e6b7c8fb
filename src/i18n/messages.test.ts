/**
 * The messages of each language are typed by area (messages/*.ts), so that a key missing from one
 * language, or found in one only, fails the typecheck. The `@ts-expect-error` lines are the proof:
 * each fails `tsc` if its line has no type error, that is, if a language could lack a key.
 */
import { describe, expect, it } from 'vitest';
import { en, type Messages } from './messages';
import type { AboutMessages } from './messages/about';
import { aboutEn } from './messages/aboutEn';
import { aboutVi } from './messages/aboutVi';
import type { ControlsMessages } from './messages/controls';
import { controlsEn } from './messages/controlsEn';
import { controlsVi } from './messages/controlsVi';
import type { DatasetMessages } from './messages/dataset';
import { datasetEn } from './messages/datasetEn';
import { datasetVi } from './messages/datasetVi';
import type { EmbedMessages } from './messages/embed';
import { embedEn } from './messages/embedEn';
import { embedVi } from './messages/embedVi';
import type { ImportingMessages } from './messages/importing';
import { importingEn } from './messages/importingEn';
import { importingVi } from './messages/importingVi';
import type { ProblemMessages } from './messages/problems';
import { problemEn } from './messages/problemsEn';
import { problemVi } from './messages/problemsVi';
import type { ViewsMessages } from './messages/views';
import { viewsEn } from './messages/viewsEn';
import { viewsVi } from './messages/viewsVi';
import { vi } from './messagesVi';

/** A language's messages with one key taken out, as a file that forgot it would have them. */
function without<T extends object, K extends keyof T>(messages: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(messages).filter(([name]) => name !== key)) as Omit<
    T,
    K
  >;
}

/** Every key of a language's messages, nested ones as `datasetError.http`. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? keysOf(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('the messages of each language', () => {
  it('fail the typecheck when an area of either language lacks a key', () => {
    const incomplete = [
      // @ts-expect-error: the controls in Vietnamese without `filters`
      without(controlsVi, 'filters') satisfies ControlsMessages,
      // @ts-expect-error: the views in English without `mapTitle`
      without(viewsEn, 'mapTitle') satisfies ViewsMessages,
      // @ts-expect-error: the views in Vietnamese without a kind of event
      { ...viewsVi, kind: without(viewsVi.kind, 'summit') } satisfies ViewsMessages,
      // @ts-expect-error: the dataset's words in Vietnamese without `retry`
      without(datasetVi, 'retry') satisfies DatasetMessages,
      // @ts-expect-error: a problem of a dataset not worded in English
      without(problemEn, 'duplicate-id') satisfies ProblemMessages,
      // @ts-expect-error: the import's words in Vietnamese without `importOpen`
      without(importingVi, 'importOpen') satisfies ImportingMessages,
      // @ts-expect-error: the footer in English without `methodText`
      without(aboutEn, 'methodText') satisfies AboutMessages,
      // @ts-expect-error: the embed's words in Vietnamese without `embedClose`
      without(embedVi, 'embedClose') satisfies EmbedMessages,
      // @ts-expect-error: a whole language without the header's `appTitle`
      without(vi, 'appTitle') satisfies Messages,
    ];
    expect(incomplete).toHaveLength(9);
  });

  it('fail the typecheck when a key is in one language only', () => {
    const extra = [
      // @ts-expect-error: `aboutFooter` is no key of the footer's shape
      { ...aboutVi, aboutFooter: 'Chân trang' } satisfies AboutMessages,
      // @ts-expect-error: nor `held-over` a status of an event
      { ...viewsEn.status, 'held-over': 'held over' } satisfies ViewsMessages['status'],
    ];
    expect(extra).toHaveLength(2);
  });

  it('are complete in each area as written', () => {
    expect([
      controlsEn satisfies ControlsMessages,
      controlsVi satisfies ControlsMessages,
      viewsEn satisfies ViewsMessages,
      viewsVi satisfies ViewsMessages,
      datasetEn satisfies DatasetMessages,
      datasetVi satisfies DatasetMessages,
      problemEn satisfies ProblemMessages,
      problemVi satisfies ProblemMessages,
      importingEn satisfies ImportingMessages,
      importingVi satisfies ImportingMessages,
      aboutEn satisfies AboutMessages,
      aboutVi satisfies AboutMessages,
      embedEn satisfies EmbedMessages,
      embedVi satisfies EmbedMessages,
    ]).toHaveLength(14);
  });

  it('have the same keys in both languages, nested ones too', () => {
    expect(keysOf(vi).sort()).toEqual(keysOf(en).sort());
  });

  it('give each key to one area only (a later area would silently win)', () => {
    const areas = [embedEn, controlsEn, viewsEn, datasetEn, importingEn, aboutEn];
    const keys = areas.flatMap((area) => Object.keys(area));
    expect(new Set(keys).size).toBe(keys.length);
    for (const area of [embedVi, controlsVi, viewsVi, datasetVi, importingVi, aboutVi])
      for (const key of Object.keys(area)) expect(Object.keys(en)).toContain(key);
  });
});
