/** Command and view ids: part of the extension's contract (package.json, tests, the UI check). */
export const Commands = {
  annotate: 'beleidslens.annotate',
  showRevisions: 'beleidslens.showRevisions',
  nextClaim: 'beleidslens.nextClaim',
  previousClaim: 'beleidslens.previousClaim',
  exportJson: 'beleidslens.exportJson',
  refreshIndex: 'beleidslens.refreshIndex',
  setDocumentDate: 'beleidslens.setDocumentDate',
  openClaim: 'beleidslens.openClaim',
  openSpan: 'beleidslens.openSpan',
  showLog: 'beleidslens.showLog',
  filterTimelineByDocument: 'beleidslens.timeline.filterByDocument',
  filterTimelineByActor: 'beleidslens.timeline.filterByActor',
  clearTimelineFilter: 'beleidslens.timeline.clearFilter',
} as const;

export const Views = {
  container: 'beleidslens',
  timeline: 'beleidslens.timeline',
  actors: 'beleidslens.actors',
} as const;

/** Arguments of `beleidslens.openClaim`. */
export interface ClaimTarget {
  file: string;
  claimId: string;
}

/** Arguments of `beleidslens.openSpan`. */
export interface SpanTarget {
  file: string;
  start: number;
  end: number;
}

/** A `command:` URI for markdown (hovers, tooltips); its command must be listed in `TRUSTED_COMMANDS`. */
export function commandUri(command: string, ...args: unknown[]): string {
  // encodeURIComponent leaves parentheses alone, and a ')' would end the markdown link.
  const query = encodeURIComponent(JSON.stringify(args)).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${query}`;
}

/** The only commands a Beleidslens markdown link may run. */
export const TRUSTED_COMMANDS = [Commands.openClaim, Commands.openSpan, Commands.showRevisions];
