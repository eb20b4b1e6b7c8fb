// @vitest-environment jsdom
/** A file dragged over the page shows where to drop it; dropped, it is opened. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FileDropOverlay } from '@/features/dataset/FileDropOverlay';
import { useFileDrop } from '@/features/dataset/useFileDrop';
import { I18nProvider } from '@/i18n/I18nProvider';

function Page({ onFile }: { onFile: (files: readonly File[]) => void }) {
  return <FileDropOverlay visible={useFileDrop(onFile)} />;
}

/** A drag event at the window, carrying files (or only text). */
function drag(type: string, { files = [] as File[], types = ['Files'] } = {}) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types, files } });
  act(() => void fireEvent(window, event));
  return event;
}

const overlay = () => screen.queryByText('Drop a data file to open it');

function renderPage() {
  const onFile = vi.fn();
  render(
    <I18nProvider lang="en">
      <Page onFile={onFile} />
    </I18nProvider>,
  );
  return onFile;
}

describe('dropping a file on the page', () => {
  it('shows where to drop while a file is over the page, through its inner elements', () => {
    renderPage();
    expect(overlay()).toBeNull();
    drag('dragenter');
    expect(overlay()).not.toBeNull();
    // Into an inner element: entered again before the outer one is left.
    drag('dragenter');
    drag('dragleave');
    expect(overlay()).not.toBeNull();
    drag('dragleave');
    expect(overlay()).toBeNull();
  });

  it('opens the file dropped, and keeps the browser from opening it itself', () => {
    const onFile = renderPage();
    const file = new File(['{}'], 'mine.json');
    drag('dragenter');
    expect(drag('dragover').defaultPrevented).toBe(true);
    const drop = drag('drop', { files: [file] });
    expect(drop.defaultPrevented).toBe(true);
    expect(onFile).toHaveBeenCalledWith([file]);
    expect(overlay()).toBeNull();
  });

  it('opens every file dropped together: the template’s events and quotes files', () => {
    const onFile = renderPage();
    const files = [new File(['a'], 'events.csv'), new File(['b'], 'quotes.csv')];
    drag('dragenter');
    drag('drop', { files });
    expect(onFile).toHaveBeenCalledWith(files);
  });

  it('leaves a drag of text alone', () => {
    const onFile = renderPage();
    drag('dragenter', { types: ['text/plain'] });
    expect(overlay()).toBeNull();
    expect(drag('dragover', { types: ['text/plain'] }).defaultPrevented).toBe(false);
    drag('drop', { types: ['text/plain'] });
    expect(onFile).not.toHaveBeenCalled();
  });
});
