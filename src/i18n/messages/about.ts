/** The footer's words (app/About.tsx): the articles, the method, the dataset's links. */
export interface AboutMessages {
  aboutHeading: string;
  sourcesHeading: string;
  methodHeading: string;
  methodText: string;
  dataNote: string;
  datasetLink: string;
  datasetLinkOwn: string;
  methodTextOwn: (first: string, second: string) => string;
  sourcePages: string;
  previousPage: string;
  nextPage: string;
  sourcesShown: (from: string, to: string, total: string) => string;
  schemaLink: string;
  untitled: string;
  sourcesHeadingOwn: string;
}
