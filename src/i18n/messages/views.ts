/** The words of the three views (map, tone timeline with its table and details, quotes). */
import type { TensionBandKey } from '@/domain/scoring/tensionBands';
import type { EventKind, EventStatus, Language } from '@/domain/dataset/vocabulary';

/** The climate line's words for its text alternative: values and dates already formatted. */
export interface ClimateWords {
  high: string;
  highDate: string;
  highActs: number;
  low: string;
  lowDate: string;
  lowActs: number;
  gaps: number;
}

export interface ViewsMessages {
  tensionExplainer: string;

  // The map (features/map)
  mapTitle: string;
  mapHeading: string;
  mapCaption: string;
  mapDescription: (places: string) => string;
  mapMorePlaces: (n: number) => string;
  placeListHeading: (n: number) => string;
  mapNoPlaces: string;
  mapNoPlacesInData: string;
  mapLoading: string;
  mapBasemapError: string;
  allPlaces: string;
  markerName: (place: string, count: number, notHeld: number) => string;
  unplacedHeading: string;
  unplacedEmpty: string;
  legendSize: string;
  legendPlanned: string;
  legendHeld: string;

  // The tone timeline, its table and an event's details (features/timeline)
  timelineTitle: string;
  timelineHeading: string;
  timelineCaption: (n: number, cells?: boolean) => string;
  timelineYAxis: string;
  timelineXAxis: string;
  brushLabel: string;
  showTable: string;
  tableLimited: (shown: number, total: number) => string;
  showMore: (n: number) => string;
  tooltipEarlier: (n: number) => string;
  showMoreQuotes: (n: number) => string;
  tableCaption: string;
  colDate: string;
  colEvent: string;
  colPlace: string;
  colKind: string;
  colStatus: string;
  colTension: string;
  noPlace: string;
  breakdown: string;
  meanTension: string;
  clickToZoom: string;
  breakdownFormula: (conflict: string, cooperation: string, score: string) => string;
  goldstein: string;
  counted: string;
  notCounted: (a: string, b: string) => string;
  notCountedShort: string;
  otherReadings: string;
  otherReading: string;
  noScore: (a: string, b: string) => string;
  noWeight: (a: string, b: string) => string;
  toneEvidence: (acts: number, conflict: string, cooperation: string) => string;
  toneEvidenceShort: (acts: number, conflict: string, cooperation: string) => string;
  scoredOnlyUnder: (low: string, high: string) => string;
  rangeOverReadings: (low: string, high: string) => string;
  rangeMovedBy: (n: number) => string;
  uncertainBand: string;
  notScored: string;
  unscoredLane: string;
  /** The lane's name on the chart's axis, one short word a line. */
  laneTick: string[];
  colRange: string;
  rangeShort: (low: string, high: string) => string;
  showInArticle: string;
  hideInArticle: string;
  noParagraph: string;
  untitledBeginning: (words: string) => string;
  legendRange: string;
  legendUncertain: string;
  legendCells: string;
  climateExplainer: (days: number) => string;
  legendClimate: (days: number) => string;
  climateDescription: (days: number, c: ClimateWords | null) => string;
  colClimate: (days: number) => string;
  colEvidence: string;
  climateCell: (value: string, range: string, acts: number) => string;
  noClimate: string;
  legendUnscored: string;
  legendUnscoredMap: string;
  selectedEvent: string;
  participants: string;
  note: string;
  /** A reading's reason, before it. */
  readingReason: string;
  clearEvent: string;
  timelineEmpty: string;
  tensionBand: Record<TensionBandKey, string>;
  tensionScale: string;
  chartDrawing: string;
  /** Under the chart: "Source: 5 articles (VOV.VN, Nhân Dân and others)." */
  chartSource: (count: number, publishers: readonly string[], others: boolean) => string;
  /** The overview strip's two thumbs, named apart from the date inputs' From and To. */
  sliderStart: string;
  sliderEnd: string;

  // The quotes (features/quotes)
  quotesTitle: string;
  quotesHeading: string;
  /** Any dataset's: each quote as printed, a translation marked as one (QuoteFigure). */
  quotesCaption: string;
  searchQuotes: string;
  searchPlaceholder: string;
  sortOrder: string;
  newestFirst: string;
  oldestFirst: string;
  translatedFrom: Record<Language, string>;
  /** After a note of the data that is a translation. */
  noteTranslatedFrom: Record<Language, string>;
  showOriginal: string;
  hideOriginal: string;
  source: string;
  noPublisher: string;
  quotesEmptyRange: string;
  quotesEmptySearch: (q: string) => string;
  clearSearch: string;
  quoteCount: (shown: number, total: number) => string;
  noQuotesForEvent: string;

  // An event's kind and status, wherever they are shown
  kind: Record<EventKind, string>;
  status: Record<EventStatus, string>;
  context: string;
}
