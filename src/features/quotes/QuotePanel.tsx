import { memo, useDeferredValue, useId, useMemo, useRef, useState, type RefCallback } from 'react';
import type { SortOrder } from '@/domain/query/quoteSearch';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import type { EventSet, PlaceFilter } from '@/domain/query/eventSet';
import { quoteListOf } from '@/domain/query/quoteList';
import { matchQuotePositions } from '@/domain/query/search';
import type { DiplomaticEvent, Person, Place, Quote, Source } from '@/domain/dataset/schema';
import { Panel } from '@/components/Panel';
import { usePages } from '@/hooks/usePages';
import { useI18n } from '@/i18n/I18nProvider';
import { QuoteFigure } from './QuoteFigure';
import './QuotePanel.css';

/** Quotes drawn at a time. */
const QUOTE_PAGE = 60;

interface ShownGroup {
  event: DiplomaticEvent;
  quotes: Quote[];
  /** The place of its first quote in the whole list. */
  first: number;
}

/** Quote positions (in the order shown) as groups under their events: consecutive runs. */
function groupsOf(index: DatasetIndex, positions: Int32Array): ShownGroup[] {
  const groups: ShownGroup[] = [];
  let last = -1;
  positions.forEach((q, i) => {
    const p = index.data.quoteEvent[q] ?? -1;
    if (p !== last || groups.length === 0) {
      groups.push({ event: index.eventAt(p), quotes: [], first: i });
      last = p;
    }
    groups[groups.length - 1]?.quotes.push(index.quoteAt(q));
  });
  return groups;
}

export interface QuotePanelProps {
  index: DatasetIndex;
  /** The events the range and facets keep, and the place chosen among them. */
  set: EventSet;
  placeFilter: PlaceFilter;
  /** The selected event's position when it is shown: its quotes alone are listed. */
  selectedPosition: number | null;
  selectedEvent: DiplomaticEvent | null;
  onSelectEvent: (eventId: string | null) => void;
  /** While true (during playback) the count does not speak on every step. */
  quiet?: boolean;
}

/**
 * What each side said, grouped by event, searchable, oldest or newest first: the page shown is
 * made from the index (domain/query/quoteList.ts), never the whole list. Memoised: it re-renders
 * when what it draws changes, not on every filter keystroke.
 */
