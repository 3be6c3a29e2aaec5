/**
 * The syscall interface of the simulated kernel (see docs/CONTRACTS.md).
 * src/python imports only this module. STUB: signatures are final, bodies are being filled in.
 */
import { ERRNO } from './constants';
import type { Kernel, SockAddr } from './types';
export * from './constants';
export type { Kernel, SockAddr, TcpState, Segment, Cause, SegmentMatch, Fault } from './types';
export type { KEvent } from './events';
export { drainEvents } from './events';

export type Sys<T> = { tag: 'ok'; value: T } | { tag: 'err'; errno: number } | { tag: 'block'; wait: Wait };

export interface Wait {
  pid: number;
  op: 'accept' | 'connect' | 'recv' | 'recvfrom' | 'send' | 'sendto' | 'select' | 'poll';
  fd?: number;
  args: unknown;
  deadline: number | null;
  reason: string;
}

export interface KernelOptions {
  seed: number;
  hosts: { name: string; addrs: string[] }[];
  latencyMs?: number;
}

const nosys = <T>(): Sys<T> => ({ tag: 'err', errno: ERRNO.ENOSYS });

export declare function createKernel(opts: KernelOptions): Kernel;
export declare function spawnProcess(k: Kernel, hostName: string): number;
export declare function exitProcess(k: Kernel, pid: number): void;
export function sys_socket(k: Kernel, pid: number, family: number, type: number, proto: number): Sys<number> { void k; void pid; void family; void type; void proto; return nosys(); }
export declare function sys_bind(k: Kernel, pid: number, fd: number, addr: SockAddr): Sys<0>;
export declare function sys_listen(k: Kernel, pid: number, fd: number, backlog: number): Sys<0>;
export declare function sys_connect(k: Kernel, pid: number, fd: number, addr: SockAddr): Sys<0>;
export declare function sys_accept(k: Kernel, pid: number, fd: number): Sys<{ fd: number; addr: SockAddr }>;
export declare function sys_send(k: Kernel, pid: number, fd: number, data: Uint8Array, flags: number): Sys<number>;
export declare function sys_sendto(k: Kernel, pid: number, fd: number, data: Uint8Array, flags: number, addr: SockAddr | null): Sys<number>;
export declare function sys_recv(k: Kernel, pid: number, fd: number, n: number, flags: number): Sys<Uint8Array>;
export declare function sys_recvfrom(k: Kernel, pid: number, fd: number, n: number, flags: number): Sys<{ data: Uint8Array; addr: SockAddr | null }>;
export declare function sys_shutdown(k: Kernel, pid: number, fd: number, how: number): Sys<0>;
export declare function sys_close(k: Kernel, pid: number, fd: number): Sys<0>;
export declare function sys_setsockopt(k: Kernel, pid: number, fd: number, level: number, opt: number, value: number | Uint8Array): Sys<0>;
export declare function sys_getsockopt(k: Kernel, pid: number, fd: number, level: number, opt: number): Sys<number>;
export declare function sys_getsockname(k: Kernel, pid: number, fd: number): Sys<SockAddr>;
export declare function sys_getpeername(k: Kernel, pid: number, fd: number): Sys<SockAddr>;
export declare function sys_setnonblocking(k: Kernel, pid: number, fd: number, on: boolean): Sys<0>;
export declare function sys_isnonblocking(k: Kernel, pid: number, fd: number): Sys<boolean>;
export declare function sys_select(k: Kernel, pid: number, r: number[], w: number[], x: number[], timeoutMs: number | null): Sys<{ r: number[]; w: number[]; x: number[] }>;
export declare function sys_poll(k: Kernel, pid: number, fds: { fd: number; events: number }[], timeoutMs: number | null): Sys<{ fd: number; revents: number }[]>;
export declare function resume(k: Kernel, wait: Wait, timedOut: boolean): Sys<unknown>;
export declare function isReady(k: Kernel, wait: Wait): boolean;
export declare function advance(k: Kernel, toMs: number): void;
export declare function nextDeadline(k: Kernel): number | null;
export declare function setCause(k: Kernel, cause: import('./types').Cause): void;
export declare function gethostbyname(k: Kernel, name: string): string | null;
export declare function hostNameOf(k: Kernel, pid: number): string | null;
