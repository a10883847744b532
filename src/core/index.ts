/**
 * The public surface of the Beleidslens core: everything the editor adapters
 * and the command line use. Nothing under src/core may import `vscode`.
 */
export * from './types';
export { analyzeText, DocumentAnalyzer } from './analyze';
export type { AnalyzeOptions, UpdateStats } from './analyze';
export { linkCorpus, linkingView } from './links';
export { CorpusIndex } from './corpus';
export type { ClaimRef, LinkedClaim } from './corpus';
export { ExportWriter, toExportJson } from './exportJson';
export type { ExportV1 } from './exportJson';
export { buildTimeline, formatTimeline } from './timeline';
export type { TimelineEntry } from './timeline';
export { looksLikePolicyText } from './detect';
export { decodeText } from './decode';
export { findDocumentDate } from './documentDate';
export { tokenizeForBenchmark } from './text/tokens';
export { warmUp, warmUpSteps, warmedUpAnalyzer } from './warmUp/warmUp';
