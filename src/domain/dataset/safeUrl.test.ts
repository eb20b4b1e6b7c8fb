import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safeUrl';

describe('safeHttpUrl', () => {
  it('keeps http and https links', () => {
    expect(safeHttpUrl('https://nhandan.vn/a-683301/')).toBe('https://nhandan.vn/a-683301/');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
  });
  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>',
    'vbscript:x',
    'not a url',
    '//evil.example',
  ])('refuses %s', (value) => {
    expect(safeHttpUrl(value)).toBeNull();
  });
});
