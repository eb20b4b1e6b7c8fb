import { describe, expect, it } from 'vitest';
import { countLeftOutRecords, problem } from './problems';

describe('countLeftOutRecords', () => {
  it('counts a record’s problems once', () => {
    const missing = problem('events[3].date', 'missing', {});
    const tension = problem('events[3].tension', 'missing', {});
    expect(countLeftOutRecords([missing, tension, problem('quotes[0]', 'missing', {})])).toBe(2);
  });

  it('counts an imported file’s rows by their line, not as one record', () => {
    const inner = problem('', 'missing', {});
    const rows = [
      problem('', 'row-columns', { line: 4, count: 30, expected: 61, format: 'gdelt-2' }),
      problem('', 'in-row', { line: 7, column: 'SQLDATE', problem: inner }),
      problem('', 'in-row', { line: 7, column: 'EventCode', problem: inner }),
    ];
    expect(countLeftOutRecords(rows)).toBe(2);
  });
});
