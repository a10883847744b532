/**
 * Labels and text shared by the hover, outline, CodeLens and views: short names,
 * localised kind/change/relation words and dates, and markdown escaping.
 */
import * as vscode from 'vscode';
import type { Actor, ActorKind, AdviceChange, Claim, DocumentAnalysis, LinkRelation } from '../core';

/** Escapes text for a MarkdownString and folds line breaks, so document text can never inject markup or links. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&:"'$]/g, '\\$&');
}

/** Whitespace folded to single spaces and cut at a word boundary. */
export function shortText(text: string, max = 80): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** Every way advice can change, in the order the UI lists them. */
export const ADVICE_CHANGES: readonly AdviceChange[] = ['issued', 'escalated', 'relaxed', 'revised', 'withdrawn', 'confirmed'];

const ACRONYM = /^[A-Z][A-Z0-9&]{1,9}$/;

/** The actor's acronym where it has one ("NCSC"), else its canonical name. */
export function shortName(actor: Actor | null | undefined): string {
  if (!actor) return vscode.l10n.t('unknown source');
  if (ACRONYM.test(actor.name)) return actor.name;
  return actor.aliases.find((alias) => ACRONYM.test(alias)) ?? actor.name;
}

export function actorOf(analysis: DocumentAnalysis, id: string | null): Actor | undefined {
  return id === null ? undefined : analysis.actors.find((actor) => actor.id === id);
}

/** "NCSC: de tussentijdse mitigatiemaatregelen …", the name used in the outline and the timeline. */
export function claimLabel(claim: Claim, actor: Actor | null | undefined, max = 70): string {
  return `${shortName(actor)}: ${shortText(claim.text, max)}`;
}

export function actorKindLabel(kind: ActorKind): string {
  switch (kind) {
    case 'person':
      return vscode.l10n.t('person');
    case 'organisation':
      return vscode.l10n.t('organisation');
    case 'group':
      return vscode.l10n.t('group');
    case 'role':
      return vscode.l10n.t('role');
  }
}

export function changeLabel(change: AdviceChange): string {
  switch (change) {
    case 'issued':
      return vscode.l10n.t('issued');
    case 'escalated':
      return vscode.l10n.t('escalated');
    case 'relaxed':
      return vscode.l10n.t('relaxed');
    case 'revised':
      return vscode.l10n.t('revised');
    case 'withdrawn':
      return vscode.l10n.t('withdrawn');
    case 'confirmed':
      return vscode.l10n.t('confirmed');
  }
}

/** "claim", or "advice · escalated". */
export function claimKindLabel(claim: Claim): string {
  if (claim.kind === 'claim') return vscode.l10n.t('claim');
  const advice = vscode.l10n.t('advice');
  return claim.change ? `${advice} · ${changeLabel(claim.change)}` : advice;
}

/** What this (later) claim does to an earlier one: "revises". */
export function relationToEarlier(relation: LinkRelation): string {
  switch (relation) {
    case 'revises':
      return vscode.l10n.t('revises');
    case 'contradicts':
      return vscode.l10n.t('contradicts');
    case 'escalates':
      return vscode.l10n.t('escalates');
    case 'relaxes':
      return vscode.l10n.t('relaxes');
    case 'withdraws':
      return vscode.l10n.t('withdraws');
    case 'confirms':
      return vscode.l10n.t('confirms');
  }
}

/** What a later claim does to this one: "revised by". */
export function relationFromLater(relation: LinkRelation): string {
  switch (relation) {
    case 'revises':
      return vscode.l10n.t('revised by');
    case 'contradicts':
      return vscode.l10n.t('contradicted by');
    case 'escalates':
      return vscode.l10n.t('escalated by');
    case 'relaxes':
      return vscode.l10n.t('relaxed by');
    case 'withdraws':
      return vscode.l10n.t('withdrawn by');
    case 'confirms':
      return vscode.l10n.t('confirmed by');
  }
}

/** CodeLens title: "revised on 24 January 2020 (NCSC)", or "revised later (NCSC)" without a date. */
export function laterChangeTitle(relation: LinkRelation, date: string | null, source: string): string {
  const on = date ? formatDate(date) : null;
  switch (relation) {
    case 'revises':
      return on ? vscode.l10n.t('revised on {0} ({1})', on, source) : vscode.l10n.t('revised later ({0})', source);
    case 'contradicts':
      return on ? vscode.l10n.t('contradicted on {0} ({1})', on, source) : vscode.l10n.t('contradicted later ({0})', source);
    case 'escalates':
      return on ? vscode.l10n.t('escalated on {0} ({1})', on, source) : vscode.l10n.t('escalated later ({0})', source);
    case 'relaxes':
      return on ? vscode.l10n.t('relaxed on {0} ({1})', on, source) : vscode.l10n.t('relaxed later ({0})', source);
    case 'withdraws':
      return on ? vscode.l10n.t('withdrawn on {0} ({1})', on, source) : vscode.l10n.t('withdrawn later ({0})', source);
    case 'confirms':
      return on ? vscode.l10n.t('confirmed on {0} ({1})', on, source) : vscode.l10n.t('confirmed later ({0})', source);
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/** An ISO date of any precision the analyser produces, in the UI language: "24 januari 2020", "januari 2020", "week 4 2020". */
export function formatDate(iso: string): string {
  const locale = vscode.env.language || 'en';
  const day = ISO_DAY.exec(iso);
  if (day) {
    const date = new Date(Date.UTC(+day[1], +day[2] - 1, +day[3]));
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const month = ISO_MONTH.exec(iso);
  if (month) {
    const date = new Date(Date.UTC(+month[1], +month[2] - 1, 1));
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const week = ISO_WEEK.exec(iso);
  if (week) return vscode.l10n.t('week {0} of {1}', String(+week[2]), week[1]);
  return iso;
}

/** The last path segment of a file key (a URI string), decoded. */
export function fileName(file: string): string {
  const path = vscode.Uri.parse(file).path;
  return path.slice(path.lastIndexOf('/') + 1);
}
