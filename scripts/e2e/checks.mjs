// The checks that look at Beleidslens as a person does, in the page: each is a
// test in the run's total, takes a screenshot under test-results/ whether it
// passes or not, and fails with a message that says what was on screen.

import {
  beleidslensContributions,
  collapseOtherPanes,
  commandPaletteTitle,
  findInCommandPalette,
  hoverText,
  languageMode,
  notificationTexts,
  openActivityBarItem,
  openFile,
  paneText,
  poll,
  runFromCommandPalette,
  screenshot,
  sleep,
  viewRows,
  waitForWorkbench,
} from './ui.mjs';

export const SEED_LETTER = '2020-01-seed-letter.beleid.txt';
const CLAIM_TEXT = 'Later wijzigde het NCSC het advies';

async function showSeedLetter(page) {
  const tab = page.locator('.tabs-container .tab.active');
  const active = (await tab.count()) > 0 ? await tab.first().getAttribute('aria-label', { timeout: 1000 }).catch(() => null) : null;
  if (!active?.includes(SEED_LETTER)) await openFile(page, SEED_LETTER);
}

/** Checks against the development extension in a workbench showing test/e2e/fixtures. */
export const uiChecks = [
  {
    name: 'ui: hovering a claim in the seed letter shows who made it',
    screenshot: 'hover.png',
    async run(page) {
      await showSeedLetter(page);
      const result = await hoverText(page, CLAIM_TEXT, {
        wordOffset: 'Later '.length,
        accept: (text) => /NCSC|Nationaal Cyber Security Centrum/.test(text),
      });
      await screenshot(page, 'hover.png');
      if (!result.text) {
        throw new Error(`no .monaco-hover appeared over "${CLAIM_TEXT}" (language mode: "${await languageMode(page)}")`);
      }
      if (result.rejected) throw new Error(`the hover over "${CLAIM_TEXT}" does not name the NCSC; it reads: ${JSON.stringify(result.text)}`);
    },
  },
  {
    name: 'ui: hovering "Diezelfde dag" shows its date and the line of the date it was reckoned from',
    screenshot: 'date-hover.png',
    async run(page) {
      await showSeedLetter(page);
      await page.keyboard.press('Escape');
      const result = await hoverText(page, 'Diezelfde dag', { accept: (text) => /2020-01-17/.test(text) && /(line|regel) \d+/.test(text) });
      await sleep(400); // the hover fades in
      await screenshot(page, 'date-hover.png');
      if (!result.text) throw new Error(`no .monaco-hover appeared over "Diezelfde dag" (language mode: "${await languageMode(page)}")`);
      if (result.rejected) throw new Error(`the hover over "Diezelfde dag" lacks 2020-01-17 or the anchor's line; it reads: ${JSON.stringify(result.text)}`);
    },
  },
  {
    name: 'ui: the Outline view lists the claims of the seed letter',
    screenshot: 'outline.png',
    async run(page) {
      await showSeedLetter(page);
      await page.keyboard.press('Escape');
      await runFromCommandPalette(page, 'Explorer: Focus on Outline View');
      await collapseOtherPanes(page, 'Outline');
      const rows = await viewRows(page, 'Outline');
      await screenshot(page, 'outline.png');
      if (rows.length === 0) {
        throw new Error(`the Outline view shows no symbols for the seed letter; it reads: ${JSON.stringify(await paneText(page, 'Outline'))}`);
      }
    },
  },
  {
    name: 'ui: the command palette (F1) runs Beleidslens: Refresh Index',
    screenshot: 'palette.png',
    async run(page) {
      const title = commandPaletteTitle('beleidslens.refreshIndex');
      const before = new Set(await notificationTexts(page));
      const entry = await findInCommandPalette(page, title);
      await screenshot(page, 'palette.png');
      await entry.run();
      await sleep(1500);
      const after = (await notificationTexts(page)).filter((text) => !before.has(text));
      const errors = after.filter((text) => /not found|error|failed|mislukt|fout/i.test(text));
      if (errors.length > 0) throw new Error(`running "${title}" reported: ${errors.join(' | ')}`);
    },
  },
  {
    name: 'ui: the Beleidslens activity-bar view shows the timeline',
    screenshot: 'timeline.png',
    async run(page) {
      const { containerTitle, timelineName } = beleidslensContributions();
      if (!containerTitle) throw new Error('package.json contributes no activity-bar view container with id "beleidslens"');
      if (!timelineName) throw new Error('package.json contributes no view "beleidslens.timeline" in the "beleidslens" container');
      await showSeedLetter(page);
      await openActivityBarItem(page, containerTitle);
      const rows = await viewRows(page, timelineName, { timeoutMs: 20000 });
      await screenshot(page, 'timeline.png');
      if (rows.length === 0) {
        throw new Error(`the ${timelineName} view shows no rows; it reads: ${JSON.stringify(await paneText(page, timelineName))}`);
      }
      if (!rows.some((row) => /\b(19|20)\d\d\b/.test(row))) {
        throw new Error(`no row of the ${timelineName} view carries a date: ${JSON.stringify(rows.slice(0, 10))}`);
      }
    },
  },
];

/**
 * The installed .vsix, in a workbench without extensionDevelopmentPath: a
 * .beleid file opens in the Beleidstekst language and Beleidslens shows up
 * among the running (activated) extensions.
 */
export async function checkInstalledExtension(page, { fileName }) {
  const { displayName, languageName } = beleidslensContributions();
  await waitForWorkbench(page);
  await openFile(page, fileName);
  const expected = languageName ?? 'Beleidstekst';
  const mode = await poll(async () => ((await languageMode(page)) === expected ? expected : ''), { timeoutMs: 20000 });
  if (!mode) {
    await screenshot(page, 'vsix.png');
    throw new Error(`${fileName} opened in language mode "${await languageMode(page)}", expected "${expected}"`);
  }
  await runFromCommandPalette(page, 'Developer: Show Running Extensions');
  // Only extensions whose activation started are listed; a finished activation
  // shows "Activation: N ms", one that failed or hangs stays at "Activating...".
  // The list is virtualised: scroll through it.
  const list = page.locator('.runtime-extensions-editor .monaco-list').first();
  const seen = new Set();
  const ours = (text) => text.startsWith(displayName);
  const activated = (text) => ours(text) && /Activation:\s*\d/.test(text);
  const found = await poll(
    async () => {
      if (!(await list.isVisible().catch(() => false))) return false;
      await list.hover().catch(() => {});
      let before = -1;
      for (let step = 0; step < 30 && seen.size !== before; step += 1) {
        before = seen.size;
        const texts = await list
          .locator('.monaco-list-row')
          .evaluateAll((rows) => rows.map((row) => (row.textContent || '').replace(/\s+/g, ' ').trim()))
          .catch(() => []);
        for (const text of texts) seen.add(text);
        if (texts.some(activated)) return true;
        await page.mouse.wheel(0, 300);
        await sleep(100);
      }
      await list.evaluate((element) => element.querySelector('.monaco-scrollable-element')?.scrollTo?.(0, 0)).catch(() => {});
      return false;
    },
    { timeoutMs: 20000, intervalMs: 500 },
  );
  await screenshot(page, 'vsix.png');
  if (!found) {
    const row = [...seen].find(ours);
    if (row) throw new Error(`${displayName} did not finish activating after opening ${fileName} (Running Extensions shows ${JSON.stringify(row)})`);
    throw new Error(`${displayName} is not among the running extensions after opening ${fileName}: ${JSON.stringify([...seen])}`);
  }
}
