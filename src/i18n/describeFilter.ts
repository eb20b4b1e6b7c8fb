/** The filtered view in one sentence, for the status line, the page title and the pictures. */
import type { DateRange } from '@/domain/dataset/dateRange';
import type { FacetId, FacetSelection } from '@/domain/query/facets';
import {
  EVENT_KINDS,
  EVENT_STATUSES,
  type EventKind,
  type EventStatus,
} from '@/domain/dataset/vocabulary';
import type { I18n } from './I18nProvider';

export interface FilterDescription {
  shown: number;
  total: number;
  placeName: string | null;
  range: DateRange;
  /** The dataset's dates, said where the range is open. */
  extent: DateRange;
}

/** "Showing 2 of 20 events in Geneva, 1 January 2022 – 31 December 2022" */
export function describeFilter(
  { t, date }: Pick<I18n, 't' | 'date'>,
  { shown, total, placeName, range, extent }: FilterDescription,
): string {
  const from = range.from ?? extent.from;
  const to = range.to ?? extent.to;
  return t.viewSummary({
    shown,
    total,
    place: placeName,
    from: from === null ? null : date(from, 'day'),
    to: to === null ? null : date(to, 'day'),
  });
}

/** The facets chosen, in words: "Kind: Meeting, Talks; Actor country: RUS"; "" for none. */
export function describeFacets({ t }: Pick<I18n, 't'>, facets: FacetSelection | undefined): string {
  return Object.entries(facets ?? {})
    .filter((entry): entry is [FacetId, readonly string[]] => (entry[1]?.length ?? 0) > 0)
    .map(([facet, values]) => {
      const named = values.map((value) =>
        facet === 'kind' && isKind(value)
          ? t.kind[value]
          : facet === 'status' && isStatus(value)
            ? t.status[value]
            : value,
      );
      return `${t.facetName[facet]}: ${named.join(', ')}`;
    })
    .join('; ');
}

const isKind = (value: string): value is EventKind =>
  (EVENT_KINDS as readonly string[]).includes(value);
const isStatus = (value: string): value is EventStatus =>
  (EVENT_STATUSES as readonly string[]).includes(value);
