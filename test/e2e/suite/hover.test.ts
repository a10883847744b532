/** Hovers on the seed letter: a claim with its linked earlier claim, an actor and a date. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED, commandLinks, displayDate, extensionApi, openFixture, positionOf, selectedText } from './helpers';

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n\n');
}

describe('hover', () => {
  before(async () => {
    await extensionApi();
  });

  it('on "Later wijzigde het NCSC het advies" lists the 16 January claim it revises, with a link that opens it', async () => {
    const { document } = await openFixture(SEED);
    const markdown = await hoverText(document, positionOf(document, 'Later wijzigde het NCSC het advies', 2));
    assert.match(markdown, /NCSC/, 'the hover names the source');
    assert.ok(markdown.includes(displayDate('2020-01-16')), `the hover shows the earlier claim's date (16 January 2020):\n${markdown}`);

    const links = commandLinks(markdown, 'beleidslens.openClaim');
    assert.ok(links.length > 0, `the hover has openClaim links:\n${markdown}`);
    const opened: { file: string; text: string }[] = [];
    for (const args of links) {
      await vscode.commands.executeCommand('beleidslens.openClaim', ...args);
      opened.push({ file: vscode.window.activeTextEditor!.document.uri.toString(), text: selectedText() });
    }
    assert.ok(
      opened.some(({ file, text }) => file === document.uri.toString() && text.includes('onvoldoende bescherming')),
      `one link selects the 16 January claim in the seed letter; the links selected: ${JSON.stringify(opened)}`,
    );
  });

  it('restricts its command links to the extension\'s own commands', async () => {
    const { document } = await openFixture(SEED);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, 'Later wijzigde het NCSC het advies', 2),
    );
    const contents = hovers.flatMap((hover) => hover.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string');
    const ours = contents.filter((c) => c.value.includes('command:beleidslens.'));
    assert.ok(ours.length > 0, 'a hover with command links');
    for (const content of ours) {
      const trusted = content.isTrusted;
      assert.ok(typeof trusted === 'object' && trusted !== null, 'isTrusted lists commands instead of trusting everything');
      assert.ok(trusted.enabledCommands.every((id) => id.startsWith('beleidslens.')), `enabled: ${trusted.enabledCommands.join(', ')}`);
      // Every command in a link is one of the enabled ones.
      for (const match of content.value.matchAll(/command:([\w.]+)/g)) assert.ok(trusted.enabledCommands.includes(match[1]), match[1]);
    }
  });

  it('escapes document text, so a text cannot put links or icons into a hover', async () => {
    const content = 'Het NCSC stelde dat [klik](command:evil) $(alert) *goed* onvoldoende bescherming boden.\n';
    const document = await vscode.workspace.openTextDocument({ language: 'beleidstekst', content });
    await vscode.window.showTextDocument(document);
    const markdown = await hoverText(document, positionOf(document, 'NCSC', 1));
    assert.ok(commandLinks(markdown, 'beleidslens.openClaim').length > 0, `the NCSC hover lists its claim:\n${markdown}`);
    assert.ok(markdown.includes('klik') && markdown.includes('alert'), `the claim text is shown:\n${markdown}`);
    assert.ok(!markdown.includes('](command:evil'), `no link from the text:\n${markdown}`);
    assert.ok(!markdown.includes('$(alert)'), `no icon from the text:\n${markdown}`);
    assert.ok(!/(^|[^\\])\*goed/.test(markdown), `no emphasis from the text:\n${markdown}`);
  });

  it('on an actor mention shows its canonical name and its claims', async () => {
    const { document } = await openFixture(SEED);
    const markdown = await hoverText(document, positionOf(document, 'Het NCSC liet echter weten', 5));
    assert.match(markdown, /Nationaal Cyber Security Centrum/, markdown);
    assert.ok(commandLinks(markdown, 'beleidslens.openClaim').length > 0, 'the actor hover links to its claims');
  });

  it('on a date shows the ISO value and how it was resolved', async () => {
    const { document } = await openFixture(SEED);
    const markdown = await hoverText(document, positionOf(document, 'Diezelfde dag', 3));
    assert.match(markdown, /2020\\?-01\\?-17/, `the ISO value of "Diezelfde dag":\n${markdown}`);
    const api = await extensionApi();
    const mention = api.corpus.get(document.uri.toString())?.dates.find((d) => d.text === 'Diezelfde dag');
    assert.ok(mention, 'the analysis has the date');
    const explanation = mention.resolution.explanation.replace(/\s+/g, ' ');
    assert.ok(markdown.replace(/\\(.)/g, '$1').includes(explanation), `the explanation "${explanation}" is shown:\n${markdown}`);
    // The date it was reckoned from, with its line, as a link that selects it.
    const anchorLine = document.positionAt(mention.resolution.anchor!.start).line + 1;
    assert.ok(markdown.includes(`line ${anchorLine}`) || markdown.includes(`regel ${anchorLine}`), `the anchor's line ${anchorLine} is shown:\n${markdown}`);
    const links = commandLinks(markdown, 'beleidslens.openSpan');
    assert.equal(links.length, 1, `one openSpan link:\n${markdown}`);
    await vscode.commands.executeCommand('beleidslens.openSpan', ...links[0]);
    assert.equal(selectedText(), '17 januari 2020');
  });
});
