/**
 * The timeline: every claim and advice of a corpus in the order it was made,
 * with its source and the later statements that revise it. Used by the CLI's
 * readable output and by the editor's timeline view.
 */
import { timeOf } from './links';
import type { Actor, Claim, CorpusAnalysis, DocumentAnalysis, Link } from './types';

export interface TimelineEntry {
  date: string | null;
  file: string;
  claim: Claim;
  actor: Actor | null;
  document: DocumentAnalysis;
  earlier: Link[];
  later: Link[];
}

export function buildTimeline(corpus: CorpusAnalysis): TimelineEntry[] {
  const earlier = new Map<string, Link[]>();
  const later = new Map<string, Link[]>();
  for (const link of corpus.links) {
    const to = `${link.to.file}#${link.to.claimId}`;
    const from = `${link.from.file}#${link.from.claimId}`;
    earlier.set(to, [...(earlier.get(to) ?? []), link]);
    later.set(from, [...(later.get(from) ?? []), link]);
  }
  const entries: (TimelineEntry & { order: number })[] = [];
  corpus.documents.forEach((document, docIndex) => {
    for (const claim of document.claims) {
      const key = `${document.file}#${claim.id}`;
      const date = claim.date ?? document.date;
      entries.push({
        date,
        file: document.file,
        claim,
        actor: document.actors.find((a) => a.id === claim.actor) ?? null,
        document,
        earlier: earlier.get(key) ?? [],
        later: later.get(key) ?? [],
        order: docIndex,
      });
    }
  });
  const time = (e: TimelineEntry) => {
    const t = timeOf(e.date);
    return Number.isNaN(t) ? Infinity : t;
  };
  entries.sort((a, b) => time(a) - time(b) || a.order - b.order || a.claim.start - b.claim.start);
  return entries.map(({ order: _order, ...entry }) => entry);
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2020-01-24" → "24 januari 2020"; weeks and months as written in Dutch. */
export function formatDutchDate(value: string | null): string {
  if (!value) return 'zonder datum';
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return `week ${+m[2]} van ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  return value;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** The readable timeline for a terminal: date · actor · claim (change) · → later revisions. */
export function formatTimeline(entries: TimelineEntry[], options: { width?: number } = {}): string {
  const width = options.width ?? 100;
  const lines: string[] = [];
  const label = new Map(entries.map((e, i) => [`${e.file}#${e.claim.id}`, i + 1]));
  entries.forEach((entry, i) => {
    const kind = entry.claim.kind === 'advice' ? `advies, ${entry.claim.change ?? 'issued'}` : 'claim';
    const who = entry.actor?.name ?? '(onbekende bron)';
    lines.push(`[${i + 1}] ${entry.date ?? '          '} · ${who} · ${kind}`);
    lines.push(`     ${shorten(entry.claim.text, width)}`);
    lines.push(`     ${entry.file}#${entry.claim.id}`);
    for (const link of entry.later) {
      const target = label.get(`${link.to.file}#${link.to.claimId}`);
      lines.push(`     → ${link.relation} [${target ?? '?'}] ${link.to.file}#${link.to.claimId} (${link.reason.explanation})`);
    }
  });
  return lines.join('\n');
}
