/**
 * The sequence diagram as a standalone SVG file: the diagram's <svg> is found by its region's name
 * ("Sequence diagram"), cloned, and every element gets the computed styles it is drawn with (the
 * theme's CSS variables resolved), so the file looks the same in a browser, Inkscape or a slide.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties that decide how SVG shapes and text look, and whether children inherit them. */
const INHERITED = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap',
  'stroke-linejoin', 'visibility', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'letter-spacing',
  'paint-order',
] as const;
/** Not inherited: written where they differ from their initial value. */
const OWN: Record<string, string> = { opacity: '1', display: 'inline', 'dominant-baseline': 'auto', 'text-decoration-line': 'none' };

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

/**
 * Copy the computed look of `source` onto `target` as a style attribute: inherited properties only
 * where they differ from the parent's (so the file stays small), the others where they differ from
 * their initial value. Classes and interaction attributes are dropped.
 */
function inlineStyles(source: Element, target: Element, parent: CSSStyleDeclaration | null) {
  const cs = getComputedStyle(source);
  const decl: string[] = [];
  for (const p of INHERITED) {
    const v = cs.getPropertyValue(p);
    if (v !== '' && (!parent || parent.getPropertyValue(p) !== v)) decl.push(`${p}:${v}`);
  }
  for (const [p, initial] of Object.entries(OWN)) {
    const v = cs.getPropertyValue(p);
    if (v !== '' && v !== initial && !(p === 'display' && (v === 'block' || v === 'inline'))) decl.push(`${p}:${v}`);
  }
  if (decl.length) target.setAttribute('style', decl.join(';'));
  else target.removeAttribute('style');
  for (const a of ['class', 'tabindex', 'role', 'aria-pressed', 'aria-label', 'data-segment']) target.removeAttribute(a);
  const sc = source.children, tc = target.children;
  for (let i = 0; i < sc.length && i < tc.length; i++) inlineStyles(sc[i], tc[i], cs);
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
  inlineStyles(svg, clone, null);
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
