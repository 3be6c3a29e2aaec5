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
 * Copy the computed look of `source` onto `target` (one element) as a style attribute: inherited properties only
 * where they differ from the parent's (so the file stays small), the others where they differ from
 * their initial value. Classes and interaction attributes are dropped.
 */
function inlineOne(source: Element, target: Element, parent: CSSStyleDeclaration | null) {
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
}

function background(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/** The hosts' names and addresses, drawn by the app above the ladder in HTML (it stays in sight while scrolling). */
export function findLadderHead(svg: SVGSVGElement | null): HTMLElement | null {
  return (svg?.parentElement?.querySelector('.ladder-head') as HTMLElement | null) ?? null;
}

function textFrom(el: Element | null, x: number, y: number): SVGTextElement | null {
  if (!el?.textContent) return null;
  const cs = getComputedStyle(el);
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('text-anchor', 'middle');
  t.setAttribute('style', `fill:${cs.color};font-family:${cs.fontFamily};font-size:${cs.fontSize};font-weight:${cs.fontWeight}`);
  t.textContent = el.textContent;
  return t;
}

/**
 * The diagram as the text of a standalone .svg file, or null when there is no diagram on the page.
 * `head` (the hosts' names above the ladder, in HTML) becomes a band of SVG text on top.
 */
export function diagramSvgText(svg: SVGSVGElement | null = findDiagramSvg(), head: HTMLElement | null = findLadderHead(svg)): string | null {
  if (!svg) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // The wide transparent strokes that make arrows easy to hover draw nothing: leave them out.
  for (const el of [...clone.querySelectorAll('.hit')]) el.remove();
  const originals = [...svg.querySelectorAll('.hit')];
  for (const el of originals) el.setAttribute('data-export-skip', '');
  try {
    inlineStylesSkipping(svg, clone);
  } finally {
    for (const el of originals) el.removeAttribute('data-export-skip');
  }
  const vb = svg.viewBox.baseVal;
  const w = vb?.width || svg.width.baseVal.value || svg.getBoundingClientRect().width;
  const h = vb?.height || svg.height.baseVal.value || svg.getBoundingClientRect().height;
  const spans = head ? [...head.children].filter((c): c is HTMLElement => c instanceof HTMLElement) : [];
  const band = spans.length ? 52 : 0;

  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('version', '1.1');
  out.setAttribute('width', String(w));
  out.setAttribute('height', String(h + band));
  out.setAttribute('viewBox', `0 0 ${w} ${h + band}`);
  const rootStyle = clone.getAttribute('style');
  if (rootStyle) out.setAttribute('style', rootStyle);
  // A title for viewers and screen readers, and the panel's background so light text stays readable.
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = `Socket Lab sequence diagram${svg.getAttribute('aria-label') ? `: ${svg.getAttribute('aria-label')}` : ''}`;
  out.appendChild(title);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background(svg));
  out.appendChild(bg);
  for (const span of spans) {
    const x = parseFloat(span.style.left);
    if (!Number.isFinite(x)) continue;
    const name = textFrom(span.querySelector('.lifeline-name') ?? span.children[0] ?? null, x, 20);
    const addr = textFrom(span.querySelector('.lifeline-addr') ?? span.children[1] ?? null, x, 40);
    if (name) out.appendChild(name);
    if (addr) out.appendChild(addr);
  }
  const body = document.createElementNS(SVG_NS, 'g');
  if (band) body.setAttribute('transform', `translate(0 ${band})`);
  while (clone.firstChild) body.appendChild(clone.firstChild);
  out.appendChild(body);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(out) + '\n';
}

/** inlineStyles over source and clone, stepping over source elements that were left out of the clone. */
function inlineStylesSkipping(source: Element, target: Element) {
  const walk = (src: Element, tgt: Element, parent: CSSStyleDeclaration | null) => {
    inlineOne(src, tgt, parent);
    const cs = getComputedStyle(src);
    const sc = [...src.children].filter((c) => !c.hasAttribute('data-export-skip'));
    const tc = [...tgt.children];
    for (let i = 0; i < sc.length && i < tc.length; i++) walk(sc[i], tc[i], cs);
  };
  walk(source, target, null);
}
