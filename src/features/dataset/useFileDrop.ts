import { useEffect, useState } from 'react';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Dropping files anywhere on the page opens them (the template's events and quotes files are
 * dropped together); true while they are dragged over the page. `onFiles` must keep one identity
 * (useImport's `choose` does): the listeners are added once.
 */
export function useFileDrop(onFiles: (files: readonly File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(
    function listenForDroppedFiles() {
      // Entering a child fires before leaving its parent: count, and stop at zero.
      let depth = 0;
      const onEnter = (e: DragEvent) => {
        if (!hasFiles(e)) return;
        depth += 1;
        setDragging(true);
      };
      const onLeave = (e: DragEvent) => {
        if (!hasFiles(e)) return;
        depth = Math.max(0, depth - 1);
        if (depth === 0) setDragging(false);
      };
      const onOver = (e: DragEvent) => {
        // Without this the browser would open the file itself.
        if (hasFiles(e)) e.preventDefault();
      };
      const onDrop = (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth = 0;
        setDragging(false);
        const files = [...(e.dataTransfer?.files ?? [])];
        if (files.length > 0) onFiles(files);
      };
      window.addEventListener('dragenter', onEnter);
      window.addEventListener('dragleave', onLeave);
      window.addEventListener('dragover', onOver);
      window.addEventListener('drop', onDrop);
      return function stopListeningForDroppedFiles() {
        window.removeEventListener('dragenter', onEnter);
        window.removeEventListener('dragleave', onLeave);
        window.removeEventListener('dragover', onOver);
        window.removeEventListener('drop', onDrop);
      };
    },
    [onFiles],
  );
  return dragging;
}
