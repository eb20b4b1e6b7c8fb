import { memo, useDeferredValue, useId, useMemo, useRef, useState, type RefCallback } from 'react';
import { groupQuotesByEvent, type QuoteGroup, type SortOrder } from '@/domain/quoteSearch';
import { matchQuotes, type SearchColumn } from '@/domain/store/searchColumn';
import type { DiplomaticEvent, Person, Place, Quote, Source } from '@/domain/schema';
import { Panel } from '@/components/Panel';
import { usePagedList } from '@/hooks/usePagedList';
import { useI18n } from '@/i18n/I18nProvider';
import { QuoteFigure } from './QuoteFigure';
import './QuotePanel.css';

/** Quotes drawn at a time. */
const QUOTE_PAGE = 60;

/**
 * The groups that hold the first `limit` quotes (the last group cut to fit), each with the place
 * of its first quote in the whole list.
 */
function firstQuotes(groups: readonly QuoteGroup[], limit: number) {
  const shown: (QuoteGroup & { first: number })[] = [];
  let count = 0;
  for (const group of groups) {
    if (count >= limit) break;
    const quotes = group.quotes.slice(0, limit - count);
    shown.push({ event: group.event, quotes, first: count });
    count += quotes.length;
  }
  return shown;
}

export interface QuotePanelProps {
  quotes: readonly Quote[];
  eventsById: ReadonlyMap<string, DiplomaticEvent>;
  peopleById: ReadonlyMap<string, Person>;
  placesById: ReadonlyMap<string, Place>;
  sourcesById: ReadonlyMap<string, Source>;
  /** The dataset's search column (DatasetIndex `searchColumn`): `quotes` are among its quotes. */
  searchColumn: SearchColumn;
  selectedEvent: DiplomaticEvent | null;
  onSelectEvent: (eventId: string | null) => void;
  /** While true (during playback) the count does not speak on every step. */
  quiet?: boolean;
}

/**
 * What each side said, grouped by event, searchable, oldest or newest first. Memoised: it
 * re-renders when what it draws changes, not on every filter keystroke.
 */
export const QuotePanel = memo(function QuotePanel(props: QuotePanelProps) {
  const { quotes, eventsById, searchColumn, selectedEvent } = props;
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<SortOrder>('oldest');
  const deferredQuery = useDeferredValue(query);
  const searchId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const orderId = useId();

  // Found in the column, never by reading each quote's text (store/searchColumn.ts).
  const matchesQuery = useMemo(
    () => matchQuotes(searchColumn, deferredQuery),
    [searchColumn, deferredQuery],
  );
  const matching = useMemo(
    () => (deferredQuery.trim() === '' ? quotes : quotes.filter(matchesQuery)),
    [quotes, matchesQuery, deferredQuery],
  );
  const groups = useMemo(
    () => groupQuotesByEvent(matching, eventsById, order),
    [matching, eventsById, order],
  );
  // A page of quotes at a time, in the groups' order, so the list stays small whatever the data.
  const ordered = useMemo(() => groups.flatMap((group) => group.quotes), [groups]);
  const paged = usePagedList(ordered, QUOTE_PAGE);
  const shownGroups = useMemo(
    () => firstQuotes(groups, paged.shown.length),
    [groups, paged.shown.length],
  );
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
        {t.quoteCount(matching.length, quotes.length)}
      </p>
      {selectedEvent && quotes.length === 0 ? (
        <p className="empty-state">{t.noQuotesForEvent}</p>
      ) : null}
      {!selectedEvent && quotes.length === 0 ? (
        <p className="empty-state">{t.quotesEmptyRange}</p>
      ) : null}
      {quotes.length > 0 && matching.length === 0 ? (
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
            peopleById={props.peopleById}
            placesById={props.placesById}
            sourcesById={props.sourcesById}
            focusRef={paged.focusRef}
            onSelectEvent={props.onSelectEvent}
          />
        ))}
      </ol>
      {paged.hidden > 0 ? (
        <button type="button" className="chip" onClick={paged.showMore}>
          {t.showMoreQuotes(paged.nextPage)}
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
