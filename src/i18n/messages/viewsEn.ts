/** The views' words in English (views.ts has their shape). */
import { formatCount } from '../format';
import type { ClimateWords, ViewsMessages } from './views';

const countEn = (n: number) => formatCount(n, 'en');

export const viewsEn = {
  tensionExplainer:
    'An event’s tone runs from 0 to 10: the conflictual share of the weight of its reported acts between the US and Russia, each coded with a CAMEO event code and weighed on GDELT’s Goldstein scale (under 2: mostly cooperative acts; 5: as much conflictual as cooperative weight; over 8: mostly conflictual acts). A line shows how far other readings of the sentences could move it. An event with no act between the two sides, or whose acts weigh nothing either way, has no tone.',

  // The map (features/map)
  mapTitle: 'Map',
  mapHeading: 'Where they met',
  mapCaption:
    'One circle per place with events in the range; size by number of events, colour by the highest tone of its events. A dashed outline marks meetings that were planned but not held.',
  mapDescription: (places: string) => `Places with events in the range: ${places}.`,
  mapMorePlaces: (n: number) => `and ${countEn(n)} more place${n === 1 ? '' : 's'}`,
  placeListHeading: (n: number) =>
    `${countEn(n)} places in this range, most events first: choose one to narrow the views`,
  mapNoPlaces: 'No place has events in this date range.',
  mapNoPlacesInData:
    'This dataset gives no places, so there is nothing to map; its events are listed below.',
  mapLoading: 'Drawing the map…',
  mapBasemapError: 'The country outlines could not be loaded; the places are still shown.',
  allPlaces: 'All places',
  markerName: (place: string, count: number, notHeld: number) =>
    `${place}: ${countEn(count)} event${count === 1 ? '' : 's'}${notHeld > 0 ? `, ${countEn(notHeld)} not held` : ''}`,
  unplacedHeading: 'Calls and statements with no place',
  unplacedEmpty: 'None in this date range.',
  legendSize: 'Circle size: number of events',
  legendPlanned: 'Planned, postponed or cancelled',
  legendHeld: 'Held',

  // The tone timeline, its table and an event's details (features/timeline)
  timelineTitle: 'Tone over time',
  timelineHeading: 'What was the tone of each encounter?',
  timelineCaption: (n: number, cells = false) =>
    `${countEn(n)} event${n === 1 ? '' : 's'} on a time axis; higher is a more conflictual tone (0–10). ${cells ? 'Too many to draw one by one: cells count them; click a cell to show its dates' : 'Click a mark to select it'}; drag the strip below to choose dates.`,
  timelineYAxis: 'Tone (0–10)',
  timelineXAxis: 'Date →',
  brushLabel: 'Date range: drag a handle, or move it with the arrow keys',
  showTable: 'Show the data as a table',
  tableLimited: (shown: number, total: number) =>
    `The first ${countEn(shown)} of ${countEn(total)} rows.`,
  showMore: (n: number) => `Show ${countEn(n)} more`,
  tooltipEarlier: (n: number) => `and ${countEn(n)} earlier event${n === 1 ? '' : 's'}`,
  showMoreQuotes: (n: number) => `Show ${countEn(n)} more quote${n === 1 ? '' : 's'}`,
  tableCaption: 'Events in the range, with their tone',
  colDate: 'Date',
  colEvent: 'Event',
  colPlace: 'Place',
  colKind: 'Kind',
  colStatus: 'Status',
  colTension: 'Tone',
  noPlace: 'No place',
  breakdown: 'How the tone is made',
  meanTension: 'Mean tone',
  clickToZoom: 'Click to show these dates.',
  breakdownFormula: (conflict: string, cooperation: string, score: string) =>
    `10 × (${conflict} + 2.5) ÷ (${conflict} + ${cooperation} + 5) = ${score}`,
  goldstein: 'Goldstein',
  counted: 'counts',
  notCounted: (a: string, b: string) => `not counted: not between ${a} and ${b}`,
  notCountedShort: 'would not count',
  otherReadings: 'Other readings of this sentence',
  otherReading: 'Another reading',
  noScore: (a: string, b: string) =>
    `No act in this record is between ${a} and ${b}, so it has no tone.`,
  noWeight: (a: string, b: string) =>
    `Its acts between ${a} and ${b} weigh 0 on the Goldstein scale, neither conflictual nor cooperative, so it has no tone.`,
  toneEvidence: (acts: number, conflict: string, cooperation: string) =>
    `${countEn(acts)} counted act${acts === 1 ? '' : 's'}: conflictual weight ${conflict}, cooperative weight ${cooperation}`,
  toneEvidenceShort: (acts: number, conflict: string, cooperation: string) =>
    `${countEn(acts)} act${acts === 1 ? '' : 's'}, conflict ${conflict}, cooperation ${cooperation}`,
  scoredOnlyUnder: (low: string, high: string) =>
    `Under another reading of its sentences its tone would be ${low === high ? low : `${low}–${high}`}.`,
  rangeOverReadings: (low: string, high: string) =>
    `Over the readings its sentences allow, the tone runs from ${low} to ${high}.`,
  rangeMovedBy: (n: number) =>
    `${countEn(n)} sentence${n === 1 ? '' : 's'} with another reading move${n === 1 ? 's' : ''} it (listed above).`,
  uncertainBand: 'Its colour band depends on the reading: uncertain.',
  notScored: 'not scored',
  unscoredLane: 'Not scored',
  laneTick: ['Not', 'scored'],
  colRange: 'Range',
  rangeShort: (low: string, high: string) => (low === high ? low : `${low}–${high}`),
  showInArticle: 'Show in the article',
  hideInArticle: 'Hide the article',
  noParagraph: 'This dataset gives no paragraph of the article for these words.',
  untitledBeginning: (words: string) => `untitled article beginning “${words}”`,
  legendRange: 'Line: lowest to highest tone over the readings of its sentences',
  legendUncertain: 'Hatched: the colour band depends on a reading',
  legendCells:
    'Too many events to tell apart: a cell holds those of a stretch of time at one tone, darker for more',
  climateExplainer: (days: number) =>
    `The grey line is the climate: how conflictual the relationship was going into each day, from every counted act between the two sides in the ${countEn(days)} days before it, at any place, each sentence counted once, in the tone’s formula; its band spans the readings of those sentences. Where no act falls in the window the line stops: a gap, never a guess. The table and the CSV give the number of acts behind each value.`,
  legendClimate: (days: number) =>
    `Grey line, the climate: every counted act of the ${countEn(days)} days before each day, at any place; the band spans the readings of their sentences; a gap where no act falls`,
  climateDescription: (days: number, c: ClimateWords | null) =>
    c === null
      ? `Climate line: no counted act in the ${countEn(days)} days before any day of this range.`
      : `Climate line, from every counted act of the ${countEn(days)} days before each day: most conflictual ${c.high} on ${c.highDate} (${countEn(c.highActs)} act${c.highActs === 1 ? '' : 's'}), most cooperative ${c.low} on ${c.lowDate} (${countEn(c.lowActs)} act${c.lowActs === 1 ? '' : 's'})${c.gaps > 0 ? `; ${countEn(c.gaps)} stretch${c.gaps === 1 ? '' : 'es'} with no act, left as gaps` : ''}.`,
  colClimate: (days: number) => `Climate, ${countEn(days)} days before`,
  colEvidence: 'Acts counted',
  climateCell: (value: string, range: string, acts: number) =>
    `${value} (${range}), ${countEn(acts)} act${acts === 1 ? '' : 's'}`,
  noClimate: 'no act',
  legendUnscored:
    'Bottom lane, grey: no tone (no act between the US and Russia, or none that weighs)',
  legendUnscoredMap: 'Grey: no tone (no act between the US and Russia that weighs)',
  selectedEvent: 'Selected event',
  participants: 'Who',
  note: 'Note on the data:',
  readingReason: 'Why:',
  clearEvent: 'Show all events',
  timelineEmpty: 'No events in this date range. Widen the dates or choose “All”.',
  tensionBand: {
    'mostly-cooperative': 'mostly cooperative acts',
    'more-cooperative': 'more cooperative than conflictual',
    even: 'as conflictual as cooperative',
    'more-conflictual': 'more conflictual than cooperative',
    'mostly-conflictual': 'mostly conflictual acts',
  },
  tensionScale: 'Tone: the share of conflictual weight',
  chartDrawing: 'Drawing the chart…',
  chartSource: (count: number, publishers: readonly string[], others: boolean) =>
    `Source: ${countEn(count)} article${count === 1 ? '' : 's'}${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' and others' : ''})` : ''}.`,
  sliderStart: 'First month',
  sliderEnd: 'Last month',

  // The quotes (features/quotes)
  quotesTitle: 'Quotes',
  quotesHeading: 'What each side said',
  quotesCaption: 'Verbatim as printed; a translation is marked as one.',
  searchQuotes: 'Search quotes',
  searchPlaceholder: 'Words or a speaker…',
  sortOrder: 'Order',
  newestFirst: 'Newest first',
  oldestFirst: 'Oldest first',
  translatedFrom: { vi: 'Translated from Vietnamese', en: 'Translated from English' },
  noteTranslatedFrom: { en: 'translated from English', vi: 'translated from Vietnamese' },
  showOriginal: 'Show the Vietnamese original',
  hideOriginal: 'Hide the Vietnamese original',
  source: 'Source',
  noPublisher: 'Publisher not named',
  quotesEmptyRange:
    'No quotes for the events in this range and place. Widen the dates or choose “All places”.',
  quotesEmptySearch: (q: string) =>
    `No quote matches “${q}”. Clear the search to see all quotes in the range.`,
  clearSearch: 'Clear search',
  quoteCount: (shown: number, total: number) =>
    shown === total
      ? `${countEn(total)} quote${total === 1 ? '' : 's'}`
      : `${countEn(shown)} of ${countEn(total)} quotes`,
  noQuotesForEvent: 'The articles quote no one directly for this event.',

  // An event's kind and status, wherever they are shown
  kind: {
    meeting: 'Meeting',
    summit: 'Summit',
    'phone-call': 'Phone call',
    talks: 'Talks',
    statement: 'Statement',
    announcement: 'Announcement',
    postponement: 'Postponement',
    'material-cooperation': 'Material cooperation',
    'material-conflict': 'Material conflict',
    event: 'Event',
  },
  status: {
    held: 'held',
    planned: 'planned',
    postponed: 'postponed',
    cancelled: 'cancelled',
  },
  context: 'context',
} satisfies ViewsMessages;
