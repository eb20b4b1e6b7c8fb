import { describe, expect, it } from 'vitest';
import { alpha3ToIso, COUNTRY_TABLE, fipsToIso } from './countryCodes';

describe('country codes', () => {
  it('holds the 249 countries of ISO 3166-1 and Kosovo, each code once', () => {
    expect(COUNTRY_TABLE).toHaveLength(250);
    for (const column of [0, 1, 2] as const) {
      const codes = COUNTRY_TABLE.map((row) => row[column]).filter((code) => code !== '-');
      expect(new Set(codes).size).toBe(codes.length);
    }
    expect(COUNTRY_TABLE.every(([a2, a3]) => /^[A-Z]{2}$/.test(a2) && /^[A-Z]{3}$/.test(a3))).toBe(
      true,
    );
  });

  it.each([
    ['US', 'US'],
    ['RS', 'RU'],
    ['UP', 'UA'],
    ['SZ', 'CH'],
    ['GM', 'DE'],
    ['UK', 'GB'],
    ['CH', 'CN'],
    ['EZ', 'CZ'],
    ['VM', 'VN'],
    ['GZ', 'PS'],
    ['KV', 'XK'],
  ])('reads GDELT’s FIPS 10-4 place code %s as ISO %s', (fips, iso) => {
    expect(fipsToIso(fips)).toBe(iso);
  });

  it.each([
    ['USA', 'US'],
    ['RUS', 'RU'],
    ['UKR', 'UA'],
    ['CHE', 'CH'],
    ['DEU', 'DE'],
    ['VNM', 'VN'],
    ['ROM', 'RO'],
  ])('reads the CAMEO country code %s as ISO %s', (alpha3, iso) => {
    expect(alpha3ToIso(alpha3)).toBe(iso);
  });

  it('says null for regions, places with no ISO code and unknown codes, never a guess', () => {
    expect(alpha3ToIso('EUR')).toBeNull();
    expect(alpha3ToIso('WST')).toBeNull();
    expect(fipsToIso('PF')).toBeNull(); // the Paracel Islands (FIPS), not French Polynesia (ISO)
    expect(fipsToIso('AX')).toBeNull(); // Akrotiri
    expect(fipsToIso('')).toBeNull();
  });

  it('maps FIPS codes that differ from ISO ones to the right country, not the look-alike', () => {
    // Each of these is a different country in ISO: the trap of reading FIPS as ISO.
    expect(fipsToIso('AU')).toBe('AT');
    expect(fipsToIso('AS')).toBe('AU');
    expect(fipsToIso('NI')).toBe('NG');
    expect(fipsToIso('NG')).toBe('NE');
  });

  it('reads every row of the table both ways', () => {
    for (const [alpha2, alpha3, fips] of COUNTRY_TABLE) {
      expect(alpha3ToIso(alpha3)).toBe(alpha2);
      if (fips !== '-') expect(fipsToIso(fips)).toBe(alpha2);
    }
  });
});
