// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetControls } from '@/features/dataset/DatasetControls';
import { I18nProvider } from '@/i18n/I18nProvider';

const originalZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalZone;
});

/** The controls for a file opened at 20:00 UTC on 3 November 2026, read in `zone`. */
function renderOpenedIn(zone: string, lang: 'en' | 'vi' = 'en') {
  process.env.TZ = zone;
  render(
    <I18nProvider lang={lang}>
      <DatasetControls
        origin={{ kind: 'file', name: 'mine.json', size: 100, savedAt: '2026-11-03T20:00:00.000Z' }}
        eventCount={3}
        opening={false}
        onOpenFiles={() => {}}
        onUseBuiltIn={() => {}}
      />
    </I18nProvider>,
  );
}

describe('the date a file was opened', () => {
  it('is the day on the reader’s own calendar: already the 4th in Hanoi', () => {
    renderOpenedIn('Asia/Ho_Chi_Minh');
    expect(screen.getByText(/opened/)).toHaveTextContent('opened 4 November 2026');
  });

  it('is still the 3rd in London', () => {
    renderOpenedIn('Europe/London');
    expect(screen.getByText(/opened/)).toHaveTextContent('opened 3 November 2026');
  });

  it('is written in Vietnamese on a Vietnamese page', () => {
    renderOpenedIn('Asia/Ho_Chi_Minh', 'vi');
    expect(screen.getByText(/mở ngày/)).toHaveTextContent('mở ngày 4 tháng 11, 2026');
  });
});
