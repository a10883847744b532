// Driving the VS Code workbench in the page as a person would: the keyboard,
// the mouse and what is on screen. Selectors follow VS Code 1.139's DOM; every
// wait is bounded and failures say what was on screen instead.

import { join } from 'node:path';
import { localize, readManifest, resultsDir } from './lib.mjs';

const isMac = process.platform === 'darwin';
const MOD = isMac ? 'Meta' : 'Control';

const debugStart = Date.now();
/** Progress lines for BELEIDSLENS_E2E_DEBUG=1. */
export function debug(message) {
  if (process.env.BELEIDSLENS_E2E_DEBUG) process.stdout.write(`[e2e] +${((Date.now() - debugStart) / 1000).toFixed(1)}s ${message}\n`);
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Retries `attempt` until it returns a truthy value or `timeoutMs` passes; returns the last value. */
export async function poll(attempt, { timeoutMs = 10000, intervalMs = 250 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let value;
  for (;;) {
    value = await attempt();
    if (value || Date.now() > deadline) return value;
    await sleep(intervalMs);
  }
}

export async function screenshot(page, name) {
  const path = join(resultsDir, name);
  try {
    await page.screenshot({ path });
  } catch {
    /* the page may be gone; the failure message says why */
  }
  return path;
}

/** The workbench is up: status bar rendered and the explorer shows the workspace. */
export async function waitForWorkbench(page, timeoutMs = 60000) {
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.part.sidebar .explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: timeoutMs });
}

async function dismissQuickInput(page) {
  const widget = page.locator('.quick-input-widget');
  if (await widget.isVisible().catch(() => false)) await page.keyboard.press('Escape');
}

/** Row labels of the quick input list that is open. */
async function quickInputRows(page) {
  return page.locator('.quick-input-widget .quick-input-list .monaco-list-row').evaluateAll((rows) =>
    rows.map((row) => (row.getAttribute('aria-label') || row.textContent || '').replace(/\s+/g, ' ').trim()),
  );
}

async function typeInQuickInput(page, text) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(text);
}

/** Picks the row of the open quick input whose label satisfies `matches`; returns the labels seen. */
async function pickQuickInputRow(page, matches, what, timeoutMs = 10000) {
  let labels = [];
  const index = await poll(
    async () => {
      labels = await quickInputRows(page).catch(() => []);
      const found = labels.findIndex(matches);
      return found >= 0 ? found + 1 : 0;
    },
    { timeoutMs },
  );
  if (!index) throw new Error(`${what} is not in the list; rows shown: ${JSON.stringify(labels.slice(0, 10))}`);
  return { index: index - 1, labels };
}

/** Quick Open (Ctrl+P): type the file name, choose it, wait for its editor tab. */
export async function openFile(page, name) {
  debug(`open ${name}`);
  await dismissQuickInput(page);
  await page.keyboard.press(`${MOD}+P`);
  await typeInQuickInput(page, name);
  const { index } = await pickQuickInputRow(page, (label) => label.includes(name), `file ${name}`);
  debug(`quick open lists ${name}`);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').nth(index).click();
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"], .title .label-name:text-is("${name}")`).first().waitFor({ state: 'visible', timeout: 10000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 10000 });
}

/** The title a command shows in the command palette, read from package.json: "Category: Title". */
export function commandPaletteTitle(commandId) {
  const commands = readManifest().contributes?.commands ?? [];
  const entry = commands.find((command) => command.command === commandId);
  if (!entry) throw new Error(`package.json contributes.commands has no ${commandId}`);
  const title = localize(typeof entry.title === 'string' ? entry.title : entry.title?.value);
  const category = localize(typeof entry.category === 'string' ? entry.category : entry.category?.value);
  return category ? `${category}: ${title}` : title;
}

/**
 * Opens the command palette with F1 and types `title`; returns once the row
 * for it is shown (so that a screenshot can be taken) with a function that runs it.
 */
export async function findInCommandPalette(page, title) {
  await dismissQuickInput(page);
  await page.keyboard.press('F1');
  await typeInQuickInput(page, `>${title}`);
  const normal = (text) => text.toLowerCase().replace(/\s+/g, ' ');
  const { index } = await pickQuickInputRow(page, (label) => normal(label).startsWith(normal(title)), `command "${title}"`);
  return {
    async run() {
      await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').nth(index).click();
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    },
  };
}

