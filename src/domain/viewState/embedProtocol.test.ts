import { describe, expect, it } from 'vitest';
import { heightMessages, parseHostMessage, readEmbedHeight } from './embedProtocol';

describe('heightMessages', () => {
  it('speaks Datawrapper’s protocol, and pym.js’s when a pym parent gave an id', () => {
    expect(heightMessages(640.2, 'us-russia-map', null)).toEqual([
      { 'datawrapper-height': { 'us-russia-map': 641 } },
    ]);
    expect(heightMessages(640, 'us-russia-map', 'story-map')).toEqual([
      { 'datawrapper-height': { 'us-russia-map': 640 } },
      'pymxPYMxstory-mapxPYMxheightxPYMx640',
    ]);
  });
});

describe('readEmbedHeight', () => {
  it('reads the height of a Datawrapper message', () => {
    expect(readEmbedHeight({ 'datawrapper-height': { a: 640 } })).toBe(640);
    expect(readEmbedHeight(heightMessages(512.5, 'x', null)[0])).toBe(513);
  });

  it('refuses anything of another shape or an unlikely height', () => {
    for (const data of [
      null,
      '640',
      640,
      { 'datawrapper-height': 640 },
      { 'datawrapper-height': { a: '640' } },
      { 'datawrapper-height': { a: 640, b: 700 } },
      { 'datawrapper-height': { a: Number.NaN } },
      { 'datawrapper-height': { a: Infinity } },
      { 'datawrapper-height': { a: -5 } },
      { 'datawrapper-height': { a: 1e9 } },
      { 'datawrapper-height': null },
    ])
      expect(readEmbedHeight(data)).toBeNull();
  });
});

describe('parseHostMessage', () => {
  it('reads pym.js’s width for our frame', () => {
    expect(parseHostMessage('pymxPYMxstory-mapxPYMxwidthxPYMx720', 'story-map')).toEqual({
      type: 'width',
      width: 720,
    });
  });

  it('ignores messages for other frames, of other types or shapes, and any without an id', () => {
    for (const data of [
      'pymxPYMxotherxPYMxwidthxPYMx720',
      'pymxPYMxstory-mapxPYMxnavigateToxPYMxhttps://evil.example/',
      'pymxPYMxstory-mapxPYMxwidthxPYMx<img src=x>',
      'pymxPYMxstory-mapxPYMxwidthxPYMx720xPYMx1',
      'pymxPYMxstory-mapxPYMxwidthxPYMx',
      { type: 'width', width: 720 },
      `pymxPYMxstory-mapxPYMxwidthxPYMx${'9'.repeat(300)}`,
    ])
      expect(parseHostMessage(data, 'story-map')).toBeNull();
    expect(parseHostMessage('pymxPYMxstory-mapxPYMxwidthxPYMx720', null)).toBeNull();
  });
});
