/**
 * Warming up the incremental analyser.
 *
 * The engine compiles a function to fast code only after it has run a while. The code
 * an edit runs (moving offsets, resuming the document stage from a paragraph) does not
 * run when a text is first analysed, so the first edits after the editor starts run it
 * unoptimised: in a 1 MB text they took 10 to 15 ms where the same edits take 1 to 5 ms
 * later. The editor therefore runs these steps once when it starts, while the user is not
 * typing yet: a made-up text of some 120 kB (letter.json: a letter, a news report, an
 * agency's advisory, a newspaper article and a co-signed progress letter, copied with other
 * names and dates), pasted together and then edited as a user edits, one update per step, so
 * that no step holds the editor up for long.
 *
 * The samples differ so that the analyser's branches run here before the engine compiles
 * it: compiled code that meets a branch it has never seen is thrown away, and compiled again
 * on another thread, which takes a CPU from the user's first edits. With only the letter and
 * the report, 317 branches that the analysis and editing of the project's fixture texts run
 * never ran in the warm-up; with the advisory and the article, 197. Counted another way, over
 * the benchmark's 1 MB text and its edits, 146 blocks of code ran there and not here; with the
 * progress letter (offices only a signature names, a name with its acronym after a verb, a
 * passive advice, a recalled letter, numbers, dated quotations) and the edits of a minister's
 * name, 43.
 *
 * The analyser the warm-up leaves is kept (see warmedUpAnalyzer()). The engine's compiled
 * code holds the shapes of the objects it ran on weakly: once the last of the warm-up's
 * objects were collected, the next full collection threw away the compiled code of fifteen
 * functions of the edits (moving offsets, resuming the passes), and the first edits of the
 * next long text waited for it to be compiled again. Kept, it costs some 9 MB.
 */
import { DocumentAnalyzer, type UpdateStats } from '../analyze';
import sample from './letter.json';

/**
 * About this much text is analysed and edited: enough for the loops that move offsets to be compiled. With
 * 60 kB, resumeStage() and placeRegion() ran too little after an early deoptimisation to be compiled again
 * here, and were, on other threads, during the first edits of a 1 MB text.
 */
const TEXT_LENGTH = 120_000;
/**
 * Edits of each kind (see EDIT_KINDS). An edit calls the functions that place the edited region and resume
 * the passes once each, so they need many edits to become hot enough for the engine's optimising compiler.
 * With 16 of each, placeRegion(), moveSpans() and others were first compiled during the first edits of a
 * 1 MB text, on threads that took the CPU from those edits. With 48, resumeClaimPass() and
 * replaceWindowClaims() still were; with 96 (and the longer text), a trace of the engine's compiles showed
 * all of them compiled here.
 */
const EDITS_PER_KIND = 96;

/** The analyser of the last warm-up, kept so that the code compiled for its objects is kept (see above). */
let lastAnalyzer: DocumentAnalyzer | null = null;

/** The analyser the last warm-up left, with its made-up text; null before any warm-up has finished. */
export function warmedUpAnalyzer(): DocumentAnalyzer | null {
  return lastAnalyzer;
}

/**
 * Which sample each copy is, in turn. Copy 2 is a report: its date line gives the made-up text its date
 * (see warmUpPieces()).
 */
const SAMPLE_ORDER = ['letter', 'progress', 'report', 'advisory', 'letter', 'article', 'report'] as const;

/** One copy of a sample (see SAMPLE_ORDER), with the names and dates of copy `n`. */
function copy(n: number): string {
  const lines = sample[SAMPLE_ORDER[n % SAMPLE_ORDER.length]];
  const day = 4 + (n % 20);
  const fill = (line: string) =>
    line
      .replaceAll('{SURNAME}', sample.surnames[n % sample.surnames.length])
      .replaceAll('{OTHER_SURNAME}', sample.otherSurnames[n % sample.otherSurnames.length])
      .replaceAll('{COMPANY}', sample.companies[n % sample.companies.length])
      .replaceAll('{DAY}', String(day))
      .replaceAll('{NEXT_DAY}', String(day + 1))
      .replaceAll('{NEXT_DAY_ISO}', String(day + 1).padStart(2, '0'));
  return lines.map(fill).join('\n\n');
}

/**
 * The made-up text in pieces: a date line, then copies of the sample one after the other (each
 * with the blank line before it), as a long file of letters and reports. The last is a letter:
 * the warm-up pastes the other copies before it, and the minister a text names last with an office
 * is the one all its mentions of that office refer to (see actorFacts()). Were the last copy of
 * another kind, each letter pasted would name that minister anew, change what every mention of the
 * office refers to, and run the document stage whole rather than resume it.
 */
