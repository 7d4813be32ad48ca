// How a municipality is coloured: by status (the table's categories) or by a figure of a release, in up
// to four classes of equal count. A suppressed figure is its own class (秘匿), never zero; a municipality
// whose report is not in the release is 「未提出」.
export type Figure = { kind: 'value'; value: number } | { kind: 'suppressed' } | { kind: 'absent' };

/** Upper bounds (inclusive) of up to four classes holding about the same number of municipalities. */
export function classBreaks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks = [1, 2, 3, 4].map((q) => sorted[Math.min(sorted.length - 1, Math.ceil((q * sorted.length) / 4) - 1)] ?? 0);
  return [...new Set(breaks)];
}

export function classOfFigure(figure: Figure, breaks: readonly number[]): string {
  if (figure.kind === 'suppressed') return 'suppressed';
  if (figure.kind === 'absent') return 'absent';
  const i = breaks.findIndex((b) => figure.value <= b);
  return `q${i === -1 ? breaks.length - 1 : i}`;
}
