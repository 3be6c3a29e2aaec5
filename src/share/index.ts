/**
 * The share room: a whole session as a compact link, as a JSON file, and back, checked strictly.
 * Pure: no React, no store, no DOM; the UI calls these.
 */
export {
  encodeSession,
  decodeSession,
  sessionToJson,
  sessionFromJson,
  sessionBody,
  shareTextFromHash,
  toBase64Url,
  fromBase64Url,
  deflate,
  inflate,
  SHARE_ROUTE,
  LINK_VERSION,
  MAX_ENCODED,
  MAX_JSON,
  FILE_FORMAT,
  type DecodeResult,
} from './codec';
export { validateSpec, validateShared, packActions, unpackActions, LIMITS, InvalidSession, type SharedSession } from './validate';
export { actionsOf, replay } from './replay';
