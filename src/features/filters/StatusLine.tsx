import type { Ref } from 'react';
import { useI18n } from '@/i18n/I18nProvider';
import './filters.css';

export interface StatusLineProps {
  /** The view in one sentence (describeFilter): "Showing 4 of 20 events in Geneva, …". */
  description: string;
  quoteCount: number;
  /**
   * While playback runs the line follows the window without speaking: it is not live then, and
   * says "Playing". When playback stops, that word goes while the line is live again, so a screen
   * reader hears once where it stopped.
   */
  playing: boolean;
  /** A focus target (it says what is shown) for when a control near it goes away. */
  ref?: Ref<HTMLParagraphElement>;
}

/** "Showing 4 of 20 events in Geneva, 1 December 2021 – 31 October 2025 · 9 quotes", announced politely. */
export function StatusLine({ description, quoteCount, playing, ref }: StatusLineProps) {
  const { t } = useI18n();
  return (
    <p
      role="status"
      aria-live={playing ? 'off' : 'polite'}
      className="status-line"
      ref={ref}
      tabIndex={-1}
    >
      {playing ? <span className="status-line__playing">{t.statusPlaying} · </span> : null}
      <strong>{description}</strong>
      <span className="status-line__quotes"> · {t.quotesCount(quoteCount)}</span>
    </p>
  );
}
