/**
 * The scenario library: classroom demos as data, a session for the simulator from each, and a
 * search over them.
 *
 * ```ts
 * import { SCENARIOS, scenarioById, toSession, searchScenarios } from '../scenarios';
 * const sim = createSimulation(toSession(scenarioById('backlog-full-slow-accept')!));
 * ```
 */
import type { SessionSpec } from '../sim/types';
import { BACKLOG_SCENARIOS } from './backlog';
import { DATA_SCENARIOS } from './data';
import { ERROR_SCENARIOS } from './errors';
import { FLOW_SCENARIOS } from './flow';
import { SECTIONS, type Scenario, type SectionId } from './types';

export * from './types';
export { FIXED_LECTURE_SERVER, LECTURE_CLIENT_PY3_FIXED } from './programs';

const ORDER = new Map<SectionId, number>(SECTIONS.map((s, i) => [s.id, i]));

/** Every scenario, in the order of the lecture's sections (stable within a section). */
export const SCENARIOS: Scenario[] = [...FLOW_SCENARIOS, ...BACKLOG_SCENARIOS, ...ERROR_SCENARIOS, ...DATA_SCENARIOS]
  .map((s, i) => ({ s, i }))
  .sort((a, b) => ORDER.get(a.s.section)! - ORDER.get(b.s.section)! || a.i - b.i)
  .map(({ s }) => s);

const BY_ID = new Map(SCENARIOS.map((s) => [s.id, s]));

export function scenarioById(id: string): Scenario | undefined {
  return BY_ID.get(id);
}

/** The scenarios of one lecture section. */
export function scenariosInSection(section: SectionId): Scenario[] {
  return SCENARIOS.filter((s) => s.section === section);
}

/** The session the simulator runs for a scenario (a fresh copy: the caller may edit it). */
export function toSession(s: Scenario): SessionSpec {
  return structuredClone({
    programs: s.programs,
    topology: s.topology,
    latencyMs: s.latencyMs,
    seed: s.seed,
    stepBudget: s.stepBudget,
    faults: s.faults,
  });
}

function norm(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[_\-–—]/g, ' ');
}

function words(text: string): string[] {
  return norm(text)
    .split(/[^a-z0-9()'.+]+/)
    .map((w) => w.replace(/^[('.]+|[)'.]+$/g, ''))
    .filter(Boolean);
}

export interface ScenarioHit {
  scenario: Scenario;
  score: number;
}

/**
 * Search titles, summaries and tags, case-insensitively. Every word of the query must match
 * somewhere (a prefix of a word counts); hits are ranked by where they match: a tag or title
 * beats the summary, a whole word beats a prefix, and the whole query as a phrase scores extra.
 * An empty query returns every scenario in library order.
 */
export function searchScenarios(query: string): Scenario[] {
  return rankScenarios(query).map((h) => h.scenario);
}

export function rankScenarios(query: string): ScenarioHit[] {
  const q = words(query);
  if (q.length === 0) return SCENARIOS.map((scenario) => ({ scenario, score: 0 }));
  const phrase = norm(query).trim();
  const hits: ScenarioHit[] = [];
  for (const scenario of SCENARIOS) {
    const fields: { words: string[]; text: string; weight: number }[] = [
      { words: words(scenario.title), text: norm(scenario.title), weight: 4 },
      { words: scenario.tags.flatMap(words), text: scenario.tags.map(norm).join(' | '), weight: 3 },
      { words: words(scenario.id), text: norm(scenario.id), weight: 2 },
      { words: words(scenario.summary), text: norm(scenario.summary), weight: 1 },
    ];
    let score = 0;
    let all = true;
    for (const w of q) {
      let best = 0;
      for (const f of fields) {
        if (f.words.includes(w)) best = Math.max(best, f.weight * 2);
        else if (f.words.some((x) => x.startsWith(w))) best = Math.max(best, f.weight);
        else if (w.length >= 3 && f.text.includes(w)) best = Math.max(best, f.weight * 0.5);
      }
      if (best === 0) {
        all = false;
        break;
      }
      score += best;
    }
    if (!all) continue;
    if (q.length > 1) for (const f of fields) if (f.text.includes(phrase)) score += f.weight * 3;
    if (scenario.tags.some((t) => norm(t) === phrase)) score += 10;
    hits.push({ scenario, score });
  }
  return hits.sort((a, b) => b.score - a.score || SCENARIOS.indexOf(a.scenario) - SCENARIOS.indexOf(b.scenario));
}