export const QuotePanel = memo(function QuotePanel(props: QuotePanelProps) {
  const { index, set, placeFilter, selectedPosition, selectedEvent } = props;
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<SortOrder>('oldest');
  const deferredQuery = useDeferredValue(query);
  const searchId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const orderId = useId();

  // Found in the search column, never by reading each quote's text.
  const matches = useMemo(
    () => matchQuotePositions(index.data, deferredQuery),
    [index, deferredQuery],
  );
  const all = useMemo(
    () => quoteListOf(set, placeFilter, selectedPosition, null),
    [set, placeFilter, selectedPosition],
  );
  const matching = useMemo(
    () => (matches === null ? all : quoteListOf(set, placeFilter, selectedPosition, matches)),
    [all, matches, set, placeFilter, selectedPosition],
  );
  // A new list or order starts again at its first page.
  const listKey = useMemo(() => ({ matching, order }), [matching, order]);
  const pages = usePages(listKey, matching.count, QUOTE_PAGE);
  const shownGroups = useMemo(
    () => groupsOf(index, matching.take(pages.limit, order === 'newest')),
    [index, matching, pages.limit, order],
  );
  const total = all.count;
  const count = matching.count;
  return (
    <Panel
      label={t.quotesTitle}
      heading={t.quotesHeading}
      caption={t.quotesCaption}
      className="panel--quotes"
    >
      <div className="quote-tools">
        <div className="field field--grow">
          <label htmlFor={searchId}>{t.searchQuotes}</label>
          <input
            id={searchId}
            ref={searchRef}
            type="search"
            value={query}
            placeholder={t.searchPlaceholder}
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={orderId}>{t.sortOrder}</label>
          <select
            id={orderId}
            value={order}
            onChange={(e) => setOrder(e.currentTarget.value as SortOrder)}
          >
            <option value="oldest">{t.oldestFirst}</option>
            <option value="newest">{t.newestFirst}</option>
          </select>
        </div>
      </div>
      <p className="quote-count" aria-live={props.quiet ? 'off' : 'polite'}>
        {t.quoteCount(count, total)}
      </p>
      {selectedEvent && total === 0 ? <p className="empty-state">{t.noQuotesForEvent}</p> : null}
      {!selectedEvent && total === 0 ? <p className="empty-state">{t.quotesEmptyRange}</p> : null}
      {total > 0 && count === 0 ? (
        <div className="empty-state">
          <p>{t.quotesEmptySearch(deferredQuery)}</p>
          <button
            type="button"
            className="chip"
            onClick={() => {
              // This button goes with the empty result: focus goes back to the search box.
              searchRef.current?.focus();
              setQuery('');
            }}
          >
            {t.clearSearch}
          </button>
        </div>
      ) : null}
      <ol className="quote-groups">
        {shownGroups.map(({ event, quotes: eventQuotes, first }) => (
          <QuoteGroupItem
            key={event.id}
            event={event}
            quotes={eventQuotes}
            first={first}
            selected={selectedEvent?.id === event.id}
            peopleById={index.peopleById}
            placesById={index.placesById}
            sourcesById={index.sourcesById}
            focusRef={pages.focusRef}
            onSelectEvent={props.onSelectEvent}
          />
        ))}
      </ol>
      {pages.hidden > 0 ? (
        <button type="button" className="chip" onClick={pages.showMore}>
          {t.showMoreQuotes(pages.nextPage)}
        </button>
      ) : null}
    </Panel>
  );
});

interface QuoteGroupItemProps {
  event: DiplomaticEvent;
  quotes: readonly Quote[];
  /** The place of its first quote in the whole list. */
  first: number;
  selected: boolean;
  peopleById: ReadonlyMap<string, Person>;
  placesById: ReadonlyMap<string, Place>;
  sourcesById: ReadonlyMap<string, Source>;
  focusRef: (index: number) => RefCallback<HTMLElement> | undefined;
  onSelectEvent: (eventId: string | null) => void;
}

/** An event's quotes under its title; drawn again only when its quotes or selection change. */
const QuoteGroupItem = memo(
  function QuoteGroupItem(props: QuoteGroupItemProps) {
    const { event, selected, peopleById } = props;
    const { pick, date } = useI18n();
    const place = event.placeId === null ? null : (props.placesById.get(event.placeId) ?? null);
    return (
      <li className="quote-group" data-selected={selected || undefined}>
        <h3 className="quote-group__heading">
          <button
            type="button"
            className="link-button"
            aria-pressed={selected}
            onClick={() => props.onSelectEvent(selected ? null : event.id)}
          >
            {pick(event.title)}
          </button>
          <span className="quote-group__meta">
            {date(event.date, event.datePrecision)}
            {place ? ` · ${pick(place.name)}` : ''}
          </span>
        </h3>
        {props.quotes.map((quote, i) => (
          <QuoteFigure
            key={quote.id}
            ref={props.focusRef(props.first + i)}
            quote={quote}
            speaker={quote.speakerId === null ? null : (peopleById.get(quote.speakerId) ?? null)}
            place={place}
            source={props.sourcesById.get(quote.sourceId) ?? null}
          />
        ))}
      </li>
    );
  },
  // A group's quotes are a new array each time the list is cut into pages: the same quotes
  // are the same group.
  (before, after) =>
    before.quotes.length === after.quotes.length &&
    before.quotes.every((quote, i) => quote === after.quotes[i]) &&
    before.event === after.event &&
    before.first === after.first &&
    before.selected === after.selected &&
    before.peopleById === after.peopleById &&
    before.placesById === after.placesById &&
    before.sourcesById === after.sourcesById &&
    before.focusRef === after.focusRef &&
    before.onSelectEvent === after.onSelectEvent,
);
