import { Marker, type Map as LeafletMap } from 'leaflet';
import { canvasPicture, nextFrame, type ImageCaption } from '@/components/exporters/picture';
import { themeColor } from '@/components/themeColor';
import { MARKER_CLASSES } from './markerIcon';

/**
 * The map as a PNG: the basemap (Leaflet draws it on canvas), the markers and their labels redrawn
 * from their elements as they stand on screen, with the caption around them.
 */
export async function mapPicture(map: LeafletMap, caption: ImageCaption): Promise<Blob> {
  // Leaflet redraws its canvas in the next frame after a change.
  await nextFrame();
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  return canvasPicture(box.width, box.height, caption, (ctx) => {
    ctx.fillStyle = getComputedStyle(container).backgroundColor;
    ctx.fillRect(0, 0, box.width, box.height);
    for (const layer of map.getPanes().mapPane.querySelectorAll('canvas')) {
      const r = layer.getBoundingClientRect();
      ctx.drawImage(layer, r.left - box.left, r.top - box.top, r.width, r.height);
    }
    map.eachLayer((layer) => {
      const marker = layer instanceof Marker ? layer.getElement() : undefined;
      if (marker) drawMarker(ctx, marker, box);
    });
  });
}

/** One place's marker, from the element markerIcon.ts built: its circle, ring and label. */
function drawMarker(ctx: CanvasRenderingContext2D, marker: HTMLElement, box: DOMRect) {
  const circle = marker.querySelector<HTMLElement>(`.${MARKER_CLASSES.circle}`);
  const label = marker.querySelector<HTMLElement>(`.${MARKER_CLASSES.label}`);
  if (!circle) return;
  const r = circle.getBoundingClientRect();
  const style = getComputedStyle(circle);
  const cx = r.left - box.left + r.width / 2;
  const cy = r.top - box.top + r.height / 2;
  ctx.beginPath();
  ctx.arc(cx, cy, r.width / 2, 0, Math.PI * 2);
  ctx.fillStyle = style.backgroundColor;
  ctx.fill();
  ctx.lineWidth = parseFloat(style.borderTopWidth) || 1.5;
  ctx.setLineDash(style.borderTopStyle === 'dashed' ? [4, 3] : []);
  ctx.strokeStyle = style.borderTopColor;
  ctx.stroke();
  ctx.setLineDash([]);
  if (marker.classList.contains(MARKER_CLASSES.selected)) {
    ctx.beginPath();
    ctx.arc(cx, cy, r.width / 2 + 5, 0, Math.PI * 2);
    ctx.lineWidth = 3;
    ctx.strokeStyle = themeColor('--selection', '#1f4fd1');
    ctx.stroke();
  }
  if (label) {
    const l = label.getBoundingClientRect();
    const labelStyle = getComputedStyle(label);
    const text = label.textContent ?? '';
    const y = l.top - box.top + l.height / 2;
    ctx.font = `${labelStyle.fontWeight} ${labelStyle.fontSize} 'Be Vietnam Pro', sans-serif`;
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 3;
    ctx.strokeStyle = themeColor('--halo', '#ffffff');
    ctx.strokeText(text, l.left - box.left, y);
    ctx.fillStyle = labelStyle.color;
    ctx.fillText(text, l.left - box.left, y);
    ctx.textBaseline = 'alphabetic';
  }
}
