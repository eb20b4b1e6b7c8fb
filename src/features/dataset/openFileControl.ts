/** The file input: one on the page, where focus goes when a message about a dataset closes. */
export const OPEN_FILE_INPUT_ID = 'open-dataset-file';

/**
 * Moves focus to the Open-file control (or, while it is disabled, to the page's main region that
 * holds `from`), before the element that has focus is removed: focus never falls to the body.
 */
export function focusOpenFileControl(from: Element): void {
  const input = document.getElementById(OPEN_FILE_INPUT_ID);
  if (input instanceof HTMLInputElement && !input.disabled) {
    input.focus();
    return;
  }
  const main = from.closest('main');
  if (main instanceof HTMLElement) main.focus();
}
