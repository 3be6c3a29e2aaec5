import { useEffect, useRef } from 'react';

export interface DeckKeyHandlers {
  next(): void;
  prev(): void;
  first(): void;
  last(): void;
  play(): void;
  fullscreen?(): void;
  overview?(): void;
  presenter?(): void;
  projection?(): void;
}

function isTyping(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName));
}
function activatesOnSpace(t: EventTarget | null): boolean {
  return t instanceof Element && (['BUTTON', 'A', 'SUMMARY'].includes(t.tagName) || t.getAttribute('role') === 'button');
}

/**
 * The deck's keys: → ← and PageDown PageUp (what presentation clickers send) move, Space plays,
 * Home and End jump, F fullscreen, O overview, P presenter window, C projection mode.
 * Keys are left alone while a form field has focus, with a modifier held, or while a dialog is open.
 */
export function useDeckKeys(h: DeckKeyHandlers, enabled = true): void {
  const ref = useRef(h);
  useEffect(() => {
    ref.current = h;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const k = ref.current;
      let handled = true;
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
          k.next();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          k.prev();
          break;
        case 'Home':
          k.first();
          break;
        case 'End':
          k.last();
          break;
        case ' ':
        case 'Spacebar':
          if (activatesOnSpace(e.target)) handled = false;
          else k.play();
          break;
        case 'f':
        case 'F':
          if (k.fullscreen) k.fullscreen();
          else handled = false;
          break;
        case 'o':
        case 'O':
          if (k.overview) k.overview();
          else handled = false;
          break;
        case 'p':
        case 'P':
          if (k.presenter) k.presenter();
          else handled = false;
          break;
        case 'c':
        case 'C':
          if (k.projection) k.projection();
          else handled = false;
          break;
        default:
          handled = false;
      }
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

export async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    /* fullscreen may be refused (no user gesture, iframe): ignore */
  }
}
