/**
 * JS heap after a forced garbage collection, of the page and of every dedicated worker still
 * alive, read through the DevTools protocol (the page's `performance.memory` rounds and leaves
 * workers out).
 */
import type { Page } from '@playwright/test';

export interface Heap {
  pageMb: number;
  /**
   * The page's array buffers and external strings (`backingStorageSize`): memory of the page's
   * that is not JS heap, e.g. records' text kept as bytes. Null where Chromium does not say.
   */
  pageBuffersMb: number | null;
  /** One entry per dedicated worker alive at the time, by its script's URL. */
  workers: { url: string; mb: number }[];
  totalMb: number;
}

const MB = 1024 * 1024;

export async function measureHeap(page: Page): Promise<Heap> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Workers are reached through the page's session: auto-attach lists those alive, and, not
    // flattened, their protocol messages travel inside Target.sendMessageToTarget.
    const sessions: { sessionId: string; url: string }[] = [];
    cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
      if (targetInfo.type === 'worker') sessions.push({ sessionId, url: targetInfo.url });
    });
    const replies = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
    cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
      const parsed = JSON.parse(message) as { id?: number; result?: unknown; error?: unknown };
      if (parsed.id !== undefined) replies.get(parsed.id)?.(parsed);
    });
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    // The attachments are events: give them a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    let nextId = 0;
    const inWorker = (sessionId: string, method: string) =>
      new Promise<{ result?: unknown; error?: unknown }>((resolve, reject) => {
        const id = ++nextId;
        const timer = setTimeout(() => reject(new Error(`${method} timed out`)), 60_000);
        replies.set(id, (reply) => {
          clearTimeout(timer);
          resolve(reply);
        });
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method, params: {} }),
        });
      });

    const workers: Heap['workers'] = [];
    for (const { sessionId, url } of sessions) {
      await inWorker(sessionId, 'HeapProfiler.collectGarbage');
      const { result } = await inWorker(sessionId, 'Runtime.getHeapUsage');
      const used = (result as { usedSize?: number } | undefined)?.usedSize ?? NaN;
      workers.push({ url, mb: used / MB });
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    const pageMb = usage.usedSize / MB;
    const buffers = (usage as { backingStorageSize?: number }).backingStorageSize;
    return {
      pageMb,
      pageBuffersMb: buffers === undefined ? null : buffers / MB,
      workers,
      totalMb: pageMb + workers.reduce((sum, w) => sum + w.mb, 0),
    };
  } finally {
    await cdp.detach();
  }
}
