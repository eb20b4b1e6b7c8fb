import type { SymbolType } from 'recharts';
import type { EventKind } from '@/domain/vocabulary';

/** One shape per kind of event, so the timeline does not rely on colour alone. */
export const KIND_SYMBOLS: Record<EventKind, SymbolType> = {
  meeting: 'circle',
  summit: 'star',
  'phone-call': 'triangle',
  talks: 'square',
  statement: 'diamond',
  announcement: 'wye',
  postponement: 'cross',
};
