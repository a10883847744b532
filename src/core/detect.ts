/**
 * Does a text look like a Dutch policy text? Used to decide whether to analyse
 * Markdown and plain-text files unasked (an English README is left alone).
 */
import cues from './lexicon/cues.json';
import { alternation } from './text/wordPattern';

const HEADER = /^\s*(?:date\s+\d{4}-\d{2}|---\s*$|aan de voorzitter van de (?:tweede|eerste) kamer|datum\s)/im;
const DUTCH_WORDS = new RegExp(String.raw`(?<![\p{L}])${alternation(cues.detect.dutchWords)}(?![\p{L}])`, 'giu');
const POLICY_WORDS = new RegExp(String.raw`(?<![\p{L}])${alternation(cues.detect.policyWords)}(?![\p{L}])`, 'giu');

export function looksLikePolicyText(text: string): boolean {
  const sample = text.slice(0, 20000);
  if (sample.includes('\u0000')) return false;
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  if (words < 8) return false;
  const dutch = sample.match(DUTCH_WORDS)?.length ?? 0;
  const policy = sample.match(POLICY_WORDS)?.length ?? 0;
  const dutchShare = dutch / words;
  if (HEADER.test(sample.slice(0, 400)) && dutchShare > 0.08) return true;
  return dutchShare > 0.12 && policy >= 2;
}
