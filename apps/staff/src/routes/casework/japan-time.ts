// A date and time typed on the form is Japan time, whatever the browser's own zone (issue #10).
export const fromJapanLocal = (value: string): Date => new Date(`${value}:00+09:00`);

export const toJapanLocal = (at: Date | string): string => {
  const shifted = new Date(new Date(at).getTime() + 9 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
};
