import { describe, expect, it } from 'vitest';
import { SCENARIOS, rankScenarios, scenarioById, searchScenarios, toSession, SECTIONS } from './index';

// These tests need no simulator: they run even while the kernel is being built.
describe('the scenario library', () => {
  it('has unique URL-safe ids and complete data', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SCENARIOS) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.title.length).toBeGreaterThan(5);
      expect(s.summary).not.toMatch(/\n/);
      expect(s.tags.length).toBeGreaterThan(2);
      expect(SECTIONS.some((x) => x.id === s.section)).toBe(true);
      expect(s.notes.watch && s.notes.happens && s.notes.why).toBeTruthy();
      expect(s.notes.tryThis.length).toBeGreaterThan(0);
      for (const id of Object.keys(s.expect)) expect(s.programs.some((p) => p.id === id)).toBe(true);
      for (const r of s.related) expect(scenarioById(r), `${s.id} relates to ${r}`).toBeDefined();
    }
  });

  it('covers what the issue asks for', () => {
    for (const id of [
      'lecture-one-client',
      'lecture-three-clients',
      'backlog-full-slow-accept',
      'backlog-lecture-35-clients',
      'connection-refused',
      'address-in-use',
      'address-in-use-reuseaddr',
      'eof-spin',
      'eof-fix',
      'blocking-vs-select-server',
      'select-server-serves-all',
      'stream-two-sends-one-recv',
      'stream-recv-chunks',
      'msg-peek-dontwait',
      'python3-str-vs-bytes',
      'python3-bytes-fix',
      'half-close-shutdown',
      'close-unread-data-rst',
      'udp-echo',
      'lost-syn-ack',
      'select-timeout-tick',
    ])
      expect(scenarioById(id), id).toBeDefined();
  });

  it('makes a session that is a copy', () => {
    const s = scenarioById('lecture-one-client')!;
    const spec = toSession(s);
    expect(spec.programs.map((p) => p.id)).toEqual(['server', 'client1']);
    expect(spec.topology).toBe('lecture');
    spec.programs[0].source = 'changed';
    expect(s.programs[0].source).not.toBe('changed');
  });
});

describe('searchScenarios', () => {
  it('is case-insensitive and matches titles, summaries and tags', () => {
    expect(searchScenarios('BACKLOG').map((s) => s.id)).toEqual(expect.arrayContaining(['backlog-full-slow-accept', 'backlog-lecture-35-clients']));
    expect(searchScenarios('reuseaddr')[0].section).toBe('binding');
    expect(searchScenarios('udp')[0].id).toBe('udp-echo');
    expect(searchScenarios('ConnectionResetError').map((s) => s.id)).toEqual(['close-unread-data-rst']);
  });

  it('ranks title and tag hits above summary-only hits', () => {
    const ids = searchScenarios('select').map((s) => s.id);
    expect(ids.indexOf('select-timeout-tick')).toBeLessThan(ids.indexOf('lecture-one-client'));
    const hits = rankScenarios('eof');
    expect(hits[0].scenario.id).toMatch(/^eof-/);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
  });

  it('needs every word, accepts prefixes, and returns everything for an empty query', () => {
    expect(searchScenarios('address in use').map((s) => s.id)[0]).toBe('address-in-use');
    expect(searchScenarios('refus').map((s) => s.id)).toContain('connection-refused');
    expect(searchScenarios('udp backlog')).toEqual([]);
    expect(searchScenarios('zzzz')).toEqual([]);
    expect(searchScenarios('  ')).toHaveLength(SCENARIOS.length);
  });
});

