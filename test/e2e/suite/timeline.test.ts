/** The timeline view's data: the seed letter's dated claims in date order, filters, reveal, and following the cursor. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DayNode, EntryNode } from '../../../src/vscode/timelineView';
import { SEED, extensionApi, fixture, offsetOf, openFixture, selectedText, waitFor } from './helpers';

describe('timeline view', () => {
  const seed = () => fixture(SEED).toString();

  afterEach(async () => {
    await vscode.commands.executeCommand('beleidslens.timeline.clearFilter');
  });

  it('shows the 16 and the 17 January events of the seed letter in order, grouped by day', async () => {
    const api = await extensionApi();
    await api.indexReady();
    const days = await waitFor('the seed letter in the timeline', () => {
      const roots = api.timeline.getChildren() as DayNode[];
      return roots.some((day) => day.entries.some((e) => e.entry.file === seed())) && roots;
    });
    const seedDays = days
      .map((day) => ({ date: day.date, entries: day.entries.filter((e) => e.entry.file === seed()) }))
      .filter((day) => day.entries.length > 0);
    const i16 = seedDays.findIndex((day) => day.date === '2020-01-16');
    const i17 = seedDays.findIndex((day) => day.date === '2020-01-17');
    assert.ok(i16 >= 0, `a 16 January day; days: ${seedDays.map((d) => d.date).join(', ')}`);
    assert.ok(i17 > i16, `17 January comes after 16 January; days: ${seedDays.map((d) => d.date).join(', ')}`);
    assert.ok(seedDays[i16].entries.some((e) => e.entry.claim.text.includes('onvoldoende bescherming')), 'the NCSC claim of 16 January');
    assert.ok(
      seedDays[i17].entries.some((e) => /AIVD|dringende advies|uit te schakelen/.test(e.entry.claim.text)),
      `the 17 January advice; entries: ${JSON.stringify(seedDays[i17].entries.map((e) => e.entry.claim.text))}`,
    );
    for (const day of days) {
      assert.ok(day.entries.every((e) => e.entry.date === day.date), `entries of ${day.date} carry that date`);
      assert.equal(api.timeline.getChildren(day), day.entries);
    }
    assert.equal(new Set(days.map((d) => d.date)).size, days.length, 'one group per day');
  });

  it('opens a claim from its tree item', async () => {
    const api = await extensionApi();
    await api.indexReady();
    const entry = (api.timeline.getChildren() as DayNode[])
      .flatMap((day) => day.entries)
      .find((e) => e.entry.file === seed() && e.entry.claim.text.includes('onvoldoende bescherming'));
    assert.ok(entry, 'the 16 January claim is in the timeline');
    const item = api.timeline.getTreeItem(entry);
    assert.equal(item.command?.command, 'beleidslens.openClaim');
    assert.ok(item.iconPath instanceof vscode.ThemeIcon, 'an icon per kind');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    assert.ok(selectedText().includes('onvoldoende bescherming'));
    assert.equal(api.timeline.getParent(entry), entry.day);
  });

  it('filters to the current document and to one actor', async () => {
    const api = await extensionApi();
    await api.indexReady();
    await vscode.commands.executeCommand('beleidslens.timeline.filterByDocument', fixture(SEED));
    const entries = () => (api.timeline.getChildren() as DayNode[]).flatMap((day) => day.entries);
    assert.ok(entries().length > 0 && entries().every((e) => e.entry.file === seed()), 'only the seed letter');

    const ncsc = api.corpus.get(seed())?.actors.find((a) => a.name === 'NCSC' || a.aliases.includes('NCSC'));
    assert.ok(ncsc, 'the NCSC is an actor of the seed letter');
    await vscode.commands.executeCommand('beleidslens.timeline.filterByActor', ncsc.id);
    assert.ok(entries().length > 0 && entries().every((e) => e.entry.actor?.id === ncsc.id), 'only the NCSC');

    await vscode.commands.executeCommand('beleidslens.timeline.clearFilter');
    assert.ok(entries().some((e) => e.entry.actor?.id !== ncsc.id), 'everything again');
  });

  it('follows the cursor: the claim under it is selected in the view', async () => {
    const api = await extensionApi();
    await api.indexReady();
    await vscode.commands.executeCommand('beleidslens.timeline.focus');
    await waitFor('the timeline view to be visible', () => api.timelineView.visible);
    const editor = await openFixture(SEED);
    const position = editor.document.positionAt(offsetOf(editor.document, 'onvoldoende bescherming'));
    editor.selection = new vscode.Selection(position, position);
    const selected = await waitFor('the timeline to select the claim at the cursor', () => {
      const node = api.timelineView.selection[0] as EntryNode | undefined;
      return node?.type === 'entry' && node.entry.claim.text.includes('onvoldoende bescherming') && node;
    });
    assert.equal(selected.entry.file, seed());
  });
});
