/** Who to credit for a dataset in a picture of it: its sources, named by their publishers. */
import type { Source } from './schema';

export interface SourceCredit {
  /** How many sources the dataset cites. */
  count: number;
  /** The first few publishers, each once, in the dataset's order. */
  publishers: string[];
  /** Whether sources remain beyond those publishers ("and others"). */
  others: boolean;
}

/** creditSources([VOV.VN, Nhân Dân, (none), (none)]) → {count: 4, publishers: ["VOV.VN", "Nhân Dân"], others: true} */
export function creditSources(sources: readonly Source[], most = 3): SourceCredit {
  const publishers: string[] = [];
  let covered = 0;
  for (const { publisher } of sources) {
    if (publisher === null) continue;
    if (!publishers.includes(publisher)) {
      if (publishers.length === most) continue;
      publishers.push(publisher);
    }
    covered += 1;
  }
  return { count: sources.length, publishers, others: covered < sources.length };
}
