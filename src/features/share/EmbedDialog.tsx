import { useEffect, useId, useRef, useState } from 'react';
import { readEmbedHeight } from '@/domain/viewState/embedProtocol';
import {
  EMBED_HEIGHTS,
  EMBED_SANDBOX,
  EMBED_VIEWS,
  embedCode,
  embedUrls,
  pictureCode,
  type EmbedTheme,
  type EmbedView,
} from '@/domain/viewState/embedState';
import { STORY_STEPS } from '@/domain/builtIn/story';
import type { DatasetHead, DiplomaticEvent, Place } from '@/domain/dataset/schema';
import { hasStoryMeetings, parseUrlState } from '@/domain/viewState/urlState';
import { useIsBuiltInDataset } from '@/data/useBuiltInDatasetStatus';
import { useI18n } from '@/i18n/I18nProvider';
import { CopyCode } from './CopyCode';
import './EmbedDialog.css';

/** The views with a picture (the timeline's stands for the dashboard's and the story's). */
export type PictureView = 'timeline' | 'map';

export interface EmbedButtonProps {
  /** The query string of the view on screen: its filters, its language, its story step. */
  linkSearch: string;
  /** The dataset on screen: an embed shows the built-in one, and the story where it has its meetings. */
  dataset: DatasetHead;
  placesById: ReadonlyMap<string, Place>;
  eventsById: Pick<ReadonlyMap<string, DiplomaticEvent>, 'get'>;
  /** The view in words, the picture's text alternative: "Showing 2 of 21 events in Geneva, …". */
  viewDescription: string;
  /** The picture's file name, as Download names it. */
  pictureName: (view: PictureView) => string;
  /** Draws and downloads the picture; rejects with a message to show. */
  savePicture: (view: PictureView) => Promise<void>;
}

/** Share's Embed button, and its dialog while open. */
export function EmbedButton(props: EmbedButtonProps) {
  const { t } = useI18n();
  // Each opening is a new dialog. A dialog's `close` event comes a task after it closes, so
  // Embed may be pressed again in between: that late event closes only the dialog it belongs to.
  const [dialog, setDialog] = useState({ opening: 0, open: false });
  const { opening } = dialog;
  return (
    <>
      <button
        type="button"
        className="chip"
        aria-haspopup="dialog"
        onClick={() => setDialog((last) => ({ opening: last.opening + 1, open: true }))}
      >
        {t.embed}
      </button>
      {dialog.open ? (
        <EmbedDialog
          key={opening}
          {...props}
          onClose={() =>
            setDialog((shown) => (shown.opening === opening ? { opening, open: false } : shown))
          }
        />
      ) : null}
    </>
  );
}

const THEMES = ['auto', 'light', 'dark'] as const;
type ThemeChoice = (typeof THEMES)[number];

const pictureOf = (view: EmbedView): PictureView | null =>
  view === 'quotes' ? null : view === 'map' ? 'map' : 'timeline';

/**
 * Share → Embed: what to embed, a live preview, and the code to paste (a frame and the host
 * script), with a linked picture for platforms that strip frames. A native modal `<dialog>`:
 * Escape closes it, focus stays inside while it is open and returns to Embed afterwards.
 */
