/**
 * The words an import writes into the data (domain/import/wording.ts): a GDELT row's title and
 * summary in both languages, from its actors and the CAMEO name of its act; the roles of the
 * people it makes; a TimelineJS slide's note. Countries are named by Intl in each language.
 */
import { alpha3ToIso } from '@/domain/import/countryCodes';
import { titleCase } from '@/domain/import/text';
import type { GdeltActor, ImportWording } from '@/domain/import/wording';
import type { Language } from '@/domain/dataset/vocabulary';
import { actorName, countryName } from './actorNames';
import { cameoName } from './cameoNames';
import { formatDate, formatSigned } from './format';
import { MESSAGES } from './allMessages';
import type { Messages } from './messages';

/**
 * An actor as a reader would name it: a country that acts as itself (its actor code is its
 * country code) by the country's name in the language, as the rest of the page names it where it
 * can ("Mỹ"); anyone else by GDELT's name, no longer in capitals; no one by "no one named".
 */
export function gdeltActorName(actor: GdeltActor, lang: Language): string {
  if (actor.country !== null && (actor.code === actor.country || actor.name === null)) {
    const known = actorName(actor.country, lang);
    if (known !== actor.country) return known;
    const iso = alpha3ToIso(actor.country);
    const name = iso === null ? null : countryName(iso, lang);
    if (name !== null) return name;
  }
  return actor.name === null ? actorName(null, lang) : titleCase(actor.name);
}

/**
 * A function's answers kept by a key (a million GDELT rows name the same actors, acts and weights
 * over and over); past `limit` keys it starts again, so that it never grows without end.
 */
function remembered<A extends unknown[], R>(
  keyOf: (...args: A) => string,
  make: (...args: A) => R,
  limit = 50_000,
): (...args: A) => R {
  const known = new Map<string, R>();
  return (...args) => {
    const key = keyOf(...args);
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = make(...args);
      known.set(key, value);
    }
    return value;
  };
}

/** The import's words; a slide's note, one text, in `noteLanguage` (English, as the data's notes are). */
export function importWording(noteLanguage: Language = 'en'): ImportWording {
  const both = <T>(make: (words: { t: Messages; lang: Language }) => T) => ({
    en: make({ t: MESSAGES.en, lang: 'en' }),
    vi: make({ t: MESSAGES.vi, lang: 'vi' }),
  });
  // Each part led by its length (−1: none), so that no two actors share a key.
  const part = (text: string | null) => (text === null ? '-1:' : `${text.length}:${text}`);
  const actorIn = remembered(
    (actor: GdeltActor, lang: Language) =>
      lang + part(actor.name) + part(actor.code) + part(actor.country),
    gdeltActorName,
  );
  const actIn = remembered(
    (cameo: string, lang: Language) => `${lang}|${cameo}`,
    (cameo: string, lang: Language) =>
      cameoName(cameo, lang) || MESSAGES[lang].importUnknownAct(cameo),
  );
  const signedIn = remembered(
    (value: number, lang: Language) => `${lang}|${Object.is(value, -0) ? '-0' : value}`,
    formatSigned,
  );
  return {
    gdeltText(act) {
      const title = both(({ t, lang }) =>
        t.importGdeltTitle(
          actorIn(act.actor1, lang),
          act.actor2.name === null && act.actor2.country === null
            ? null
            : actorIn(act.actor2, lang),
          actIn(act.cameo, lang),
        ),
      );
      const summary = both(({ t, lang }) =>
        t.importGdeltSummary(title[lang], act.cameo, signedIn(act.goldstein, lang), act.place),
      );
      return { title, summary };
    },
    gdeltActorRole: both(({ t }) => t.importActorRole),
    participantRole: both(({ t }) => t.importParticipantRole),
    untitled: both(({ t }) => t.importUntitled),
    slideNote({ end, displayDate }) {
      const t = MESSAGES[noteLanguage];
      const parts = [
        end === null ? null : t.importSlideEnd(formatDate(end.date, end.precision, noteLanguage)),
        displayDate === null ? null : t.importSlideDisplayDate(displayDate),
      ].filter((part) => part !== null);
      return parts.length === 0 ? null : parts.join(' ');
    },
  };
}