function warmUpPieces(length = TEXT_LENGTH): string[] {
  const pieces = [copy(2).split('\n\n')[0]];
  for (let n = 0, total = pieces[0].length; total < length || SAMPLE_ORDER[(n + SAMPLE_ORDER.length - 1) % SAMPLE_ORDER.length] !== 'letter'; n++) {
    pieces.push(`\n\n${copy(n)}`);
    total += pieces[n + 1].length;
  }
  return pieces;
}

/** The made-up text, whole. */
export function warmUpText(length = TEXT_LENGTH): string {
  return warmUpPieces(length).join('');
}

/**
 * The names the edits type wrong, in turn: an agency's acronym, and the second of two ministers who act
 * together ("Minister … en minister Kuipers … hebben besloten"), whose group is then made anew.
 */
const NAMES_TYPED_WRONG = ['NCSC', 'Kuipers'];

/**
 * The edits, as a user makes them: a letter typed in a word, a line break, a character
 * removed, a name typed wrong (its actor changes, so the document stage resumes), a
 * blank line typed between paragraphs, and a typo inside a word. `at` is a fraction of the
 * text; `e` counts the edits of a kind.
 */
const EDIT_KINDS: ((text: string, at: number, e: number) => string)[] = [
  (text, at) => insertAt(text, wordEnd(text, at), 'e'),
  (text, at) => insertAt(text, wordEnd(text, at), '\n'),
  (text, at) => {
    const end = wordEnd(text, at);
    return text.slice(0, end - 1) + text.slice(end);
  },
  (text, at, e) => {
    const name = text.indexOf(NAMES_TYPED_WRONG[e % NAMES_TYPED_WRONG.length], at);
    return name < 0 ? text : insertAt(text, name + 2, 'x');
  },
  (text, at) => {
    const gap = text.indexOf('\n\n', at);
    return gap < 0 ? text : insertAt(text, gap, '\n');
  },
  // A letter typed inside a word, as in a typo: a verb, a role ("woordvoeerder"), a date or a body's word
  // reads otherwise. Some of these make the roles again or gather all entities anew, ways that otherwise first
  // run in the user's text.
  (text, at) => {
    const end = wordEnd(text, at);
    const start = wordStart(text, end);
    return end - start < 4 ? text : insertAt(text, start + Math.floor((end - start) / 2), text[start + 1]);
  },
];

function insertAt(text: string, at: number, inserted: string): string {
  return text.slice(0, at) + inserted + text.slice(at);
}

/** The start of the word that ends at offset `end`. */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) start--;
  return start;
}

/** The end of the word at or after offset `at` (inside the text's middle, so that no edit touches its first or last lines). */
function wordEnd(text: string, at: number): number {
  const match = /[\p{L}\p{N}](?![\p{L}\p{N}])/u.exec(text.slice(at));
  return match ? at + match.index + 1 : at;
}

/**
 * The warm-up, one update per step; each step gives what its update did. A caller that must
 * stay responsive runs one step at a time, letting other work in between. The first step
 * analyses a short text whole (the first and last copies); the text then grows as the
 * other copies are pasted in before the last, one per step, so that no step takes long,
 * and is then edited.
 */
export function* warmUpSteps(): Generator<UpdateStats, number> {
  const analyzer = new DocumentAnalyzer('warm-up.beleid.txt');
  const pieces = warmUpPieces();
  const last = pieces[pieces.length - 1];
  let text = pieces[0] + pieces[1] + last;
  analyzer.update(text);
  let updates = 1;
  yield analyzer.lastUpdate;
  for (let k = 2; k < pieces.length - 1; k++) {
    const at = text.length - last.length;
    text = insertAt(text, at, pieces[k]);
    analyzer.update(text);
    updates++;
    yield analyzer.lastUpdate;
  }
  for (let e = 0; e < EDITS_PER_KIND; e++) {
    for (let kind = 0; kind < EDIT_KINDS.length; kind++) {
      // Spread over the middle of the text, each kind at other places.
      const fraction = 0.2 + (0.6 * (e * EDIT_KINDS.length + kind)) / (EDITS_PER_KIND * EDIT_KINDS.length);
      const edited = EDIT_KINDS[kind](text, Math.floor(text.length * fraction), e);
      if (edited === text) continue;
      text = edited;
      analyzer.update(text);
      updates++;
      yield analyzer.lastUpdate;
    }
  }
  lastAnalyzer = analyzer;
  return updates;
}

/** Runs the whole warm-up at once; how many updates it made and how long it took. */
export function warmUp(): { updates: number; ms: number } {
  const started = performance.now();
  const steps = warmUpSteps();
  let step = steps.next();
  while (!step.done) step = steps.next();
  return { updates: step.value, ms: performance.now() - started };
}
