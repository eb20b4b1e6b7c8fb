import type { ImageCaption } from '@/components/exporters/picture';
import { useDatasetIdentity } from '@/data/datasetOrigin';
import { creditSources } from '@/domain/dataset/credit';
import { toLocalIsoDate } from '@/domain/dataset/dates';
import {
  buildCitation,
  citedSources,
  exportFileName,
  type ExportFilter,
} from '@/domain/export/exportData';
import type { DatasetHead, DiplomaticEvent, Quote } from '@/domain/dataset/schema';
import { describeFacets } from '@/i18n/describeFilter';
import { useI18n } from '@/i18n/I18nProvider';

export interface ExportNamingInput {
  dataset: DatasetHead;
  filter: ExportFilter;
  /** The view in words, e.g. "Showing 2 of 20 events in Geneva, …". */
  viewDescription: string;
}

export interface ExportNaming {
  /** A file's name after the filter: name('events', 'csv'). */
  name: (what: string, extension: string) => string;
  /** The citation written into a data file: the sources of these rows, today, the dataset. */
  citation: (events: readonly DiplomaticEvent[], quotes: readonly Quote[]) => string;
  /** A picture's title, the view in words with its facets, and the credit. */
  caption: (title: string) => ImageCaption;
}

/** How what Share saves is named, cited and captioned, for the dataset and filter on screen. */
export function useExportNaming({
  dataset,
  filter,
  viewDescription,
}: ExportNamingInput): ExportNaming {
  const { t, date } = useI18n();
  // The reader's date, not UTC's (which in Vietnam is yesterday's until 07:00).
  const today = toLocalIsoDate(new Date());
  // The built-in dataset is cited and named as itself; other data by its title or file name.
  const identity = useDatasetIdentity();
  const ownName = identity.builtIn ? undefined : (dataset.title ?? identity.fileName ?? '');
  const facets = describeFacets({ t }, filter.facets);
  return {
    name: (what, extension) => exportFileName(filter, what, extension, ownName),
    citation: (events, quotes) =>
      buildCitation(
        citedSources(dataset.sources, events, quotes),
        today,
        identity.builtIn ? dataset.title : ownName,
        facets === '' ? {} : { facets },
      ),
    caption: (title) => ({
      title,
      subtitle: facets === '' ? viewDescription : `${viewDescription} · ${facets}`,
      // The dataset on screen, the built-in one or the reader's own.
      credit: t.imageCredit({
        title: dataset.title ?? null,
        ...creditSources(dataset.sources),
        date: date(today, 'day'),
      }),
    }),
  };
}
