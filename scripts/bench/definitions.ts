/** The definitions the bench measures by, written into the results (and atop scripts/bench.ts). */
export const DEFINITIONS = {
  firstResponse:
    "From the input event's timeStamp (recorded by a capturing listener on window) to the end of the first frame painted after it: that listener calls requestAnimationFrame, whose callback posts a MessageChannel message; the message arrives once that frame's style, layout and paint are done.",
  settled:
    'From the input event\'s timeStamp to the end of the first frame painted after the LAST DOM change the input caused in the dashboard (a MutationObserver on #dashboard, subtree, childList, attributes and characterData; after each batch, rAF + MessageChannel records that batch\'s after-paint time), provided nothing is then dimmed or busy ([aria-busy="true"] or [data-stale="true"] in #dashboard). The last change is known once the page has been quiet for the quiet window.',
  quiet:
    'No DOM change in #dashboard and no long task ending for the quiet window (400 ms unless --quiet says otherwise), the main thread at most 30% busy over it (CDP Performance.getMetrics TaskDuration, sampled every ~50 ms from Node with no gap over 250 ms), nothing dimmed or busy, and every recorded change painted.',
  failure:
    'An interaction that is not quiet within the timeout (60 s; 300 s from a million events; --timeout) or that changed nothing in the dashboard: a failure, with its reason, and no settled number.',
  flagged:
    "The views that should change (status line, map, timeline, quotes: a hash of each region's DOM, form values and the range control left out, before and after) but did not. A flagged sample has a settled time in the samples, but is left out of the settled percentiles, since it did not show the new result.",
  percentiles:
    'Nearest rank over the samples: first-response over every sample whose input was seen; settled over the samples neither failed nor flagged.',
  brushRate:
    "The From thumb pressed, then a pointer move every ~16 ms for 2 s (40 months to the right and back), then released. fps: requestAnimationFrame callbacks per second during the drag (idleFps: the same page at rest). steps: changes of the thumbs' aria-valuetext/aria-valuenow; statusFollowed: steps during which the status line changed; viewsFollowed: of those, steps in which the map, timeline or quotes then changed and nothing was left dimmed or busy before the next step.",
  playback:
    "Speed 4×, Play, ~40 ticks (each a change of the status line), Pause. A tick's views have settled when, before the next tick, the map, timeline or quotes changed and nothing is left dimmed or busy; lag: from the frame that painted the tick's status line to that frame. behind: ticks that began before the views had settled for the previous one.",
  heap: "CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage (usedSize) on the page, and on every dedicated worker alive (reached through Target.setAutoAttach on the page's session); MB = 2^20 bytes.",
  load: 'From navigation start until the status line reads "Showing N of N events" (polled each frame), against the floor: a bare page of the same origin that fetches the same file and JSON.parses it.',
  domNodes:
    "document.getElementsByTagName('*').length after each family has settled, and the most.",
  longTasks:
    'PerformanceObserver longtask entries from each input until its sample settled, summed over samples.',
  bundle:
    'All .js and .css in dist/assets, gzipped (zlib default level). A phone\'s first screen: the app opened at 360 × 640 (mobile, touch, DPR 2) with its own dataset and no scrolling, with requestIdleCallback held back (what waits for idle is not needed for the first screen), JS and CSS requested until network idle, at their gzip sizes; beside it, the same with idle callbacks running. A laptop\'s first screen: the app opened at 1366 × 768 (DPR 1), in English and in Vietnamese, with its own dataset, no scrolling, idle callbacks running; every .js and .css the page or its workers requested from the navigation until the status line reads "Showing …" ("Đang hiển thị …") and the chart\'s SVG is drawn (polled each frame), at their gzip sizes; beside it, what had been requested once the network was then quiet for 1 s.',
};
