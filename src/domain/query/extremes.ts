/**
 * The largest (or smallest) value over any run of an order, in O(log n): an iterative segment
 * tree (the leaves at n … 2n − 1, each node the extreme of its two children). Maxima and minima
 * are not prefix-summable, so a run's highest tone or lowest reading comes from here. NaN (no
 * value) never wins; a run of NaN alone gives NaN.
 */
export interface ExtremeTree {
  /** 'max' or 'min'. */
  kind: 'max' | 'min';
  nodes: Float32Array;
}

const better = (kind: 'max' | 'min', a: number, b: number): number => {
  if (Number.isNaN(a)) return b;
  if (Number.isNaN(b)) return a;
  return kind === 'max' ? Math.max(a, b) : Math.min(a, b);
};

const maxOf = (a: number, b: number) =>
  Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.max(a, b);
const minOf = (a: number, b: number) =>
  Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.min(a, b);

/** The tree over an order's values: leaf k is `values[positions[k]]`. */
export function extremeTreeOver(
  kind: 'max' | 'min',
  positions: Int32Array,
  values: Float32Array,
): ExtremeTree {
  const length = positions.length;
  const nodes = new Float32Array(Math.max(2, length * 2)).fill(Number.NaN);
  for (let k = 0; k < length; k++) nodes[length + k] = values[positions[k] ?? 0] ?? Number.NaN;
  // One loop a kind, so that neither asks which kind at every node (a million of them).
  if (kind === 'max')
    for (let i = length - 1; i >= 1; i--)
      nodes[i] = maxOf(nodes[2 * i] ?? Number.NaN, nodes[2 * i + 1] ?? Number.NaN);
  else
    for (let i = length - 1; i >= 1; i--)
      nodes[i] = minOf(nodes[2 * i] ?? Number.NaN, nodes[2 * i + 1] ?? Number.NaN);
  return { kind, nodes };
}

/** The extreme over leaves [lo, hi): NaN if the run is empty or holds no value. */
export function extremeOver({ kind, nodes }: ExtremeTree, lo: number, hi: number): number {
  const length = nodes.length / 2;
  let result = Number.NaN;
  let l = lo + length;
  let r = hi + length;
  while (l < r) {
    if (l & 1) result = better(kind, result, nodes[l++] ?? Number.NaN);
    if (r & 1) result = better(kind, result, nodes[--r] ?? Number.NaN);
    l >>= 1;
    r >>= 1;
  }
  return result;
}

/** The extreme over several runs ([lo, hi) pairs). */
export function extremeOverRuns(tree: ExtremeTree, runs: Int32Array): number {
  let result = Number.NaN;
  for (let i = 0; i < runs.length; i += 2)
    result = better(tree.kind, result, extremeOver(tree, runs[i] ?? 0, runs[i + 1] ?? 0));
  return result;
}
