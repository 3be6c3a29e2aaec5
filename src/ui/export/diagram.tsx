/**
 * The whole sequence diagram as SVG text. The panel on screen draws only the part of the ladder in
 * sight, so for the file the ladder is drawn once more, whole, out of sight, with the panel's own
 * component (the same drawing and styles), serialized, and removed.
 */
import type { ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { SimView } from '../../sim/types';
import type { Highlight } from '../../store';
import { diagramSvgText, findDiagramSvg, findLadderHead } from './svg';

interface LadderProps {
  view: SimView;
  lit: Highlight | null;
  relative: boolean;
  win: { top: number; height: number };
}

export async function wholeDiagramSvgText(view: SimView, relative: boolean): Promise<string | null> {
  const mod = (await import('../SequencePanel')) as unknown as { Ladder?: ComponentType<LadderProps> };
  const Ladder = mod.Ladder;
  // Without the panel's ladder to draw with, the diagram on screen is what there is.
  if (!Ladder) return diagramSvgText();
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.setAttribute('inert', '');
  host.style.cssText = 'position:fixed;left:-200000px;top:0;opacity:0;pointer-events:none;contain:layout paint;';
  document.body.appendChild(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(<Ladder view={view} lit={null} relative={relative} win={{ top: 0, height: 1e9 }} />));
    const svg = host.querySelector<SVGSVGElement>('svg');
    return svg ? diagramSvgText(svg, findLadderHead(svg)) : diagramSvgText(findDiagramSvg());
  } finally {
    root.unmount();
    host.remove();
  }
}
