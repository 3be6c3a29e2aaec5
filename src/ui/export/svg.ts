/**
 * The sequence diagram as a standalone SVG file: the diagram's <svg> is found by its region's name
 * ("Sequence diagram"), cloned, and every element gets the computed styles it is drawn with (the
 * theme's CSS variables resolved), so the file looks the same in a browser, Inkscape or a slide.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties that decide how SVG shapes and text look. */
const PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'visibility', 'display', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'dominant-baseline', 'letter-spacing', 'paint-order', 'text-decoration',
] as const;

/** The region with this accessible name (aria-label, or the text of its aria-labelledby element). */
export function findRegion(name: string, root: ParentNode = document): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>('[role="region"], section[aria-label], section[aria-labelledby]')) {
    const label = el.getAttribute('aria-label')
      ?? (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
    if (label === name) return el;
  }
  return null;
}

/** The largest <svg> in the region (the diagram itself, not an icon). */
export function findDiagramSvg(regionName = 'Sequence diagram', root: ParentNode = document): SVGSVGElement | null {
  const region = findRegion(regionName, root);
  if (!region) return null;
  let best: SVGSVGElement | null = null;
  let area = -1;
  for (const svg of region.querySelectorAll<SVGSVGElement>('svg')) {
    if (svg.parentElement?.closest('svg')) continue;
    const vb = svg.viewBox?.baseVal;
    const a = vb && vb.width ? vb.width * vb.height : svg.getBoundingClientRect().width * svg.getBoundingClientRect().height;
    if (a > area) {
      best = svg;
      area = a;
    }
  }
  return best;
}

function inlineStyles(source: Element, target: Element) {
  const cs = getComputedStyle(source);
  const decl: string[] = [];
  for (const p of PROPS) {
    const v = cs.getPropertyValue(p);
    if (v !== '') decl.push(`${p}:${v}`);
  }
  if (decl.length) target.setAttribute('style', decl.join(';'));
  target.removeAttribute('class');
  target.removeAttribute('tabindex');
  target.removeAttribute('role');
  target.removeAttribute('aria-pressed');
  const sc = source.children, tc = target.children;
  for (let i = 0; i < sc.length && i < tc.length; i++) inlineStyles(sc[i], tc[i]);
}

function background(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/** The diagram as the text of a standalone .svg file, or null when there is no diagram on the page. */
export function diagramSvgText(svg: SVGSVGElement | null = findDiagramSvg()): string | null {
  if (!svg) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  const vb = svg.viewBox.baseVal;
  const w = vb?.width || svg.width.baseVal.value || svg.getBoundingClientRect().width;
  const h = vb?.height || svg.height.baseVal.value || svg.getBoundingClientRect().height;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('version', '1.1');
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${w} ${h}`);
  clone.removeAttribute('aria-label');
  // A title for viewers and screen readers, and the panel's background so light text stays readable.
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = `Socket Lab sequence diagram${svg.getAttribute('aria-label') ? `: ${svg.getAttribute('aria-label')}` : ''}`;
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('x', vb?.width ? String(vb.x) : '0');
  bg.setAttribute('y', vb?.height ? String(vb.y) : '0');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background(svg));
  const defs = clone.querySelector('defs');
  clone.insertBefore(bg, defs ? defs.nextSibling : clone.firstChild);
  clone.insertBefore(title, clone.firstChild);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone) + '\n';
}
