/**
 * The program editor, loaded on demand: CodeMirror is about 150 KB gzip, so it is never part of the
 * initial JavaScript. `preloadEditor()` starts the download early (e.g. on hovering "Edit").
 */
import { lazy } from 'react';

const load = () => import('./CodeEditor');
let started: ReturnType<typeof load> | null = null;

export function preloadEditor(): void {
  started ??= load();
}

export const LazyCodeEditor = lazy(() => {
  preloadEditor();
  return started!;
});

export type { CodeEditorProps, SyntaxErrorMark } from './CodeEditor';
export { PythonSwitch, type PythonSwitchProps } from './PythonSwitch';
