import { useEffect, useState } from 'react';

/** Projection mode (large type, high contrast), remembered across reloads. */
export function useProjection(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState<boolean>(() => {
    try {
      return localStorage.getItem('socket-lab-projection') === '1';
    } catch {
      return false;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem('socket-lab-projection', on ? '1' : '0');
    } catch {
      /* storage may be unavailable */
    }
  }, [on]);
  return [on, setOn];
}

export function useReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduced, setReduced] = useState(() => typeof window !== 'undefined' && !!window.matchMedia?.(query).matches);
  useEffect(() => {
    const q = window.matchMedia?.(query);
    if (!q) return;
    const on = () => setReduced(q.matches);
    q.addEventListener('change', on);
    return () => q.removeEventListener('change', on);
  }, []);
  return reduced;
}

/** The workspace's theme choice applies to the deck too (projection mode overrides it). */
export function useStoredTheme(): void {
  useEffect(() => {
    try {
      const t = localStorage.getItem('socket-lab-theme');
      if (t === 'dark' || t === 'light' || t === 'contrast') document.documentElement.dataset.theme = t;
    } catch {
      /* ignore */
    }
  }, []);
}

export const clampIndex = (i: number, n: number) => Math.max(0, Math.min(n - 1, i));
