/**
 * A whole session in a link: JSON, compressed with zlib's deflate (whose Adler-32 check catches a
 * damaged link), in base64url, behind a version prefix: `v1.<base64url>`. The app puts it in the
 * address as `#/s/v1.…`.
 *
 * Decoding never trusts the text: sizes are capped before and while inflating (no zip bombs),
 * bytes must be valid UTF-8, the JSON must parse, and the result goes through the strict schema
 * check of ./validate. Nothing is evaluated; what comes out is plain data for the simulator.
 */
import type { SessionSpec } from '../sim/types';
import { InvalidSession, packActions, validateShared, type SharedSession } from './validate';

export const LINK_VERSION = 'v1';
/** The longest encoded text accepted (characters after the prefix). */
export const MAX_ENCODED = 256 * 1024;
/** The most bytes a link may inflate to. */
export const MAX_JSON = 256 * 1024;
/** The hash route of a session link. */
export const SHARE_ROUTE = '#/s/';

export type DecodeResult = ({ ok: true } & SharedSession) | { ok: false; error: string };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += B64[n >> 18] + B64[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63];
  }
  return out;
}

/** Base64url without padding to bytes; null if any character is not base64url or the length is impossible. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? B64_INDEX[c] : -1;
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out.subarray(0, o);
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new InvalidSession(`it unpacks to more than ${Math.round(limit / 1024)} KB`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

async function pipeThrough(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Errors surface on the readable side; the writer's own promises are only kept from going unhandled.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  return readAll(transform.readable as ReadableStream<Uint8Array>, limit);
}

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return pipeThrough(bytes, new CompressionStream('deflate'), Number.MAX_SAFE_INTEGER);
}

export async function inflate(bytes: Uint8Array, limit = MAX_JSON): Promise<Uint8Array> {
  return pipeThrough(bytes, new DecompressionStream('deflate'), limit);
}

/** The plain-data body of a link or file. Program choices are stored as run-length pairs. */
export function sessionBody(spec: SessionSpec, step: number, actions: (string | null)[] = []) {
  return { spec, actions: packActions(actions, spec), step };
}

/** A session (spec, the actions behind its steps, and the current step) as link text `v1.…`. */
export async function encodeSession(spec: SessionSpec, step: number, actions: (string | null)[] = []): Promise<string> {
  const json = JSON.stringify(sessionBody(spec, step, actions));
  return `${LINK_VERSION}.${toBase64Url(await deflate(new TextEncoder().encode(json)))}`;
}

function message(e: unknown): string {
  if (e instanceof InvalidSession) return e.message;
  return 'it is damaged or incomplete';
}

/** Link text back to a session; never throws, never runs anything. */
export async function decodeSession(text: unknown): Promise<DecodeResult> {
  if (typeof text !== 'string') return { ok: false, error: 'The link holds no session.' };
  let t = text.trim();
  if (t.startsWith(SHARE_ROUTE)) t = t.slice(SHARE_ROUTE.length);
  const dot = t.indexOf('.');
  const version = dot < 0 ? '' : t.slice(0, dot);
  if (version !== LINK_VERSION) {
    return { ok: false, error: /^v\d+$/.test(version) ? `The link was made by a newer Socket Lab (format ${version.slice(0, 8)}).` : 'The link holds no session.' };
  }
  const body = t.slice(dot + 1);
  if (body.length === 0) return { ok: false, error: 'The session link is empty.' };
  if (body.length > MAX_ENCODED) return { ok: false, error: `The session link is too long (over ${MAX_ENCODED / 1024} KB).` };
  const bytes = fromBase64Url(body);
  if (!bytes) return { ok: false, error: 'The session link is damaged: it has characters a link never holds, or was cut short.' };
  try {
    const raw = await inflate(bytes);
    const json = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    const data: unknown = JSON.parse(json);
    return { ok: true, ...validateShared(data) };
  } catch (e) {
    return { ok: false, error: `The session link could not be opened: ${message(e)}.` };
  }
}

/** The link text in a location hash (`#/s/v1.…`), or null when the hash is not a session link. */
export function shareTextFromHash(hash: string): string | null {
  return hash.startsWith(SHARE_ROUTE) ? hash.slice(SHARE_ROUTE.length) : null;
}

export const FILE_FORMAT = 'socket-lab-session';

/** A session as a JSON file (readable and diffable: the programs are plain strings). */
export function sessionToJson(spec: SessionSpec, step: number, actions: (string | null)[] = []): string {
  return JSON.stringify({ format: FILE_FORMAT, version: 1, ...sessionBody(spec, step, actions) }, null, 2) + '\n';
}

/** A JSON session file back to a session, checked like a link. */
export function sessionFromJson(text: unknown): DecodeResult {
  if (typeof text !== 'string') return { ok: false, error: 'The file holds no session.' };
  if (text.length > MAX_JSON) return { ok: false, error: `The file is too large for a session (over ${MAX_JSON / 1024} KB).` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not a Socket Lab session: it is not valid JSON.' };
  }
  const o = data as Record<string, unknown> | null;
  if (typeof o !== 'object' || o === null || Array.isArray(o) || o.format !== FILE_FORMAT) {
    return { ok: false, error: 'The file is not a Socket Lab session.' };
  }
  if (o.version !== 1) return { ok: false, error: 'The session file was made by a newer Socket Lab.' };
  try {
    return { ok: true, ...validateShared(data) };
  } catch (e) {
    return { ok: false, error: `The session file could not be opened: ${message(e)}.` };
  }
}
