/**
 * Kernel benchmark: 10,000 TCP connections to one server, each doing the
 * three-way handshake, 1 KB each way, and close. Run with `npx tsx bench/kernel.ts`.
 *
 * The clients live on other hosts (one-way latency 1 ms), so every segment goes
 * through the time queue, the fault wrapper and the event log (events are
 * drained as they would be by the UI). Connections run 100 at a time.
 */
import v8 from 'node:v8';
import * as K from '../src/kernel/syscalls';

const CONNS = Number(process.env.CONNS ?? 10000);
const BATCH = 100;
const CLIENT_HOSTS = 4;

function must<T>(r: K.Sys<T>, what: string): T {
  if (r.tag !== 'ok') throw new Error(`${what}: ${r.tag === 'err' ? K.errnoName(r.errno) : r.wait.reason}`);
  return r.value;
}

let peakHeap = 0;

function run(conns: number): { segments: number; ms: number; cpuMs: number; events: number } {
  const CONNS = conns;
  const hosts = K.lectureTopology(CLIENT_HOSTS);
  const k = K.createKernel({ seed: 42, hosts, latencyMs: 1, recording: process.env.NOREC ? false : true });
  const srv = K.spawnProcess(k, 'server');
  const lfd = must(K.sys_socket(k, srv, K.AF_INET, K.SOCK_STREAM, 0), 'socket');
  must(K.sys_setsockopt(k, srv, lfd, K.SOL_SOCKET, K.SO_REUSEADDR, 1), 'setsockopt');
  must(K.sys_bind(k, srv, lfd, { family: 2, host: '0.0.0.0', port: 50000 }), 'bind');
  must(K.sys_listen(k, srv, lfd, 4096), 'listen');
  const clients = hosts.slice(1).map((h) => K.spawnProcess(k, h.name));
  const req = new Uint8Array(1024).fill(65);
  const resp = new Uint8Array(1024).fill(66);
  let segments = 0;
  let events = 0;
  const drain = (): void => {
    for (const e of K.drainEvents(k)) {
      events++;
      if (e.t === 'segment' && e.what === 'sent') segments++;
    }
  };
  // Like the UI, drain the event log after every step of the run.
  const settle = (): void => {
    for (let d = K.nextDeadline(k); d !== null && d <= k.now + 5; d = K.nextDeadline(k)) K.advance(k, d);
    drain();
  };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let done = 0; done < CONNS; done += BATCH) {
    const n = Math.min(BATCH, CONNS - done);
    const cs: { pid: number; fd: number }[] = [];
    for (let i = 0; i < n; i++) {
      const pid = clients[(done + i) % clients.length]!;
      const fd = must(K.sys_socket(k, pid, K.AF_INET, K.SOCK_STREAM, 0), 'socket');
      const r = K.sys_connect(k, pid, fd, { family: 2, host: '10.0.0.1', port: 50000 });
      if (r.tag === 'err') throw new Error(`connect ${K.errnoName(r.errno)}`);
      cs.push({ pid, fd });
    }
    settle();
    const accepted: number[] = [];
    for (let i = 0; i < n; i++) accepted.push(must(K.sys_accept(k, srv, lfd), 'accept').fd);
    for (const c of cs) must(K.sys_send(k, c.pid, c.fd, req, 0), 'send');
    settle();
    for (const fd of accepted) {
      const got = must(K.sys_recv(k, srv, fd, 4096, 0), 'recv');
      if (got.length !== 1024) throw new Error(`server got ${got.length}`);
      must(K.sys_send(k, srv, fd, resp, 0), 'send');
    }
    settle();
    for (const c of cs) {
      const got = must(K.sys_recv(k, c.pid, c.fd, 4096, 0), 'recv');
      if (got.length !== 1024) throw new Error(`client got ${got.length}`);
      must(K.sys_close(k, c.pid, c.fd), 'close');
    }
    settle();
    for (const fd of accepted) must(K.sys_close(k, srv, fd), 'close');
    settle();
    drain();
    if ((done / BATCH) % 10 === 0) {
      const h = v8.getHeapStatistics().used_heap_size;
      if (h > peakHeap) peakHeap = h;
    }
  }
  const ms = performance.now() - t0;
  const cu = process.cpuUsage(c0);
  const cpuMs = (cu.user + cu.system) / 1000;
  drain();
  return { segments, ms, cpuMs, events };
}

// Warm up the JIT on a small run, then take the best of three full runs: the
// machine is shared, and the best run is the one least disturbed by others.
run(500);
let best = { segments: 0, ms: Infinity, cpuMs: Infinity, events: 0 };
for (let i = 0; i < 3; i++) {
  const r = run(CONNS);
  if (r.ms < best.ms) best = r;
}
const { segments, ms, cpuMs, events } = best;
const hs = v8.getHeapStatistics().used_heap_size;
if (hs > peakHeap) peakHeap = hs;
console.log(`kernel connections: ${CONNS}`);
console.log(`kernel segments: ${segments} (${events} events recorded) in ${ms.toFixed(0)} ms`);
console.log(`kernel segments/s: ${Math.round(segments / (ms / 1000))} segments/s`);
console.log(`kernel segments per CPU-second: ${Math.round(segments / (cpuMs / 1000))} (process CPU time ${cpuMs.toFixed(0)} ms; the wall figure suffers when the machine is shared)`);
console.log(`kernel peak heap: ${Math.round(peakHeap / 1048576)} MB`);
