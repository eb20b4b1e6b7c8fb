/** The bench's tables, printed as Markdown so they can go into docs/PERFORMANCE.md as they are. */
import type { BundleFile, FirstScreen } from './bundle';
import { FAMILIES, type Family } from './families';
import type { Heap } from './memory';
import type { SizeResult } from './measureSize';
import { percentile } from './stats';

const ms = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits);
const int = (n: number | null | undefined) =>
  n === null || n === undefined || !Number.isFinite(n) ? '–' : Math.round(n).toLocaleString('en');
const heapText = (heap: Heap | null) =>
  heap
    ? `${int(heap.totalMb)} MB (page ${int(heap.pageMb)}` +
      (heap.workers.length > 0
        ? `, ${heap.workers.length} worker${heap.workers.length > 1 ? 's' : ''} ${int(heap.workers.reduce((s, w) => s + w.mb, 0))})`
        : ', no worker alive)') +
      (heap.pageBuffersMb === null
        ? ''
        : `, and ${int(heap.pageBuffersMb)} MB of array buffers outside the heap`)
    : '–';

export function formatBundle(bundles: BundleFile[], firstScreen: FirstScreen | null): string {
  const total = bundles.reduce((sum, b) => sum + b.gzipKb, 0);
  const lines = [
    `Bundle: ${total.toFixed(1)} KB of JS + CSS gzipped (${bundles.map((b) => `${b.file} ${b.gzipKb.toFixed(1)}`).join(', ')})`,
  ];
  if (firstScreen) {
    const list = (files: BundleFile[]) =>
      files.map((f) => `${f.file} ${f.gzipKb.toFixed(1)}`).join(', ');
    lines.push(
      `Phone's first screen (360 × 640, idle callbacks held): ${firstScreen.beforeIdleGzipKb.toFixed(1)} KB gzipped` +
        `${firstScreen.statusShown ? '' : ' (the status line had no data then)'}: ${list(firstScreen.beforeIdle)}`,
      `Until network idle with idle callbacks running, no scrolling: ${firstScreen.untilNetworkIdleGzipKb.toFixed(1)} KB gzipped: ${list(firstScreen.untilNetworkIdle)}`,
    );
    for (const [desktop, language] of [
      [firstScreen.desktop, 'English'],
      [firstScreen.desktopVi, 'Vietnamese'],
    ] as const)
      lines.push(
        `Laptop's first screen (1366 × 768, ${language}), requested until the status line shows the data and the chart is drawn: ` +
          `${desktop.untilDrawnGzipKb.toFixed(1)} KB gzipped` +
          `${desktop.drawn ? '' : ' (not drawn within 30 s: what came by then)'}: ${list(desktop.untilDrawn)}`,
        `The laptop (${language}) until network idle, no scrolling: ${desktop.untilNetworkIdleGzipKb.toFixed(1)} KB gzipped: ${list(desktop.untilNetworkIdle)}`,
      );
  }
  return lines.join('\n');
}

export function formatSize(r: SizeResult): string {
  const out: string[] = [];
  out.push(
    `### ${r.events.toLocaleString('en')} events (${r.fileMb.toLocaleString('en', { maximumFractionDigits: 1 })} MB of JSON), ${r.build}`,
  );
  out.push('');
  const floor = r.floor.error
    ? `the floor page failed: ${r.floor.error}`
    : `floor ${int(r.floor.ms)} ms`;
  if (r.loadMs === null) {
    out.push(`Did not load: ${r.loadFailure ?? r.errors.join('; ')} (${floor}).`);
    return out.join('\n');
  }
  out.push(
    `Load ${int(r.loadMs)} ms (${floor}${r.loadVsFloor === null ? '' : `, ${r.loadVsFloor.toFixed(2)} ×`}) · ` +
      `heap after the interactions ${heapText(r.heap)}, after load ${heapText(r.heapAfterLoad)} · ` +
      `DOM nodes ${int(r.domNodesMax)} at most · long tasks during the interactions ${r.longTasks.count}, ` +
      `longest ${int(r.longTasks.longestMs)} ms · ${r.samplesPerInteraction} samples an interaction · ` +
      `load average ${r.loadAverage.start.map((n) => n.toFixed(1)).join('/')} → ${r.loadAverage.end.map((n) => n.toFixed(1)).join('/')}`,
  );
  out.push('');
  out.push(
    '| interaction | n | first p50 | first p95 | settled p50 | settled p95 | failed | views not following |',
  );
  out.push('|---|--:|--:|--:|--:|--:|--:|--:|');
  const row = (label: string, f: NonNullable<SizeResult['all']>) =>
    `| ${label} | ${f.n} | ${ms(f.first.p50)} | ${ms(f.first.p95)} | ${ms(f.settled.p50)} | ${ms(f.settled.p95)} | ${f.failures} | ${f.flagged} |`;
  for (const f of r.families) out.push(row(f.label, f));
  if (r.all) out.push(row('**all interactions**', r.all));
  out.push('');
  const b = r.brushRate;
  if (b)
    out.push(
      `- Brush dragged 2 s: ${ms(b.fps)} frames a second (${ms(b.idleFps)} at rest), ${b.moves} pointer moves sent (${b.movesReceived} received), ` +
        `${b.steps} steps of the thumbs: the status line followed ${b.statusFollowed}, the views ${b.viewsFollowed}; ` +
        `${b.longTasks} long tasks, longest ${int(b.longestTaskMs)} ms.`,
    );
  const p = r.playback;
  if (p)
    out.push(
      `- Playback at 4×: ${p.ticks} ticks, ${p.behind} began before the views had settled for the previous one ` +
        `(${p.unsettled} never settled); lag p50 ${ms(p.lag.p50)} ms, p95 ${ms(p.lag.p95)} ms over ${p.lag.n} settled ticks` +
        `${p.failure ? ` (${p.failure})` : ''}.`,
    );
  const probe = r.samples.map((s) => s.probeMs);
  if (probe.length > 0)
    out.push(
      `- The probe's own observer took ${ms(percentile(probe, 50), 2)} ms a sample at the median, ${ms(Math.max(...probe), 1)} ms at most (inside the times above).`,
    );
  const notes = notesFor(r);
  if (notes.length > 0) out.push('', 'Failed, or views not following:', '', ...notes);
  return out.join('\n');
}

/** Why samples failed or were flagged, each reason once with its count, and measures that broke. */
function notesFor(r: SizeResult): string[] {
  const reasons = new Map<string, number>();
  for (const s of r.samples) {
    const reason =
      s.failure ?? (s.missing.length > 0 ? `${s.missing.join(', ')} did not change` : null);
    if (reason === null) continue;
    const key = `${FAMILIES[s.family as Family] ?? s.family}: ${reason}`;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  return [
    ...[...reasons].map(([reason, n]) => `- ${reason} (${n})`),
    ...r.errors.map((e) => `- broke off: ${e}`),
  ];
}
