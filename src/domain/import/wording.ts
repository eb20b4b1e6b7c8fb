/**
 * The words an import writes into the data: the schema wants titles and summaries in English and
 * Vietnamese, and the domain holds no Vietnamese (i18n does, in i18n/importText.ts). The importer
 * is given these functions, so that the domain stays free of words and i18n of parsing.
 */
import type { LocalizedText } from '../dataset/schema';
import type { DatePrecision } from '../dataset/vocabulary';

/** One of a GDELT row's two actors, as the row gives it; null where the row leaves it blank. */
export interface GdeltActor {
  /** "VLADIMIR PUTIN", "RUSSIA", "PRESIDENT". */
  name: string | null;
  /** The full CAMEO actor code: "RUSGOV"; a country alone is its country code, "RUS". */
  code: string | null;
  /** The CAMEO country code: ISO 3166 alpha-3 for countries ("RUS"), else a region ("EUR"). */
  country: string | null;
}

/** What a GDELT row says: who did what to whom, and where. */
export interface GdeltAct {
  actor1: GdeltActor;
  actor2: GdeltActor;
  /** The CAMEO event code, e.g. "046". */
  cameo: string;
  goldstein: number;
  /** The action's place as GDELT names it ("Moscow, Moscow City, Russia"), or null. */
  place: string | null;
}

export interface ImportWording {
  /** A GDELT row's title and summary, in both languages. */
  gdeltText(act: GdeltAct): { title: LocalizedText; summary: LocalizedText };
  /** The role of a person made from a GDELT actor. */
  gdeltActorRole: LocalizedText;
  /** The role of a participant named in a spreadsheet row. */
  participantRole: LocalizedText;
  /** The title of an event whose row gives none. */
  untitled: LocalizedText;
  /**
   * A note on what a TimelineJS slide gives that the schema has no field for (its end date, the
   * date it displays instead of its own), in English as the dataset's notes are; null for none.
   */
  slideNote(slide: {
    end: { date: string; precision: DatePrecision } | null;
    displayDate: string | null;
  }): string | null;
}
