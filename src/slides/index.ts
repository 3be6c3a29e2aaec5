export { DECK, slideNumber } from './deck';
export { SECTIONS, sectionOf } from './sections';
export { DECK_SESSIONS, sessionSpec, lineOf } from './sessions';
export { matches, describe, resolvePreset, resolveOn, MAX_PRESET_STEPS, type Resolution } from './predicates';
export type * from './types';
