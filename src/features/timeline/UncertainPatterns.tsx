import { tensionBand, TENSION_COLORS, UNSCORED_COLOR } from '@/domain/scoring/tensionBands';

/** The two colours an uncertain mark is hatched with: its range's lowest and highest band. */
export function hatchId(tension: number | null, range: readonly [number, number] | null): string {
  const low = tension === null ? 'none' : String(tensionBand(range?.[0] ?? tension));
  const high = String(tensionBand(range?.[1] ?? tension ?? 0));
  return `tension-hatch-${low}-${high}`;
}

/** Diagonal stripes in two colours, one pattern per pair of bands a range can span. */
export function UncertainPatterns() {
  const colors: [string, string][] = [];
  const ids: string[] = [];
  for (let high = 0; high < TENSION_COLORS.length; high++) {
    ids.push(`tension-hatch-none-${high}`);
    colors.push([UNSCORED_COLOR, TENSION_COLORS[high] ?? UNSCORED_COLOR]);
    for (let low = 0; low < high; low++) {
      ids.push(`tension-hatch-${low}-${high}`);
      colors.push([TENSION_COLORS[low] ?? UNSCORED_COLOR, TENSION_COLORS[high] ?? UNSCORED_COLOR]);
    }
  }
  return (
    <>
      {ids.map((id, i) => (
        <pattern
          key={id}
          id={id}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} fill={colors[i]?.[0]} />
          <rect width={3} height={6} fill={colors[i]?.[1]} />
        </pattern>
      ))}
    </>
  );
}
