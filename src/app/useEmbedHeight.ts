import { useEffect } from 'react';
import { heightMessages, parseHostMessage } from '@/domain/viewState/embedProtocol';
import type { EmbedState } from '@/domain/viewState/embedState';

/**
 * Tells the page hosting the embed the embed's height, each time it changes, in Datawrapper's
 * and pym.js's messages (domain/embedProtocol.ts), so that the host can size the frame to it. A
 * pym.js parent's width message is answered with the height; nothing else from the host is read.
 * Outside a frame it does nothing.
 *
 * A ResizeObserver alone misses changes: Chromium does not render a cross-origin frame that is out
 * of sight (a sandboxed embed below the fold), and observations are made only when it renders, so
 * the embed would keep its starting height until the reader scrolled to it, and then jump. Changes
 * to the page's content are therefore also caught by a MutationObserver, which runs whether the
 * frame is rendered or not, and measured a task later (measuring lays the page out, so once for a
 * burst of changes); fonts arriving and the frame's width changing are caught by their events.
 */
export function useEmbedHeight(embed: EmbedState): void {
  const { view, pymId } = embed;
  useEffect(
    function tellTheHostTheHeight() {
      if (window.parent === window) return;
      const root = document.documentElement;
      let last = 0;
      let pending = 0;
      const post = (again: boolean) => {
        window.clearTimeout(pending);
        pending = 0;
        const height = Math.ceil(root.getBoundingClientRect().height);
        if (height === last && !again) return;
        last = height;
        // Any host may read it: a height says nothing about the reader.
        for (const message of heightMessages(height, `us-russia-${view}`, pymId))
          window.parent.postMessage(message, '*');
      };
      const postSoon = () => {
        if (pending === 0) pending = window.setTimeout(() => post(false), 0);
      };
      const resizes = new ResizeObserver(() => post(false));
      resizes.observe(root);
      const mutations = new MutationObserver(postSoon);
      mutations.observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      window.addEventListener('resize', postSoon);
      document.fonts.addEventListener('loadingdone', postSoon);
      const answerTheHost = (event: MessageEvent) => {
        if (event.source === window.parent && parseHostMessage(event.data, pymId)) post(true);
      };
      window.addEventListener('message', answerTheHost);
      post(true);
      return function stopTellingTheHost() {
        window.clearTimeout(pending);
        resizes.disconnect();
        mutations.disconnect();
        window.removeEventListener('resize', postSoon);
        document.fonts.removeEventListener('loadingdone', postSoon);
        window.removeEventListener('message', answerTheHost);
      };
    },
    [view, pymId],
  );
}