export async function runFromCommandPalette(page, title) {
  const entry = await findInCommandPalette(page, title);
  await entry.run();
}

/** Texts of the notification toasts on screen. */
export async function notificationTexts(page) {
  return page
    .locator('.notifications-toasts .notification-toast')
    .evaluateAll((toasts) => toasts.map((toast) => (toast.textContent || '').replace(/\s+/g, ' ').trim()))
    .catch(() => []);
}

/** The text of the language mode in the status bar ("Plain Text", "Beleidstekst"). */
export async function languageMode(page) {
  return (await page.locator('[id="status.editor.mode"]').first().textContent({ timeout: 2000 }).catch(() => ''))?.trim() ?? '';
}

/**
 * Finds `needle` in the visible editor lines and returns the centre of the
 * word at `wordOffset` characters into it, in page coordinates.
 */
async function locateText(page, needle, wordOffset) {
  return page.evaluate(
    ({ needle, wordOffset }) => {
      const lines = document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line');
      for (const line of lines) {
        const nodes = [];
        let text = '';
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node, start: text.length });
          text += node.nodeValue.replace(/\u00a0/g, ' ');
        }
        // With word wrap the needle may be split over two rendered lines: fall
        // back to ever shorter word prefixes that still hold the target word.
        let at = -1;
        const words = needle.split(' ');
        for (let count = words.length; count > 0 && at < 0; count -= 1) {
          const prefix = words.slice(0, count).join(' ');
          if (prefix.length <= wordOffset) break;
          at = text.indexOf(prefix);
        }
        if (at < 0) continue;
        const target = at + wordOffset;
        const hit = nodes.findLast((entry) => entry.start <= target);
        if (!hit) continue;
        const range = document.createRange();
        const offset = target - hit.start;
        range.setStart(hit.node, offset);
        range.setEnd(hit.node, Math.min(hit.node.nodeValue.length, offset + 3));
        const rect = range.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    { needle, wordOffset },
  );
}

