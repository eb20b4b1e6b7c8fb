/** The controls' words in English (controls.ts has their shape). */
import { formatCount } from '../format';
import type { ControlsMessages, ImageCredit, ViewSummary } from './controls';

const countEn = (n: number) => formatCount(n, 'en');

export const controlsEn = {
  // Dates, periods and the status line (features/filters)
  filters: 'Filters',
  from: 'From',
  to: 'To',
  periods: 'Periods of the story',
  period: {
    all: 'All',
    'before-invasion': 'Before the invasion',
    'war-biden': 'The war, Biden years',
    trump: 'Trump’s second term',
  },
  resetFilters: 'Reset all filters',
  viewSummary: ({ shown, total, place, from, to }: ViewSummary) =>
    `Showing ${countEn(shown)} of ${countEn(total)} event${total === 1 ? '' : 's'}${place ? ` in ${place}` : ''}${from && to ? `, ${from} – ${to}` : ''}`,
  statusPlaying: 'Playing',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',

  // Playback (features/playback)
  playGroup: 'Play through time',
  play: 'Play',
  pause: 'Pause',
  stepBack: 'One month back',
  stepForward: 'One month forward',
  speed: 'Speed',
  reducedMotion: 'Reduced motion: steps a month at a time',

  // The story (features/story)
  storyTitle: 'Story',
  startStory: 'Story: the five meetings',
  storyStep: (n: number, total: number) => `Story · ${countEn(n)} of ${countEn(total)}`,
  storyPrevious: 'Previous',
  storyNext: 'Next',
  storyClose: 'Close the story',
  storyGoTo: (n: number, title: string) => `Step ${countEn(n)}: ${title}`,

  // Share and download (features/share)
  shareGroup: 'Share and download',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Copy this link:',
  download: 'Download',
  downloadEventsCsv: 'Events (CSV)',
  downloadQuotesCsv: 'Quotes (CSV)',
  downloadEventsParquet: 'Events (Parquet)',
  downloadJson: 'Data (JSON)',
  downloadTimelinePng: 'Timeline (PNG)',
  downloadTimelineSvg: 'Timeline (SVG)',
  downloadMapPng: 'Map (PNG)',
  print: 'Print',
  pictureUnavailable: 'That view is not drawn at the moment, so there is nothing to picture.',
  imageTitleTimeline: 'The tone of each US–Russia encounter',
  imageTitleMap: 'Where US and Russian leaders met',
  imageCredit: ({ title, count, publishers, others, date }: ImageCredit) =>
    `${title ? `${title}. ` : ''}From ${countEn(count)} source${count === 1 ? '' : 's'}${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' and others' : ''})` : ''}. Tone: conflictual share of the Goldstein weight (GDELT) of the CAMEO-coded acts between the two sides, 0 mostly cooperative – 10 mostly conflictual acts; lines span the readings the codebook allows. Map: Natural Earth. Downloaded ${date}.`,
  quotesCount: (n: number) => `${countEn(n)} quote${n === 1 ? '' : 's'}`,
  rangeHint:
    'Dates are inclusive. An event dated only to a month is shown if the range touches that month.',

  // Notices about a link's settings (domain/viewState/urlState.ts)
  notices: 'Some link settings were ignored',
  dismiss: 'Dismiss',
  notice: {
    'invalid-date': (param: string) =>
      `“${param}” is not a real date (YYYY-MM-DD); the range starts open instead.`,
    'reversed-range': () => 'The start date was after the end date; the two were swapped.',
    'unknown-language': () => 'The language in the link is not English (en) or Vietnamese (vi).',
    'unknown-place': () => 'The place in the link is not in the dataset; all places are shown.',
    'unknown-event': () => 'The event in the link is not in the dataset; no event is selected.',
    'unknown-story': () => 'The story step in the link does not exist; the story is closed.',
    'story-unavailable': () =>
      'This dataset does not have the five meetings the story follows; the story is closed.',
    repeated: (param: string) => `“${param}” appeared more than once; the first value was used.`,
    'too-long': (param: string) => `The value of “${param}” was too long and was ignored.`,
    'unknown-value': (param: string) =>
      `A value of “${param}” in the link is not in this dataset; it is ignored.`,
    'hidden-facet': (param: string) =>
      `The filter “${param}” in the link is not offered for this dataset; it is ignored.`,
  },

  // The facets (features/facets)
  facetsButton: (chosen: number) =>
    chosen === 0 ? 'Kind, country, code…' : `Kind, country, code… (${countEn(chosen)} chosen)`,
  facetsLabel: 'Filter by what the events are',
  facetName: {
    kind: 'Kind',
    status: 'Status',
    group: 'Group',
    actor: 'Actor country',
    participant: 'Participant',
    cameo: 'CAMEO root code',
  },
  facetValue: (label: string, count: number) => `${label} (${countEn(count)})`,
  facetShowAll: (n: number) => `Show all ${countEn(n)}`,
} satisfies ControlsMessages;
