/**
 * Single words that are time expressions (month and weekday names, "gisteren",
 * "vandaag"), from the date lexicon, so that the actor scanner does not take a
 * capitalised "Gisteren" or "Maandag" for a name.
 */
import dates from './lexicon/dates.json';
import { fold } from './text/normalize';

const words = new Set<string>();
for (const group of [dates.months, dates.weekdays, dates.relativeDays]) {
  for (const word of Object.keys(group)) words.add(fold(word));
}

export function isDateWord(folded: string): boolean {
  return words.has(folded);
}
