import { useEffect } from 'react';
import { heightMessages, parseHostMessage } from '@/domain/embedProtocol';
import type { EmbedState } from '@/domain/embedState';

/**
 * Tells the page hosting the embed the embed's height, each time it changes, in Datawrapper's
 * and pym.js's messages (domain/embedProtocol.ts), so that the host can size the frame to it. A
 * pym.js parent's width message is answered with the height; nothing else from the host is read.
 * Outside a frame it does nothing.
 */
export function useEmbedHeight(embed: EmbedState): void {
  const { view, pymId } = embed;
  useEffect(
    function tellTheHostTheHeight() {
      if (window.parent === window) return;
      const root = document.documentElement;
      let last = 0;
      const post = (again: boolean) => {
        const height = Math.ceil(root.getBoundingClientRect().height);
        if (height === last && !again) return;
        last = height;
        // Any host may read it: a height says nothing about the reader.
        for (const message of heightMessages(height, `us-russia-${view}`, pymId))
          window.parent.postMessage(message, '*');
      };
      const observer = new ResizeObserver(() => post(false));
      observer.observe(root);
      const answerTheHost = (event: MessageEvent) => {
        if (event.source === window.parent && parseHostMessage(event.data, pymId)) post(true);
      };
      window.addEventListener('message', answerTheHost);
      post(true);
      return function stopTellingTheHost() {
        observer.disconnect();
        window.removeEventListener('message', answerTheHost);
      };
    },
    [view, pymId],
  );
}