function EmbedDialog(props: EmbedButtonProps & { onClose: () => void }) {
  const { t, pick, lang } = useI18n();
  const builtIn = useIsBuiltInDataset(props.dataset);
  const storyAvailable = hasStoryMeetings({
    places: props.placesById,
    events: { has: (id) => props.eventsById.get(id) !== undefined },
  });
  const ids = { title: useId(), intro: useId(), preview: useId(), picture: useId() };
  const dialogRef = useRef<HTMLDialogElement>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);
  // The page's language, written into the embed: it speaks the article's, whatever the reader's.
  const url = { ...parseUrlState(props.linkSearch).state, lang };
  const step = url.story ?? 1;
  const [view, setView] = useState<EmbedView>(url.story !== null ? 'story' : 'dashboard');
  const [dates, setDates] = useState(false);
  const [theme, setTheme] = useState<ThemeChoice>('auto');
  // The preview's height as it last said, with the address it said it for.
  const [previewHeight, setPreviewHeight] = useState<{ src: string; height: number } | null>(null);
  const [pictureError, setPictureError] = useState<string | null>(null);

  useEffect(function openAsModal() {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(function followThePreviewsHeight() {
    const follow = (event: MessageEvent) => {
      if (event.source !== frameRef.current?.contentWindow) return;
      const height = readEmbedHeight(event.data);
      const src = frameRef.current?.src;
      if (height !== null && src) setPreviewHeight({ src, height });
    };
    window.addEventListener('message', follow);
    return () => window.removeEventListener('message', follow);
  }, []);

  const appBase = new URL('./', window.location.href).href;
  const embedTheme: EmbedTheme | null = theme === 'auto' ? null : theme;
  const urls = embedUrls(appBase, url, { view, theme: embedTheme, dates, pymId: null });
  const code = embedCode(urls, t.embedFrameTitle[view], EMBED_HEIGHTS[view]);
  const picture = pictureOf(view);
  const fallback = pictureCode(
    urls.full,
    picture === null ? null : props.pictureName(picture),
    props.viewDescription,
  );
  const storyStep = STORY_STEPS[step - 1];
  const views = EMBED_VIEWS.filter((v) => v !== 'story' || storyAvailable);

  return (
    <dialog
      ref={dialogRef}
      className="embed-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.intro}
      onClose={props.onClose}
    >
      <header className="embed-dialog__header">
        <h2 id={ids.title}>{t.embedDialogTitle}</h2>
        <button type="button" className="chip" onClick={() => dialogRef.current?.close()}>
          {t.embedClose}
        </button>
      </header>
      <p id={ids.intro} className="embed-dialog__intro">
        {t.embedIntro}
      </p>
      {builtIn ? null : <p className="embed-dialog__note">{t.embedOwnFile}</p>}
      <div className="embed-dialog__body">
        <div className="embed-dialog__choices">
          <fieldset>
            <legend>{t.embedWhat}</legend>
            {views.map((v) => (
              <label key={v} className="embed-dialog__choice">
                <input
                  type="radio"
                  name="embed-view"
                  value={v}
                  checked={view === v}
                  onChange={() => setView(v)}
                />
                {v === 'story' && storyStep
                  ? t.embedStoryAt(step, pick(storyStep.title))
                  : t.embedView[v]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t.embedOptions}</legend>
            <label className="embed-dialog__choice">
              <input
                type="checkbox"
                checked={dates}
                onChange={(e) => setDates(e.currentTarget.checked)}
              />
              {t.embedDates}
            </label>
            <label className="embed-dialog__field">
              {t.embedTheme}
              <select
                value={theme}
                onChange={(e) => setTheme(e.currentTarget.value as ThemeChoice)}
              >
                {THEMES.map((option) => (
                  <option key={option} value={option}>
                    {t.embedThemeOption[option]}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
          <CopyCode
            label={t.embedCodeLabel}
            hint={t.embedCodeHint}
            code={code}
            copy={t.embedCopy}
          />
          <section className="embed-dialog__picture" aria-labelledby={ids.picture}>
            <h3 id={ids.picture}>{t.embedPictureHeading}</h3>
            <p>{picture === null ? t.embedPictureNone : t.embedPictureHint}</p>
            {picture === null ? null : (
              <p>
                <button
                  type="button"
                  className="chip"
                  onClick={() => {
                    setPictureError(null);
                    props
                      .savePicture(picture)
                      .catch((error: unknown) =>
                        setPictureError(error instanceof Error ? error.message : String(error)),
                      );
                  }}
                >
                  {t.embedDownloadPicture}
                </button>{' '}
                <span role="alert">{pictureError}</span>
              </p>
            )}
            <CopyCode label={t.embedPictureCodeLabel} code={fallback} copy={t.embedCopyPicture} />
          </section>
        </div>
        <section className="embed-dialog__preview" aria-labelledby={ids.preview}>
          <h3 id={ids.preview}>{t.embedPreview}</h3>
          <div className="embed-dialog__frame">
            <iframe
              ref={frameRef}
              key={urls.embed}
              src={urls.embed}
              title={t.embedPreviewFrame}
              sandbox={EMBED_SANDBOX}
              style={{
                height: `${previewHeight?.src === urls.embed ? previewHeight.height : EMBED_HEIGHTS[view]}px`,
              }}
            />
          </div>
        </section>
      </div>
    </dialog>
  );
}
