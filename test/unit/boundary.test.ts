// The core boundary: the lint rule forbids `vscode` in src/core, and the core has none.
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

describe('core boundary', function () {
  this.timeout(60000);
  it('rejects an import of vscode in src/core', async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText("import * as vscode from 'vscode';\nexport const x = vscode;\n", {
      filePath: path.join(root, 'src/core/example.ts'),
    });
    assert.ok(result.messages.some((m) => m.ruleId === 'no-restricted-imports'), JSON.stringify(result.messages));
  });
  it('allows it in the editor adapters', async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText("import * as vscode from 'vscode';\nexport const x = vscode;\n", {
      filePath: path.join(root, 'src/vscode/example.ts'),
    });
    assert.ok(!result.messages.some((m) => m.ruleId === 'no-restricted-imports'));
  });
});
