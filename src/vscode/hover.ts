/**
 * Hover on an actor mention (name, kind, aliases, claims), a date (ISO value, how
 * it was resolved, and a link to the date it was reckoned from, with its line) and
 * a claim or advice (source, date, change, and the earlier and later claims it is
 * linked to, each a link that opens it).
 */
import * as vscode from 'vscode';
import type { Actor, Claim, DateMention, DocumentAnalysis, LinkedClaim } from '../core';
import { Commands, TRUSTED_COMMANDS, commandUri } from './commandIds';
import {
  actorKindLabel,
  actorOf,
  claimKindLabel,
  escapeMarkdown,
  fileName,
  formatDate,
  relationFromLater,
  relationToEarlier,
  shortName,
  shortText,
} from './format';
import { registerForPolicyTexts } from './languageGate';
import type { Services } from './services';
import { rangeOf, spanAt } from './spans';

/** At most this many claims listed under an actor. */
const MAX_ACTOR_CLAIMS = 8;

export function registerHover(context: vscode.ExtensionContext, services: Services): void {
  const provider: vscode.HoverProvider = {
    provideHover: (document, position, token) => provideHover(services, document, position, token),
  };
  registerForPolicyTexts(context, services.gate, (selector) => vscode.languages.registerHoverProvider(selector, provider));
}

async function provideHover(
  { analyses }: Services,
  document: vscode.TextDocument,
  position: vscode.Position,
  token: vscode.CancellationToken,
): Promise<vscode.Hover | undefined> {
  const analysis = await analyses.current(document, token);
  if (!analysis || token.isCancellationRequested) return undefined;
  const offset = document.offsetAt(position);
  const mention = spanAt(
    analysis.actors.flatMap((actor) => actor.mentions),
    offset,
  );
  const date = spanAt(analysis.dates, offset);
  const claim = analyses.corpus.claimAt(analysis.file, offset);
  if (!mention && !date && !claim) return undefined;

  const parts: string[] = [];
  const actor = mention && actorOf(analysis, mention.actorId);
  if (actor) parts.push(actorPart(analysis, actor));
  if (date) parts.push(datePart(analysis.file, document, date));
  if (claim) parts.push(claimPart(analysis, claim, analyses.corpus.linksOf(analysis.file, claim.id)));

  const markdown = new vscode.MarkdownString(parts.join('\n\n---\n\n'), true);
  markdown.isTrusted = { enabledCommands: [...TRUSTED_COMMANDS] };
  return new vscode.Hover(markdown, rangeOf(document, mention ?? date ?? claim!));
}

function claimLink(file: string, claim: Claim, label: string): string {
  return `[${escapeMarkdown(label)}](${commandUri(Commands.openClaim, { file, claimId: claim.id })})`;
}

function actorPart(analysis: DocumentAnalysis, actor: Actor): string {
  const kind = actor.category ? `${actorKindLabel(actor.kind)}, ${actor.category}` : actorKindLabel(actor.kind);
  const lines = [`$(person) **${escapeMarkdown(actor.name)}** — ${escapeMarkdown(kind)}`];
  const aliases = actor.aliases.filter((alias) => alias !== actor.name);
  if (aliases.length > 0) lines.push(`${vscode.l10n.t('Also called')}: ${aliases.map(escapeMarkdown).join(', ')}`);
  if (actor.members?.length) {
    const members = actor.members.map((id) => actorOf(analysis, id)?.name ?? id);
    lines.push(`${vscode.l10n.t('Members')}: ${members.map(escapeMarkdown).join(', ')}`);
  }
  const claims = analysis.claims.filter((claim) => claim.actor === actor.id);
  if (claims.length === 0) {
    lines.push(vscode.l10n.t('No claims by this actor in this text.'));
  } else {
    lines.push(`${vscode.l10n.t('Claims in this text')} (${claims.length}):`);
    const items = claims.slice(0, MAX_ACTOR_CLAIMS).map((claim) => {
      const when = claim.date ? `${formatDate(claim.date)}: ` : '';
      return `- ${claimLink(analysis.file, claim, when + shortText(claim.text, 70))} — ${escapeMarkdown(claimKindLabel(claim))}`;
    });
    if (claims.length > MAX_ACTOR_CLAIMS) items.push(`- ${vscode.l10n.t('and {0} more', String(claims.length - MAX_ACTOR_CLAIMS))}`);
    lines.push(items.join('\n'));
  }
  return lines.join('\n\n');
}

function datePart(file: string, document: vscode.TextDocument, date: DateMention): string {
  const lines = [`$(calendar) **${escapeMarkdown(date.value)}** — ${escapeMarkdown(formatDate(date.value))}`, escapeMarkdown(date.resolution.explanation)];
  // The date it was reckoned from, by its line now (the analysis keeps offsets, not lines), as a link that selects it.
  const anchor = date.resolution.anchor;
  if (anchor && anchor.end > anchor.start) {
    const line = document.positionAt(anchor.start).line + 1;
    const label = vscode.l10n.t('Reckoned from "{0}" on line {1}', shortText(anchor.text, 40), String(line));
    lines.push(`[${escapeMarkdown(label)}](${commandUri(Commands.openSpan, { file, start: anchor.start, end: anchor.end })})`);
  }
  return lines.join('\n\n');
}

function claimPart(analysis: DocumentAnalysis, claim: Claim, links: { earlier: LinkedClaim[]; later: LinkedClaim[] }): string {
  const source = shortName(actorOf(analysis, claim.actor));
  const when = claim.date ? formatDate(claim.date) : vscode.l10n.t('no date in the text');
  const icon = claim.kind === 'advice' ? '$(lightbulb)' : '$(quote)';
  const lines = [`${icon} **${escapeMarkdown(claimKindLabel(claim))}** — ${escapeMarkdown(source)}, ${escapeMarkdown(when)}`];
  if (claim.recap) lines.push(vscode.l10n.t('Recap of an earlier statement.'));
  const list = (title: string, linked: LinkedClaim[], relation: (l: LinkedClaim) => string) => {
    if (linked.length === 0) return;
    lines.push(`**${escapeMarkdown(title)}**`);
    lines.push(linked.map((l) => `- ${escapeMarkdown(relation(l))} ${linkedLink(analysis, l)} — *${escapeMarkdown(l.link.reason.explanation)}*`).join('\n'));
  };
  list(vscode.l10n.t('Earlier'), links.earlier, (l) => relationToEarlier(l.link.relation));
  list(vscode.l10n.t('Later'), links.later, (l) => relationFromLater(l.link.relation));
  if (links.earlier.length + links.later.length > 0) {
    lines.push(`[${escapeMarkdown(vscode.l10n.t('Show all versions…'))}](${commandUri(Commands.showRevisions, { file: analysis.file, claimId: claim.id })})`);
  }
  return lines.join('\n\n');
}

/** "NCSC, 16 January 2020: “de tussentijdse …”" (with the file name when it is another text). */
function linkedLink(analysis: DocumentAnalysis, linked: LinkedClaim): string {
  const date = linked.claim.date ?? linked.document.date;
  const where = linked.file === analysis.file ? '' : ` (${fileName(linked.file)})`;
  const label = `${shortName(linked.actor)}${date ? `, ${formatDate(date)}` : ''}: “${shortText(linked.claim.text, 60)}”${where}`;
  return claimLink(linked.file, linked.claim, label);
}
