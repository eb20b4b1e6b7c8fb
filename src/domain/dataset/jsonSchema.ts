import * as z from 'zod/mini';
import { datasetSchema } from './schema';

export const JSON_SCHEMA_ID = 'events.schema.json';

/** The JSON Schema of the dataset, generated from the zod schema so the two cannot drift apart. */
export function buildJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' }),
    $id: JSON_SCHEMA_ID,
    title: 'US–Russia diplomacy dataset',
    description:
      'Events, places, people, quotes and sources of the US–Russia diplomacy dashboard. Cross-references (ids, placeId, eventId, speakerId, sourceId), calendar dates and tension scores are checked by the app beyond this schema; see the README.',
  };
}

export function serializeJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
