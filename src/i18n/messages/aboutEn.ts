/** The footer's words in English (about.ts has their shape). */
import type { AboutMessages } from './about';

export const aboutEn = {
  aboutHeading: 'Sources and method',
  sourcesHeading: 'The five articles',
  methodHeading: 'How the tone is scored',
  methodText:
    'Each sentence of an article that reports an act is coded with a CAMEO event code (e.g. 036 “Express intent to meet or negotiate”, 1056 “Demand de-escalation”, 130 “Threaten”), weighed on GDELT’s Goldstein scale from −10 (most conflictual) to +10 (most cooperative). Only acts from the US to Russia or back count. With C the summed conflictual weight and P the cooperative, an event’s tone is 10 × (C + 2.5) ÷ (C + P + 5), the conflictual share of the weight: every conflictual act raises it, every cooperative one lowers it, and one act alone moves it at most 3.3 points from 5. An event whose counted acts weigh nothing has no tone. Beside each tone stand its evidence (C, P and the number of acts) and, where the codebook allows another reading of a sentence, the lowest and highest tone. The tone of one event rests on the one to nine sentences an article wrote about it; it measures what the articles report, not what the diplomats felt, and the rankings it gives between meetings depend on the prior of 2.5 each way (docs/METHOD.md).',
  dataNote:
    'Years are inferred where the articles omit them; slips in the articles (a misspelt name, a wrong title) are corrected in the data with a note. Download the dataset as JSON with its schema.',
  datasetLink: 'Dataset (JSON)',
  datasetLinkOwn: 'This dataset (JSON)',
  methodTextOwn: (first: string, second: string) =>
    `Each coded act of an event (a CAMEO event code, weighed on GDELT’s Goldstein scale from −10, most conflictual, to +10, most cooperative) counts when it is between ${first} and ${second}, the two sides of this dataset. With C the summed conflictual weight and P the cooperative, an event’s tension is 10 × (C + 2.5) ÷ (C + P + 5); where another reading of an act is allowed, the range shows the lowest and highest score. Events with no act between the two sides are not scored.`,
  sourcePages: 'Pages of sources',
  previousPage: 'Previous',
  nextPage: 'Next',
  sourcesShown: (from: string, to: string, total: string) => `${from}–${to} of ${total}`,
  schemaLink: 'JSON Schema',
  untitled: 'untitled article',
  sourcesHeadingOwn: 'Sources',
} satisfies AboutMessages;
