import type { PlaceSummary } from '@/domain/query/placeSummaries';
import type { Place } from '@/domain/dataset/schema';
import type { I18n } from '@/i18n/I18nProvider';

/** A marker's tooltip lists a place's latest events, this many at most. */
const TOOLTIP_EVENTS = 5;

/**
 * The place's name and its latest events in the filters, built with the DOM (no markup): made when
 * the tooltip opens, from the summary then shown (its events are read only then).
 */
export function placeTooltip(
  place: Place,
  summary: PlaceSummary | undefined,
  { t, pick, date }: Pick<I18n, 't' | 'pick' | 'date'>,
): HTMLElement {
  const root = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = pick(place.name);
  const list = document.createElement('ul');
  // Its latest events, newest first, as the index gives them.
  for (const event of summary?.latest(TOOLTIP_EVENTS) ?? []) {
    const item = document.createElement('li');
    item.textContent = `${date(event.date, event.datePrecision)}: ${pick(event.title)}${
      event.status === 'held' ? '' : ` (${t.status[event.status]})`
    }`;
    list.append(item);
  }
  root.append(name, list);
  const count = summary?.eventCount ?? 0;
  if (count > TOOLTIP_EVENTS) {
    const earlier = document.createElement('p');
    earlier.textContent = t.tooltipEarlier(count - TOOLTIP_EVENTS);
    root.append(earlier);
  }
  return root;
}
