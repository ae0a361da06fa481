// ESLint flat config: typescript-eslint type-checked rules, lit and web-component rules, Prettier last
// (eslint-config-prettier turns off every stylistic rule that Prettier owns). `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const TS = ['src', 'test', 'mocks', 'stories', 'scripts', 'demo'].map((dir) => `${dir}/**/*.ts`);

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'storybook-static/**', 'coverage/**'] },
  {
    files: [...TS, 'scripts/**/*.mjs', 'eslint.config.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: TS,
    // recommendedTypeChecked, not strictTypeChecked: strict adds rules whose findings here are mostly
    // style (no-confusing-void-expression on `() => void call()` handlers, restrict-template-expressions
    // on numbers in messages) rather than bugs; the strict rules that do catch bugs are added below.
    extends: [
      ...tseslint.configs.recommendedTypeChecked,
      lit.configs['flat/recommended'],
      wc.configs['flat/recommended'],
      wc.configs['flat/best-practice'],
    ],
    languageOptions: {
      // tsconfig.eslint.json: tsconfig.json plus demo/ (which has no type check of its own).
      parserOptions: { project: ['./tsconfig.eslint.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // With noUncheckedIndexedAccess on, a `!` hides a possibly missing item: use a guard, a right
      // default, or `at`/`must` from src/model/at.ts (they throw a clear error when a proof breaks).
      '@typescript-eslint/no-non-null-assertion': 'error',
      // Unused parameters named `_x` are placeholders (callbacks whose first arguments are not needed).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Off: an `async` method without `await` is how an adapter's `fetch` (an interface that returns a
      // promise) turns its own throws into rejections; the rule would ask for `Promise.resolve` wrappers.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests, stories and mocks index fixtures they built a line above; a `!` there states what the
    // test expects, and a wrong one fails the test at once, so the rule stays for shipped code only.
    files: ['test/**/*.ts', 'stories/**/*.ts', 'mocks/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Tests read parsed JSON (responses, exported files) and check it with `expect`: a wrong shape fails
    // the assertion, so typing every fixture would add casts, not safety. `expect(obj.method)` passes a
    // method unbound on purpose (to assert on the spy).
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
