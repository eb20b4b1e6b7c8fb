import { describe, expect, it } from 'vitest';
import { formatDate } from './format';
import { MESSAGES } from './allMessages';
import { describeFilter } from './describeFilter';

const i18n = (lang: 'en' | 'vi') => ({
  t: MESSAGES[lang],
  date: (iso: string) => formatDate(iso, 'day', lang),
});
const extent = { from: '2021-12-01', to: '2025-10-31' };

describe('describeFilter', () => {
  it('says the view in one sentence, the open ends from the dataset’s extent', () => {
    expect(
      describeFilter(i18n('en'), {
        shown: 2,
        total: 20,
        placeName: 'Geneva',
        range: { from: '2022-01-01', to: null },
        extent,
      }),
    ).toBe('Showing 2 of 20 events in Geneva, 1 January 2022 – 31 October 2025');
  });
  it('in Vietnamese, with its own word order and numbers', () => {
    expect(
      describeFilter(i18n('vi'), {
        shown: 1200,
        total: 100000,
        placeName: null,
        range: { from: null, to: null },
        extent,
      }),
    ).toBe('Đang hiển thị 1.200 trên 100.000 sự kiện, 1 tháng 12, 2021 – 31 tháng 10, 2025');
  });
  it('leaves the dates out when there are none, and counts one event as one', () => {
    const none = { from: null, to: null };
    expect(
      describeFilter(i18n('en'), {
        shown: 1,
        total: 1,
        placeName: null,
        range: none,
        extent: none,
      }),
    ).toBe('Showing 1 of 1 event');
  });
});
