/**
 * Which field of this app's records each GDELT column fills, and the rule that gives a row its
 * kind of event.
 */
import type { EventKind } from '../dataset/vocabulary';

/**
 * The kind of event a CAMEO code makes, by the rule of its root (the first two digits):
 * 041 Discuss by telephone → phone call; 042–045 (make or host a visit, meet at a third location,
 * mediate) → meeting; 046 Engage in negotiation → talks; roots 06–08 (material cooperation:
 * cooperate materially, provide aid, yield) → material-cooperation; 14–20 (protest, force posture,
 * reduce relations, coerce, assault, fight, mass violence) → material-conflict; every other code,
 * the verbal ones (01–05, 09–13, and 04 or 040 alone), → statement.
 */
export function kindOfCameo(code: string): EventKind {
  const base = code.slice(0, 3);
  if (base === '041') return 'phone-call';
  if (base === '042' || base === '043' || base === '044' || base === '045') return 'meeting';
  if (base === '046') return 'talks';
  const root = Number(code.slice(0, 2));
  if (root >= 6 && root <= 8) return 'material-cooperation';
  if (root >= 14 && root <= 20) return 'material-conflict';
  return 'statement';
}

/** Which GDELT column each field of each record is read from. */
export const EVENT_COLUMNS: Readonly<Record<string, string>> = {
  id: 'GLOBALEVENTID',
  date: 'SQLDATE',
  kind: 'EventCode',
  placeId: 'ActionGeo_FullName',
  'actions[0].actor': 'Actor1CountryCode',
  'actions[0].target': 'Actor2CountryCode',
  'actions[0].cameo': 'EventCode',
  'actions[0].goldstein': 'GoldsteinScale',
  'actions[0].sourceId': 'SOURCEURL',
  'sourceIds[0]': 'SOURCEURL',
};
export const PLACE_COLUMNS: Readonly<Record<string, string>> = {
  'name.en': 'ActionGeo_FullName',
  'name.vi': 'ActionGeo_FullName',
  country: 'ActionGeo_CountryCode',
  lat: 'ActionGeo_Lat',
  lon: 'ActionGeo_Long',
};
export const SOURCE_COLUMNS: Readonly<Record<string, string>> = {
  url: 'SOURCEURL',
  publisher: 'SOURCEURL',
};

/** The column mapping the preview shows: each GDELT column read, and the fields it fills. */
export const GDELT_MAPPING: readonly { column: string; fields: string[] }[] = [
  { column: 'GLOBALEVENTID', fields: ['events[].id'] },
  { column: 'SQLDATE', fields: ['events[].date'] },
  { column: 'Actor1Name', fields: ['people[].name', 'events[].participants'] },
  { column: 'Actor1CountryCode', fields: ['events[].actions[].actor', 'people[].country'] },
  { column: 'Actor2Name', fields: ['people[].name', 'events[].participants'] },
  { column: 'Actor2CountryCode', fields: ['events[].actions[].target', 'people[].country'] },
  { column: 'EventCode', fields: ['events[].actions[].cameo', 'events[].kind'] },
  { column: 'GoldsteinScale', fields: ['events[].actions[].goldstein'] },
  { column: 'ActionGeo_FullName', fields: ['places[].name'] },
  { column: 'ActionGeo_CountryCode', fields: ['places[].country'] },
  { column: 'ActionGeo_Lat', fields: ['places[].lat'] },
  { column: 'ActionGeo_Long', fields: ['places[].lon'] },
  { column: 'SOURCEURL', fields: ['sources[].url'] },
];
