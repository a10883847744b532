// Lint: typescript-eslint's recommended rules, plus the core boundary: nothing
// under src/core may import `vscode` (the core is tested in plain Node and used
// by the command line).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.cache/', 'test-results/', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core is editor-independent: use it from src/vscode adapters instead.' }],
          patterns: [{ group: ['**/vscode/**', '../vscode', '../../vscode'], message: 'src/core must not depend on the editor adapters.' }],
        },
      ],
    },
  },
);
