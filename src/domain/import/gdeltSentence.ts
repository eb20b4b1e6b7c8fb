/**
 * GDELT gives no sentence for an event: the coded triple stands for it, as GDELT writes it
 * (`GDELT 1022431001: USAGOV 046 RUSGOV`). It is a code, not words anyone said or wrote, so a
 * view shows it as code rather than as a quotation.
 */
export function gdeltSentence(
  eventId: string,
  actor1: string | null,
  cameo: string,
  actor2: string | null,
): string {
  return `GDELT ${eventId}: ${actor1 ?? '—'} ${cameo} ${actor2 ?? '—'}`;
}

const TRIPLE = /^GDELT \d+: \S+ \d{2,4} \S+$/;

/** Whether an action's sentence is a GDELT row's coded triple rather than a sentence. */
export function isGdeltSentence(sentence: string): boolean {
  return TRIPLE.test(sentence);
}
