/**
 * The document's own date: the reference for relative dates ("vandaag",
 * "vorige week") and the date of what the author states. Taken from near the
 * top of the text, first match wins:
 *
 * - a `date 2020-01` / `date 2020-01-21` header line (leading whitespace and
 *   trailing text allowed: ` date 2020-01 Minister Grapperhaus …`);
 * - YAML front matter between `---` lines with `date: 2020-01-21`;
 * - a letter's `Datum 29 januari 2020` / `Datum: 29-01-2020` line.
 *
 * The date text is parsed by the date tagger itself, so the returned span is
 * exactly the span `scanDates` reports for it and the document's date line is
 * also one of its date mentions.
 */
import { scanDates, type DocumentDateRef, type RawDate } from './dates';

/** How much of the top of a text is searched (letters carry an address block first). */
const HEAD_LINES = 40;
const HEAD_CHARS = 4000;
/** Longest date text looked at after a header keyword ("woensdag 29 januari 2020" fits easily). */
const MAX_DATE_TEXT = 64;

/** `date 2020-01` or `date: 2020-01-21` at the start of a line. */
const DATE_LINE = /^[ \t]*\uFEFF?[ \t]*date[ \t]*:?[ \t]+["']?(?=\d)/gimu;
/** `Datum 29 januari 2020`, `Datum: 29-01-2020` at the start of a line. */
const DATUM_LINE = /^[ \t]*\uFEFF?[ \t]*datum[ \t]*:?[ \t]+["']?(?=\d|\p{L})/gimu;
/** A YAML front matter block at the very start. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u;
/** A `date:` (or `datum:`) key inside front matter. */
const FRONT_MATTER_DATE = /^[ \t]*(?:date|datum)[ \t]*:[ \t]*["']?(?=\d)/gimu;

function headOf(source: string): string {
  let end = Math.min(source.length, HEAD_CHARS);
  let lines = 0;
  for (let i = source.indexOf('\n'); i >= 0 && i < end; i = source.indexOf('\n', i + 1)) {
    if (++lines >= HEAD_LINES) {
      end = i;
      break;
    }
  }
  return source.slice(0, end);
}

/** A date with at least a year, as plain calendar text: no vague modifier, no relative word. */
function isExplicit(raw: RawDate): boolean {
  return raw.kind === 'calendar' && raw.year !== null && raw.vague === null && (raw.day === null || raw.month !== null);
}

function isoOf(raw: RawDate): string {
  const year = String(raw.year).padStart(4, '0');
  if (raw.month === null) return year;
  const month = String(raw.month).padStart(2, '0');
  if (raw.day === null) return `${year}-${month}`;
  return `${year}-${month}-${String(raw.day).padStart(2, '0')}`;
}

/** The explicit date that starts exactly at `offset` on its line, if any. */
function dateAt(source: string, offset: number): DocumentDateRef | null {
  let lineEnd = source.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = source.length;
  const line = source.slice(offset, Math.min(lineEnd, offset + MAX_DATE_TEXT));
  const first = scanDates(line)[0];
  if (!first || first.start !== 0 || !isExplicit(first)) return null;
  const start = offset + first.start;
  const end = offset + first.end;
  return { value: isoOf(first), span: { start, end, text: source.slice(start, end) } };
}

function firstDateAfter(source: string, pattern: RegExp, within: string, base: number): DocumentDateRef | null {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(within); m; m = pattern.exec(within)) {
    const found = dateAt(source, base + m.index + m[0].length);
    if (found) return found;
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return null;
}

/**
 * Finds the document's own date near the top of `source`: its ISO value
 * (2020, 2020-01 or 2020-01-21) and the span of the date text itself.
 */
export function findDocumentDate(source: string): DocumentDateRef | null {
  const head = headOf(source);
  const candidates: DocumentDateRef[] = [];
  const frontMatter = FRONT_MATTER.exec(head);
  if (frontMatter) {
    const bodyStart = frontMatter.index + frontMatter[0].indexOf(frontMatter[1]);
    const found = firstDateAfter(source, FRONT_MATTER_DATE, frontMatter[1], bodyStart);
    if (found) candidates.push(found);
  }
  for (const pattern of [DATE_LINE, DATUM_LINE]) {
    const found = firstDateAfter(source, pattern, head, 0);
    if (found) candidates.push(found);
  }
  if (candidates.length === 0) return null;
  return candidates.reduce((best, c) => (c.span.start < best.span.start ? c : best));
}
