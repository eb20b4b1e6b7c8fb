// @vitest-environment jsdom
/**
 * Share pictures a view through the exporter the view hands over, and knows nothing of how the
 * view is drawn: here the views are stand-ins that register exporters of their own.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ExportersProvider,
  useRegisterExporter,
  type ViewExporters,
} from '@/components/exporters/ExportersProvider';
import { indexDataset } from '@/domain/query/indexDataset';
import { ShareTools } from '@/features/share/ShareTools';
import { I18nProvider } from '@/i18n/I18nProvider';
import { makeSampleDataset } from '../fixtures/sampleDataset';

const dataset = makeSampleDataset();
const index = indexDataset(dataset);
const svg = new Blob(['<svg/>'], { type: 'image/svg+xml' });

function TimelineStandIn({ exporter }: { exporter: ViewExporters['timeline'] }) {
  useRegisterExporter('timeline', exporter);
  return null;
}

function renderShare(views: ReactNode = null) {
  return render(
    <I18nProvider lang="en">
      <ExportersProvider>
        {views}
        <ShareTools
          dataset={index.head}
          placesById={index.placesById}
          peopleById={index.peopleById}
          eventsById={index.eventsById}
          actDays={index.data.actDays}
          rows={() => ({ events: dataset.events, quotes: dataset.quotes })}
          filter={{ from: null, to: null, placeId: 'geneva', eventId: null }}
          viewDescription="Showing 2 of 4 events in Geneva"
          linkSearch="?place=geneva"
        />
      </ExportersProvider>
    </I18nProvider>,
  );
}

// jsdom has no object URLs (this file runs in a jsdom of its own).
URL.createObjectURL = () => 'blob:picture';
URL.revokeObjectURL = () => {};

/** The names of the files the page hands to the browser as downloads. */
let saved: string[];
beforeEach(() => {
  saved = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(this.download);
  });
});
afterEach(() => vi.useRealTimers());

/** Opens the Download menu and chooses `item`. */
function choose(item: string) {
  fireEvent.click(screen.getByText('Download'));
  fireEvent.click(screen.getByRole('button', { name: item }));
}

describe('ShareTools', () => {
  it('asks the timeline for its picture, with the caption, and saves what it gives', async () => {
    const exporter = vi.fn<ViewExporters['timeline']>(() => Promise.resolve(svg));
    renderShare(<TimelineStandIn exporter={exporter} />);
    choose('Timeline (SVG)');
    await vi.waitFor(() => expect(saved).toEqual(['us-russia-diplomacy_geneva_timeline.svg']));
    expect(exporter).toHaveBeenCalledWith('svg', {
      title: 'The tone of each US–Russia encounter',
      subtitle: 'Showing 2 of 4 events in Geneva',
      credit: expect.stringContaining('Example Daily'),
    });
  });

  it('says so when a view is not drawn, after giving it the time to be built', async () => {
    vi.useFakeTimers();
    renderShare();
    choose('Map (PNG)');
    const message = 'That view is not drawn at the moment, so there is nothing to picture.';
    await act(() => vi.advanceTimersByTimeAsync(4000));
    expect(screen.queryByText(message)).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(saved).toEqual([]);
  });

  it('knows nothing of Leaflet’s, Recharts’ or the map’s markup', () => {
    const folder = resolve(process.cwd(), 'src/features/share');
    for (const file of readdirSync(folder)) {
      expect(readFileSync(resolve(folder, file), 'utf8'), file).not.toMatch(
        /leaflet-|recharts-|place-marker/,
      );
    }
  });
});
