/**
 * Single words that are time expressions (month and weekday names, "vrijdagavond",
 * "gisteren", "vandaag"), from the date lexicon, so that the actor scanner does not take a
 * capitalised "Gisteren" or "Maandag" for a name.
 */
import dates from './lexicon/dates.json';
import { fold } from './text/normalize';

const words = new Set<string>();
for (const group of [dates.months, dates.weekdays, dates.relativeDays]) {
  for (const word of Object.keys(group)) words.add(fold(word));
}
// A weekday and a part of the day in one word: "Donderdagochtend", "vrijdagavond".
for (const weekday of Object.keys(dates.weekdays)) for (const part of dates.dayParts) words.add(fold(weekday + part));

export function isDateWord(folded: string): boolean {
  return words.has(folded);
}

/**
 * Every date expression the tagger reads has a digit or one of these words in it
 * (months, weekdays, relative days, the units of "twee dagen later", the last word
 * of "diezelfde dag" / "op dat moment"); a block with none is not scanned at all.
 */
const triggers = new Set<string>();
for (const group of [dates.months, dates.weekdays, dates.relativeDays, dates.countUnits]) {
  for (const word of Object.keys(group)) triggers.add(fold(word));
}
for (const phrase of [...Object.keys(dates.anaphoric), ...Object.keys(dates.relativePeriods)]) {
  triggers.add(fold(phrase.split(/\s+/).pop()!));
}
const DATE_TRIGGER = new RegExp(`\\d|${[...triggers].sort((a, b) => b.length - a.length).join('|')}`, 'i');

/** False when the text surely holds no date expression (no digit, no date word, even inside a word). */
export function mayContainDate(text: string): boolean {
  return DATE_TRIGGER.test(text);
}
