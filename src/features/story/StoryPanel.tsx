import { useEffect, useRef } from 'react';
import { STORY_STEPS, type StoryStep } from '@/domain/builtIn/story';
import { useI18n } from '@/i18n/I18nProvider';
import './StoryPanel.css';

export interface StoryPanelProps {
  /** 1-based. */
  number: number;
  step: StoryStep;
  onGo: (number: number) => void;
  /** Closes the story; without it there is no Close button (an embed of the story). */
  onClose?: () => void;
}

/** One step of the guided story, with the way to the previous and next meeting. */
export function StoryPanel({ number, step, onGo, onClose }: StoryPanelProps) {
  const { t, pick } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(number);
  useEffect(
    // Moving to another step takes a screen reader to its text; opening a link to a step does not
    // take focus from the page.
    function focusTheNewStep() {
      if (shownStep.current === number) return;
      shownStep.current = number;
      headingRef.current?.focus({ preventScroll: true });
    },
    [number],
  );
  return (
    <section className="story" aria-label={t.storyTitle}>
      <p className="story__counter">{t.storyStep(number, STORY_STEPS.length)}</p>
      <h2 className="story__title" tabIndex={-1} ref={headingRef}>
        {pick(step.title)}
      </h2>
      <p className="story__text">{pick(step.text)}</p>
      <div className="story__nav">
        <button
          type="button"
          className="chip"
          disabled={number <= 1}
          onClick={() => onGo(number - 1)}
        >
          ← {t.storyPrevious}
        </button>
        <ol className="story__dots">
          {STORY_STEPS.map((s, i) => (
            <li key={s.eventId}>
              <button
                type="button"
                aria-current={i + 1 === number ? 'step' : undefined}
                aria-label={t.storyGoTo(i + 1, pick(s.title))}
                onClick={() => onGo(i + 1)}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="chip"
          disabled={number >= STORY_STEPS.length}
          onClick={() => onGo(number + 1)}
        >
          {t.storyNext} →
        </button>
        {onClose ? (
          <button type="button" className="chip" onClick={onClose}>
            {t.storyClose}
          </button>
        ) : null}
      </div>
    </section>
  );
}
