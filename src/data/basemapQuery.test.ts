import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { basemapQueryOptions } from './basemapQuery';

/** A topology with one square country. */
const TOPOLOGY = {
  type: 'Topology',
  arcs: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', arcs: [[0]], id: '1', properties: { name: 'Square' } }],
    },
    land: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]] }] },
  },
};

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

afterEach(() => vi.unstubAllGlobals());

describe('basemapQueryOptions', () => {
  it('fetches the atlas shipped with the app and builds the basemap from it', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify(TOPOLOGY))));
    vi.stubGlobal('fetch', fetchMock);
    const basemap = await client().fetchQuery({ ...basemapQueryOptions, retry: false });
    expect(fetchMock).toHaveBeenCalledWith(
      expect.stringContaining('countries-110m'),
      expect.anything(),
    );
    expect(basemap.features.map((f) => f.properties.name)).toEqual(['Square']);
  });

  it('fails with the status when the atlas cannot be had', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
    await expect(client().fetchQuery({ ...basemapQueryOptions, retry: false })).rejects.toThrow(
      'Basemap: 404',
    );
  });
});
