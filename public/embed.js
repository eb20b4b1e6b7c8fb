/*
 * The host script of the dashboard's embeds: include it once on a page that has one or more of
 * them (the Embed dialog's code does). Each embed tells its height whenever it changes, in
 * Datawrapper's message, {"datawrapper-height": {"<id>": 640}}; this script sets the height of
 * the frame that sent it. Without it a frame keeps its starting height and scrolls inside.
 *
 * Only frames of this app are resized (their address starts with this script's folder), only from
 * a message of that exact shape, and only to a height in a sane range: nothing in a message is
 * ever written into the page but that number. A page that already runs Datawrapper's own embed
 * script needs none of this (it reads the same message), nor does one using pym.js (the embed also
 * speaks pym's protocol to a pym.Parent).
 */
(function resizeEmbeds() {
  'use strict';
  const script = document.currentScript;
  if (!script || !script.src) return;
  const app = new URL('.', script.src).href;
  // Included twice (two embeds' codes pasted into one article): one listener is enough.
  const installed = Symbol.for(`us-russia-embeds ${app}`);
  if (window[installed]) return;
  window[installed] = true;

  const MIN_HEIGHT = 50;
  const MAX_HEIGHT = 50000;

  function heightOf(data) {
    if (typeof data !== 'object' || data === null) return null;
    const heights = data['datawrapper-height'];
    if (typeof heights !== 'object' || heights === null) return null;
    const values = Object.values(heights);
    if (values.length !== 1) return null;
    const height = values[0];
    if (typeof height !== 'number' || !Number.isFinite(height)) return null;
    return height >= MIN_HEIGHT && height <= MAX_HEIGHT ? Math.ceil(height) : null;
  }

  window.addEventListener('message', function resizeTheFrameThatSpoke(event) {
    const height = heightOf(event.data);
    if (height === null) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === event.source && frame.src.startsWith(app)) {
        frame.style.height = `${height}px`;
      }
    }
  });
})();
