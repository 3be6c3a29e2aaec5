/**
 * With the simulator: the lecture session run to the end and exported as pcap (decoded by tshark
 * where it is installed), and a shared session replayed to exactly the same moment.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, getView, goTo, lectureSession, runUntilIdle, stepBack, stepForward, toPcap, wireSegments } from '../sim';
import { decodeSession, encodeSession, sessionFromJson, sessionToJson } from './codec';
import { actionsOf, replay } from './replay';
import { findTshark, payloadText, TSHARK_MISSING, tsharkRows } from './tshark';

const tshark = findTshark();
if (!tshark) console.warn(`SKIPPED: ${TSHARK_MISSING}`);
const GOOD = '1';

describe.skipIf(!tshark)('the lecture run as a pcap file', () => {
  it('decodes in tshark: handshake, "Hello Server!", FIN, good checksums', () => {
    const sim = createSimulation({ ...lectureSession(1), stepBudget: 400 });
    runUntilIdle(sim);
    const segs = wireSegments(sim.records, sim.step);
    expect(segs.length).toBeGreaterThanOrEqual(6);
    const rows = tsharkRows(tshark!, toPcap(segs));
    expect(rows.length).toBe(segs.length);
    const flags = rows.map((r) => r['tcp.flags.str'].replace(/·/g, '.'));
    const at = (f: string) => flags.findIndex((x) => x === f);
    const syn = at('..........S.'), synAck = at('.......A..S.');
    expect(syn).toBeGreaterThanOrEqual(0);
    expect(synAck).toBeGreaterThan(syn);
    expect(flags[synAck + 1]).toBe('.......A....');
    const data = rows.findIndex((r) => payloadText(r['tcp.payload']) === 'Hello Server!');
    expect(data).toBeGreaterThan(synAck);
    expect(rows[data]['ip.src']).toBe('10.0.0.2');
    expect(rows[data]['ip.dst']).toBe('10.0.0.1');
    expect(rows[data]['tcp.dstport']).toBe('50000');
    const fin = flags.findIndex((f) => f.endsWith('F'));
    expect(fin).toBeGreaterThan(data);
    expect(rows[fin]['ip.src']).toBe('10.0.0.2');
    for (const [i, r] of rows.entries()) {
      expect(r['tcp.checksum.status'], `frame ${i + 1}`).toBe(GOOD);
      expect(r['ip.checksum.status'], `frame ${i + 1}`).toBe(GOOD);
      expect(r['_ws.expert.message']).not.toMatch(/malformed|checksum/i);
    }
    // Simulated time: the SYN-ACK comes one link latency after the SYN.
    const dt = Number(rows[synAck]['frame.time_epoch']) - Number(rows[syn]['frame.time_epoch']);
    expect(dt).toBeCloseTo(lectureSession(1).latencyMs / 1000, 4);
  });
});

describe('a shared session replays to the same moment', () => {
  it('through a link and through a file, with chosen steps and a step back', async () => {
    const spec = lectureSession(2);
    const sim = createSimulation(spec);
    for (let i = 0; i < 12; i++) stepForward(sim);
    stepForward(sim, 'client2');
    stepForward(sim, 'client2');
    for (let i = 0; i < 30; i++) stepForward(sim);
    goTo(sim, 25);
    stepBack(sim);
    const view = getView(sim);
    const actions = actionsOf(sim);
    expect(actions.filter((a) => a === 'client2').length).toBeGreaterThanOrEqual(1);

    const link = await encodeSession(spec, sim.step, actions);
    const back = await decodeSession(link);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const again = replay(back);
    expect(again.step).toBe(sim.step);
    expect(again.records.length).toBe(sim.records.length);
    expect(getView(again)).toEqual(view);

    const file = sessionFromJson(sessionToJson(spec, sim.step, actions));
    expect(file.ok && getView(replay(file))).toEqual(view);
  });

  it('the lecture session link is small', async () => {
    const sim = createSimulation(lectureSession(1));
    runUntilIdle(sim, 60);
    const link = await encodeSession(sim.spec, sim.step, actionsOf(sim));
    console.log(`lecture session link: ${link.length} bytes at step ${sim.step} (#/s/ + ${link.length})`);
    expect(link.length).toBeLessThan(1000);
  });
});
