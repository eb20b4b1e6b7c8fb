/**
 * The words of what the reader works the views with: dates and periods, playback, the story, share
 * and download, the facets, and the notices about a link's settings.
 */
import type { SourceCredit } from '@/domain/dataset/credit';
import type { FacetId } from '@/domain/query/facets';
import type { PeriodId } from '@/domain/builtIn/periods';
import type { UrlNoticeReason } from '@/domain/viewState/urlState';

/** The credit line of a picture: the dataset's title and sources, and the day it was made. */
export interface ImageCredit extends SourceCredit {
  title: string | null;
  /** Written out in the page's language. */
  date: string;
}

/** What the view shows, for the one sentence that says it; dates already written out. */
export interface ViewSummary {
  shown: number;
  total: number;
  place: string | null;
  from: string | null;
  to: string | null;
}

export interface ControlsMessages {
  // Dates, periods and the status line (features/filters)
  filters: string;
  from: string;
  to: string;
  periods: string;
  period: Record<PeriodId, string>;
  resetFilters: string;
  viewSummary: (view: ViewSummary) => string;
  statusPlaying: string;
  zoomIn: string;
  zoomOut: string;

  // Playback (features/playback)
  playGroup: string;
  play: string;
  pause: string;
  stepBack: string;
  stepForward: string;
  speed: string;
  reducedMotion: string;

  // The story (features/story)
  storyTitle: string;
  startStory: string;
  storyStep: (n: number, total: number) => string;
  storyPrevious: string;
  storyNext: string;
  storyClose: string;
  storyGoTo: (n: number, title: string) => string;

  // Share and download (features/share)
  shareGroup: string;
  copyLink: string;
  linkCopied: string;
  copyFailed: string;
  download: string;
  downloadEventsCsv: string;
  downloadQuotesCsv: string;
  downloadEventsParquet: string;
  downloadJson: string;
  downloadTimelinePng: string;
  downloadTimelineSvg: string;
  downloadMapPng: string;
  print: string;
  pictureUnavailable: string;
  imageTitleTimeline: string;
  imageTitleMap: string;
  imageCredit: (credit: ImageCredit) => string;
  quotesCount: (n: number) => string;
  rangeHint: string;

  // Notices about a link's settings (domain/viewState/urlState.ts)
  notices: string;
  dismiss: string;
  notice: Record<UrlNoticeReason, (param: string) => string>;

  // The facets (features/facets)
  facetsButton: (chosen: number) => string;
  facetsLabel: string;
  facetName: Record<FacetId, string>;
  facetValue: (label: string, count: number) => string;
  facetShowAll: (n: number) => string;
}
