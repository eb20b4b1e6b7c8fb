/**
 * A development aid: loads the built app in Chromium with the CPU slowed down 4× (as Lighthouse's
 * mobile preset does), records a CPU profile from navigation until the dashboard has settled, and
 * prints the long tasks and the functions that took the most time. `npx tsx scripts/profile-startup.ts`
 * after `vite build`; pass a dataset URL as `--data` to profile a large one.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { withPreviewServer } from './previewServer';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const PORT = 4177;
await withPreviewServer(PORT, async (base) => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}/`);
  await page.locator('.views[data-stale="false"]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(3000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const tasks = await page.evaluate(
    () => (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks,
  );
  console.log('long tasks (ms, 4× slower CPU):', JSON.stringify(tasks));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (self.get(node.id) ?? 0) / 1000);
  }
  // Inclusive time: each sample counted once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const nodesById = new Map(profile.nodes.map((node) => [node.id, node]));
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = nodesById.get(at)?.callFrame;
      if (!frame) break;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  });
  console.log('--- inclusive, React components and app functions ---');
  for (const [key, ms] of [...inclusive]
    .filter(([key]) => /^[A-Z]\w+ |^(use|compute|index|thin|build|group|label|draw)\w* /.test(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40))
    console.log(ms.toFixed(1).padStart(8), key);
  console.log('--- self ---');
  const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 40);
  for (const [key, ms] of top) console.log(ms.toFixed(1).padStart(8), key);
  await browser.close();
});
