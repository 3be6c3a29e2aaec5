// Lint guards the architecture's rooms (see README, "How the code is laid out"):
// - src/kernel imports nothing else from src/;
// - src/python imports only the kernel's syscall interface;
// - only src/ui imports react or framer-motion; only src/store and src/ui import zustand;
// - the engine (kernel, python, sim) stays pure: no clock, timers, randomness or DOM.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiOnly = [
  { name: 'react', message: 'Only src/ui may import React.' },
  { name: 'react-dom', message: 'Only src/ui may import React.' },
  { name: 'framer-motion', message: 'Only src/ui may import framer-motion.' },
];
const uiOnlyPatterns = [
  { group: ['react/*', 'react-dom/*', 'framer-motion/*'], message: 'Only src/ui may import React or framer-motion.' },
];
const zustand = [{ name: 'zustand', message: 'Only src/store and src/ui may import zustand.' }];
const zustandPatterns = [{ group: ['zustand/*'], message: 'Only src/store and src/ui may import zustand.' }];
const notUi = [{ group: ['**/ui', '**/ui/**'], message: 'Only src/ui (and the entry point) may import the UI.' }];

const impure = [
  { object: 'Math', property: 'random', message: 'The engine is deterministic: take randomness from the seeded PRNG.' },

  { object: 'performance', property: 'now', message: 'The engine is pure: time is passed in.' },
];
const impureGlobals = [
  { name: 'Date', message: 'The engine is pure: time is passed in.' },
  { name: 'setTimeout', message: 'The engine is pure: no timers.' },
  { name: 'setInterval', message: 'The engine is pure: no timers.' },
  { name: 'document', message: 'The engine has no DOM.' },
  { name: 'window', message: 'The engine has no DOM.' },
  { name: 'localStorage', message: 'The engine does no I/O.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'bench/out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'src/python/grammar/*.js', 'public/sw.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/kernel/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...uiOnly, ...zustand],
        patterns: [...uiOnlyPatterns, ...zustandPatterns,
          { group: ['../*', '!../kernel', '!../kernel/**'], message: 'src/kernel imports nothing else from src/.' },
          { group: ['**/python', '**/python/**', '**/sim', '**/sim/**', '**/store', '**/store/**', '**/ui', '**/ui/**', '**/scenarios/**', '**/slides/**', '**/quiz/**'], message: 'src/kernel imports nothing else from src/.' }],
      }],
      'no-restricted-properties': ['error', ...impure],
      'no-restricted-globals': ['error', ...impureGlobals],
    },
  },
  {
    files: ['src/python/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...uiOnly, ...zustand],
        patterns: [...uiOnlyPatterns, ...zustandPatterns,
          // Any path into src/kernel except exactly .../kernel/syscalls.
          { regex: '(^|/)kernel(/(?!syscalls$).*)?$', message: 'src/python may import only the kernel\'s syscall interface (src/kernel/syscalls).' },
          { group: ['**/sim', '**/sim/**', '**/store', '**/store/**', '**/ui', '**/ui/**', '**/scenarios/**', '**/slides/**', '**/quiz/**', '**/share/**'], message: 'src/python may import only the kernel\'s syscall interface (src/kernel/syscalls).' }],
      }],
      'no-restricted-properties': ['error', ...impure],
      'no-restricted-globals': ['error', ...impureGlobals],
    },
  },
  {
    files: ['src/python/**/*.test.ts', 'src/kernel/**/*.test.ts', 'src/python/testing.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...uiOnly, ...zustand], patterns: [...uiOnlyPatterns, ...zustandPatterns, ...notUi, { group: ['**/store', '**/store/**'], message: 'src/sim is below the store.' }] }],
      'no-restricted-properties': ['error', ...impure],
      'no-restricted-globals': ['error', ...impureGlobals],
    },
  },
  {
    files: ['src/scenarios/**/*.ts', 'src/slides/**/*.ts', 'src/quiz/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...uiOnly, ...zustand], patterns: [...uiOnlyPatterns, ...zustandPatterns, ...notUi] }],
    },
  },
  {
    // src/share is a pure room: the session codec (links, files). No React, zustand, store or UI.
    files: ['src/share/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...uiOnly, ...zustand], patterns: [...uiOnlyPatterns, ...zustandPatterns, ...notUi,
        { group: ['**/store', '**/store/**'], message: 'src/share is below the store.' }] }],
      'no-restricted-globals': ['error', ...impureGlobals.filter((g) => ['document', 'window', 'localStorage'].includes(g.name))],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: uiOnly, patterns: [...uiOnlyPatterns, ...notUi,
        { group: ['**/kernel', '**/kernel/**', '**/python', '**/python/**'], message: 'The store calls src/sim only; it never reaches into the kernel or the interpreter.' }] }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/kernel', '**/kernel/**', '**/python', '**/python/**'], message: 'React never reaches into the kernel or the interpreter: read the store.' }] }],
    },
  },
);