/** Uses the find widget (Ctrl+F) to scroll `needle` into view, then closes it. */
async function revealText(page, needle) {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await page.keyboard.press(`${MOD}+F`);
  const input = page.locator('.editor-instance .find-widget textarea, .editor-instance .find-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 5000 });
  await input.fill(needle);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

/**
 * Hovers the mouse over `needle` in the active editor until a hover shows a
 * text accepted by `accept`; moves away and back between tries, as a person
 * would when a hover does not come up. Returns the last hover text seen.
 */
export async function hoverText(page, needle, { wordOffset = 0, accept = (text) => text.length > 0, attempts = 8 } = {}) {
  debug(`hover: looking for "${needle}"`);
  let point = await locateText(page, needle, wordOffset);
  if (!point) {
    debug('hover: not on screen, using the find widget');
    await revealText(page, needle);
    point = await poll(() => locateText(page, needle, wordOffset), { timeoutMs: 5000 });
  }
  if (!point) throw new Error(`the text "${needle}" is not visible in the editor`);
  let last = '';
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    await page.mouse.move(5, 5);
    await sleep(200);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    const text = await poll(
      async () => {
        const texts = await page
          .locator('.monaco-hover:visible')
          .evaluateAll((hovers) => hovers.map((hover) => (hover.innerText || '').trim()).filter(Boolean))
          .catch(() => []);
        const joined = texts.join('\n');
        return joined && !/^Loading\.\.\.$/.test(joined) ? joined : '';
      },
      { timeoutMs: 2500, intervalMs: 150 },
    );
    if (text) last = text;
    debug(`hover attempt ${attempt + 1} at ${Math.round(point.x)},${Math.round(point.y)}: ${JSON.stringify(text.slice(0, 120))}`);
    if (text && accept(text)) return { text, point };
    // The extension host may still be starting, or the index still building; look again.
    point = (await locateText(page, needle, wordOffset)) ?? point;
  }
  return { text: last, point, rejected: true };
}

/** The pane (split-view cell) of a view in the side bar, found by its title. */
function paneByTitle(page, title) {
  const normal = title.trim().toLowerCase();
  return page
    .locator('.part.sidebar .split-view-view')
    .filter({ has: page.locator('.pane-header .title') })
    .filter({
      has: page.locator('.pane-header .title').filter({ hasText: new RegExp(`^\\s*${normal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i') }),
    })
    .first();
}

/** Expands a collapsed pane by clicking its header. */
async function expandPane(pane) {
  const header = pane.locator('.pane-header').first();
  const expanded = await header.getAttribute('aria-expanded').catch(() => null);
  if (expanded === 'false') await header.click();
}

/** Collapses the side-bar panes other than `keepTitle`, so that it gets the room (and the screenshot). */
export async function collapseOtherPanes(page, keepTitle) {
  const headers = page.locator('.part.sidebar .split-view-view .pane-header[aria-expanded="true"]');
  for (let i = (await headers.count()) - 1; i >= 0; i -= 1) {
    const header = headers.nth(i);
    const title = ((await header.locator('.title').first().textContent({ timeout: 1000 }).catch(() => '')) ?? '').trim();
    if (title.toLowerCase() !== keepTitle.toLowerCase()) await header.click({ timeout: 2000 }).catch(() => {});
  }
}

/** Texts of the rows in a side-bar view, waiting up to `timeoutMs` for at least one. */
export async function viewRows(page, paneTitle, { timeoutMs = 15000 } = {}) {
  const pane = paneByTitle(page, paneTitle);
  await pane.waitFor({ state: 'visible', timeout: timeoutMs });
  await expandPane(pane);
  const rows = pane.locator('.pane-body .monaco-list-row');
  return poll(
    async () => {
      const texts = await rows
        .evaluateAll((elements) => elements.map((row) => (row.textContent || row.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim()))
        .catch(() => []);
      return texts.length > 0 ? texts : null;
    },
    { timeoutMs },
  ).then((texts) => texts ?? []);
}

/** The text of a side-bar pane's body, for failure messages (welcome text, "no data" messages). */
export async function paneText(page, paneTitle) {
  return (await paneByTitle(page, paneTitle).locator('.pane-body').textContent({ timeout: 1000 }).catch(() => ''))?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Titles of the view containers in the activity bar. */
export async function activityBarItems(page) {
  return page
    .locator('.part.activitybar .action-item')
    .evaluateAll((items) =>
      items.map((item) => item.getAttribute('aria-label') || item.querySelector('[aria-label]')?.getAttribute('aria-label') || '').filter(Boolean),
    )
    .catch(() => []);
}

/** Clicks the activity-bar entry whose label starts with `title` (as a person clicks the icon). */
export async function openActivityBarItem(page, title) {
  const item = page
    .locator('.part.activitybar .action-item')
    .filter({ has: page.locator(`[aria-label^="${title}"]`) })
    .or(page.locator(`.part.activitybar .action-item[aria-label^="${title}"]`))
    .first();
  try {
    await item.waitFor({ state: 'visible', timeout: 15000 });
  } catch {
    throw new Error(`no "${title}" entry in the activity bar; entries: ${JSON.stringify(await activityBarItems(page))}`);
  }
  const checked = await item.getAttribute('aria-checked').catch(() => null);
  const selected = await item.evaluate((el) => el.classList.contains('checked')).catch(() => false);
  if (checked !== 'true' && !selected) await item.click();
}

/** What the Beleidslens manifest says about its views, for the UI checks. */
export function beleidslensContributions() {
  const manifest = readManifest();
  const contributes = manifest.contributes ?? {};
  const container = (contributes.viewsContainers?.activitybar ?? []).find((entry) => entry.id === 'beleidslens');
  const views = contributes.views?.beleidslens ?? [];
  const timeline = views.find((view) => view.id === 'beleidslens.timeline');
  const language = (contributes.languages ?? []).find((entry) => entry.id === 'beleidstekst');
  return {
    displayName: manifest.displayName ?? manifest.name,
    containerTitle: container ? localize(container.title) : null,
    timelineName: timeline ? localize(timeline.name) : null,
    languageName: language?.aliases?.[0] ?? null,
  };
}
