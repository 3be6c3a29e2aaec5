/**
 * Everything the kernel does is recorded as a KEvent. Events live OUTSIDE the
 * kernel state (in a WeakMap keyed by the kernel object) so structuredClone()
 * snapshots stay small; the UI drains them after every step.
 */
import type { Cause, Kernel, Segment, TcpState } from './types';

export type KEvent =
  | { t: 'syscall'; time: number; cause: Cause; pid: number; name: string; args: unknown; result: 'ok' | 'err' | 'block'; value?: unknown; errno?: number; reason?: string }
  | { t: 'segment'; time: number; cause: Cause; what: 'sent' | 'delivered' | 'dropped' | 'duplicated' | 'delayed'; seg: Segment; reason?: string }
  | { t: 'state'; time: number; cause: Cause; sock: number; host: string; from: TcpState; to: TcpState; reason: string }
  | { t: 'queue'; time: number; cause: Cause; sock: number; queue: 'accept' | 'syn' | 'recv' | 'send'; op: 'add' | 'remove'; len: number; bytes?: number }
  | { t: 'socket'; time: number; cause: Cause; sock: number; host: string; what: 'created' | 'fd-closed' | 'destroyed' | 'accepted'; pid: number; fd: number; reason?: string }
  | { t: 'timer'; time: number; cause: Cause; sock: number; what: string }
  | { t: 'fault'; time: number; cause: Cause; what: string };

const logs = new WeakMap<Kernel, KEvent[]>();

/** Record one event (no-op when k.recording is false). */
let lastK: Kernel | null = null;
let lastLog: KEvent[] = [];

export function emit(k: Kernel, ev: KEvent): void {
  if (!k.recording) return;
  if (k !== lastK) {
    let log = logs.get(k);
    if (log === undefined) {
      log = [];
      logs.set(k, log);
    }
    lastK = k;
    lastLog = log;
  }
  lastLog.push(ev);
}

/** Events since the last drain, oldest first. A structuredClone of the kernel starts with none. */
export function drainEvents(k: Kernel): KEvent[] {
  const log = logs.get(k);
  if (log === undefined || log.length === 0) return [];
  const fresh: KEvent[] = [];
  logs.set(k, fresh);
  if (lastK === k) lastLog = fresh;
  return log;
}
