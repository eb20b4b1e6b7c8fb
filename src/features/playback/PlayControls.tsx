import { useId } from 'react';
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from '@/domain/viewState/playback';
import { useI18n } from '@/i18n/I18nProvider';
import { MediaIcon } from './icons';
import type { Playback } from './usePlayback';
import './PlayControls.css';

/** Play, pause and step through time, with a speed; every control a button or a select. */
export function PlayControls({ playback }: { playback: Playback }) {
  const { t, number } = useI18n();
  const speedId = useId();
  return (
    <div className="play-controls" role="group" aria-label={t.playGroup}>
      <button type="button" className="chip" onClick={playback.stepBack} aria-label={t.stepBack}>
        <MediaIcon name="back" />
      </button>
      {/* A media button says what it will do: its label changes, so it carries no aria-pressed
          (APG: a toggle's label stays the same while its state changes). */}
      <button
        type="button"
        className="chip play-controls__main"
        onClick={playback.playing ? playback.pause : playback.play}
      >
        <MediaIcon name={playback.playing ? 'pause' : 'play'} />{' '}
        {playback.playing ? t.pause : t.play}
      </button>
      <button
        type="button"
        className="chip"
        onClick={playback.stepForward}
        aria-label={t.stepForward}
      >
        <MediaIcon name="forward" />
      </button>
      <label htmlFor={speedId} className="play-controls__speed">
        {t.speed}
      </label>
      <select
        id={speedId}
        value={playback.speed}
        onChange={(e) => playback.setSpeed(Number(e.currentTarget.value) as PlaybackSpeed)}
      >
        {PLAYBACK_SPEEDS.map((s) => (
          <option key={s} value={s}>
            {number(s, s < 1 ? 1 : 0)}×
          </option>
        ))}
      </select>
      {playback.reducedMotion ? (
        <span className="muted play-controls__note">{t.reducedMotion}</span>
      ) : null}
    </div>
  );
}
