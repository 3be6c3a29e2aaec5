import { describe, expect, it } from 'vitest';
import { layout, separate } from './NetworkPanel';

const H = 56; // a label box's height (SEG_H)
const overlap = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe("the network panel's label boxes", () => {
  it('move apart when they would cover one another, and never onto a host', () => {
    const g = layout([{ name: 'server' }, { name: 'client1' }, { name: 'client2' }, { name: 'client3' }]);
    const box = (x: number, y: number, w = 220) => ({ from: { x: x - 100, y }, to: { x, y }, w });
    // three boxes at nearly the same place (segments sent a moment apart on neighbouring links)
    const placed = [box(400, 100), box(410, 110), box(420, 95)];
    separate(placed, g);
    const boxes = placed.map((p) => ({ x: p.to.x, y: p.to.y, w: p.w, h: H }));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
    for (const b of boxes) {
      for (const p of g.pos.values()) expect(overlap(b, { x: p.x, y: p.y, w: 170, h: g.boxH })).toBe(false);
      expect(b.y).toBeGreaterThanOrEqual(2);
      expect(b.y + H).toBeLessThanOrEqual(g.height - 2);
    }
    // the first keeps its place; a moved box starts as far aside as it ends (it travels parallel to its link)
    expect(placed[0].to).toEqual({ x: 400, y: 100 });
    for (const p of placed) expect(p.to.y - p.from.y).toBe(0);
  });

  it('leave boxes that do not meet where they are', () => {
    const g = layout([{ name: 'server' }, { name: 'client1' }]);
    const placed = [{ from: { x: 200, y: 20 }, to: { x: 250, y: 20 }, w: 200 }, { from: { x: 600, y: 120 }, to: { x: 500, y: 120 }, w: 200 }];
    separate(placed, g);
    expect(placed.map((p) => p.to)).toEqual([{ x: 250, y: 20 }, { x: 500, y: 120 }]);
  });
});
