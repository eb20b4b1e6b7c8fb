import { describe, expect, it, vi } from 'vitest';
import { listenForAbort } from './abort';

describe('listenForAbort', () => {
  it('calls back with the reason when the signal aborts, once', () => {
    const controller = new AbortController();
    const onAbort = vi.fn();
    listenForAbort(controller.signal, onAbort);
    controller.abort('chosen another');
    controller.abort('again');
    expect(onAbort).toHaveBeenCalledTimes(1);
    expect(onAbort).toHaveBeenCalledWith('chosen another');
  });

  it('calls back at once for a signal that has already aborted', () => {
    const controller = new AbortController();
    controller.abort('too late');
    const onAbort = vi.fn();
    listenForAbort(controller.signal, onAbort);
    expect(onAbort).toHaveBeenCalledWith('too late');
  });

  it('stops listening when asked, and does nothing without a signal', () => {
    const controller = new AbortController();
    const onAbort = vi.fn();
    listenForAbort(controller.signal, onAbort)();
    controller.abort();
    expect(onAbort).not.toHaveBeenCalled();
    expect(() => listenForAbort(undefined, onAbort)()).not.toThrow();
  });
});
