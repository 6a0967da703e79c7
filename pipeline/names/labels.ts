// Labels that carry a year: `2016 Results` is the label `Results` and the year 2016, not a name.
import { foldName } from './fold.ts';

const YEAR = /\b(?:1[89]|20)\d{2}\b/g;

/** The years a text gives (`Last election results (2016)` → 2016). */
export const yearsIn = (text: string): string[] => text.match(YEAR) ?? [];

/** The label a cell or header is once the years it gives are taken out, with those years; null without a year. */
export function yearLabel<L extends { label: string }>(
  text: string,
  labels: L[],
): { label: L; years: string[] } | null {
  const years = yearsIn(text);
  if (years.length === 0) return null;
  const rest = foldName(text.replace(YEAR, ' '));
  const label = labels.find((l) => foldName(l.label) === rest);
  return label ? { label, years } : null;
}
