/**
 * The kernel's whole state, as plain data. Everything here must survive
 * structuredClone(): no classes with methods, no closures. The scheduler
 * snapshots the kernel with structuredClone to let students step backwards.
 */

export type Family = 2 | 10;

export type SockAddr =
  | { family: 2; host: string; port: number }
  | { family: 10; host: string; port: number; flowinfo: number; scopeId: number };

/** The eleven RFC 9293 states, spelled as the RFC spells them. */
export type TcpState =
  | 'CLOSED'
  | 'LISTEN'
  | 'SYN-SENT'
  | 'SYN-RECEIVED'
  | 'ESTABLISHED'
  | 'FIN-WAIT-1'
  | 'FIN-WAIT-2'
  | 'CLOSE-WAIT'
  | 'CLOSING'
  | 'LAST-ACK'
  | 'TIME-WAIT';

/** TCP header flag bits, in their wire positions. */
export const FIN = 0x01;
export const SYN = 0x02;
export const RST = 0x04;
export const PSH = 0x08;
export const ACK = 0x10;
export const URG = 0x20;

export type Proto = 'tcp' | 'udp' | 'icmp';

/**
 * One IP packet on the wire. Segments are never deep-copied: the payload is a
 * view of bytes that nobody mutates after they were handed to the kernel.
 */
export interface Segment {
  id: number;
  family: Family;
  proto: Proto;
  src: string;
  sport: number;
  dst: string;
  dport: number;
  /** TCP only (0 otherwise). seq/ack are unsigned 32-bit. */
  seq: number;
  ack: number;
  flags: number;
  window: number;
  payload: Uint8Array;
  sentAt: number;
  deliverAt: number;
  srcHost: number;
  dstHost: number;
  /** For ICMP port-unreachable: the UDP datagram it answers. */
  icmp: null | { type: number; code: number; origSrc: string; origSport: number; origDst: string; origDport: number; origPayload?: Uint8Array };
  /** The receiver's connection-table key, stamped by the sender so demultiplexing needs no string building. */
  rkey: string;
  /** True when this is a retransmission of an earlier segment. */
  retransmit: boolean;
}

export interface Host {
  name: string;
  /** Link addresses (not loopback). */
  addrs: string[];
  /** A crashed host drops everything and runs no timers. */
  down: boolean;
}

export interface Proc {
  pid: number;
  host: number;
  /** fd -> socket id; index = fd. null = free slot. */
  fds: (number | null)[];
  exited: boolean;
  /**
   * The process has threads (sys_threaded): its blocked calls hold their sockets, so that a close()
   * by another thread does not end them (see Sock.held). Such a caller resumes or abandons every wait.
   */
  threaded?: boolean;
}

export interface Dgram {
  data: Uint8Array;
  from: SockAddr;
  /** skb->truesize of the datagram as the sender built it (udpTruesize): what it charges to the receive buffer. */
  truesize: number;
}

/** Stored socket options (inherited by accepted sockets, as Linux clones them). */
export interface SockOpts {
  broadcast: boolean;
  oobinline: boolean;
  rcvlowat: number;
  /** SO_RCVTIMEO / SO_SNDTIMEO as struct timeval (seconds, microseconds); blocking calls give up at it.
   *  Never mutated in place (setsockopt replaces the pair), so sockets may share one. */
  rcvtimeo: [number, number];
  sndtimeo: [number, number];
  keepidle: number;
  keepintvl: number;
  keepcnt: number;
  /** IP_TTL / IPV6_UNICAST_HOPS (-1: the default, 64). */
  ttl: number;
  hops: number;
  tos: number;
  /** TCP_MAXSEG set by the user (0: none). */
  userMss: number;
  /** UDP_CORK (stored only). */
  cork: number;
  /** TCP_CORK (tp->nonagle's TCP_NAGLE_CORK): hold partial segments until uncorked. */
  tcpCork: boolean;
  /** Options that are only stored (SO_PRIORITY, IP_MULTICAST_TTL, TCP_SYNCNT, ...), by `level * 256 + opt`; see `sockopt-table.ts`. */
  extra: Record<number, number> | null;
  /** SO_BINDTODEVICE: the interface name ('' for none). Stored only: routing does not look at it. */
  dev: string;
}

export interface Sock {
  id: number;
  host: number;
  family: Family;
  /** SOCK_STREAM 1 or SOCK_DGRAM 2 */
  type: 1 | 2;
  /** Descriptors beyond the first that refer to this socket (dup()); close() of all but the last only frees the fd. */
  dups: number;
  /**
   * In-flight blocking calls that hold this socket (one pid per call): a call blocked in accept, recv,
   * select, ... keeps its own reference to the file, so a close() by another thread only frees the fd
   * and the socket closes when the last such call returns.
   */
  held?: number[];
  /** The last descriptor was closed while a call held the socket: close it when the last one returns. */
  closePending?: boolean;
  /**
   * Blocked accept() calls on this listener (Wait.seq), longest waiting first: accept waits
   * exclusively, so each new connection wakes one waiter, the first (threaded processes only).
   */
  acceptWaiters?: number[];
  /** Owning process and its fd, or -1/-1 when the user has closed it (orphan) or it sits in an accept queue. */
  pid: number;
  fd: number;
  localIp: string;
  localPort: number;
  /** Key of the bind table entry this socket is in (see bindKeyOf), or -1 when not bound. */
  bindKey: number;
  /** Key in the connection (4-tuple) table, or ''. */
  connKey: string;
  remoteIp: string;
  remotePort: number;
  state: TcpState;
  nonblocking: boolean;
  reuseaddr: boolean;
  reuseport: boolean;
  keepalive: boolean;
  nodelay: boolean;
  /** TCP_USER_TIMEOUT in ms (0: off): give up on unacknowledged data or SYNs after this long. */
  userTimeout: number;
  v6only: boolean;
  lingerOn: boolean;
  lingerSecs: number;
  /** Options a program can set and read back but that change nothing modelled here. */
  opts: SockOpts;
  sndbuf: number;
  rcvbuf: number;
  sndbufLocked: boolean;
  rcvbufLocked: boolean;
  /** Pending socket error (sk_err): reported once by SO_ERROR or the next call. */
  soError: number;
  /** Soft error (sk_err_soft), e.g. from ICMP, reported only if the connect times out. */
  softError: number;
  /** SHUT_RD / SHUT_WR seen (sk_shutdown). */
  shutRd: boolean;
  shutWr: boolean;
  /** The peer's FIN has been received in order (SOCK_DONE): reads return EOF. */
  finReceived: boolean;
  /** The user closed the fd: the socket lives on only for the protocol (orphan). */
  orphan: boolean;

  // --- TCP send sequence space (RFC 9293 3.3.1) ---
  iss: number;
  sndUna: number;
  sndNxt: number;
  sndWnd: number;
  /** Highest sequence number sent (for retransmission after rewinding sndNxt). */
  sndMax: number;
  /** Bytes from sndUna onward (unacknowledged and unsent), as immutable chunks. */
  sendQ: Uint8Array[];
  sendQOff: number;
  sendLen: number;
  /** The user asked for a FIN after the queued data (close or SHUT_WR). */
  finQueued: boolean;
  finSent: boolean;
  mss: number;

  // --- TCP receive sequence space ---
  irs: number;
  rcvNxt: number;
  /** Window we last advertised (bytes). */
  rcvWndAdv: number;
  recvQ: Uint8Array[];
  recvQOff: number;
  recvLen: number;
  /** Urgent byte received with URG and not yet read with MSG_OOB (-1: none). */
  oobByte: number;
  /**
   * The urgent mark (tp->urg_seq while tp->urg_data is set): how many bytes of recvQ come before
   * the urgent byte (-1: none). With SO_OOBINLINE the byte is in recvQ at this offset; without,
   * it left the stream and the mark is where it was.
   */
  urgOff: number;
  /** The urgent byte was read with MSG_OOB (TCP_URG_READ): the mark stays, POLLPRI and MSG_OOB do not. */
  urgRead: boolean;
  /** Send side urgent pointer: sequence number just after the urgent byte (-1: none). */
  sndUp: number;
  /** End of the last less-than-MSS segment sent (Minshall's Nagle check). */
  sndSml: number;

  // --- listener ---
  backlog: number;
  synQ: number[];
  acceptQ: number[];
  /** For a child connection: its listener (until accepted). */
  parent: number;

  // --- timers: one logical timer per socket; heap entries carry timerGen so stale ones are skipped ---
  timerAt: number;
  timerKind: 'none' | 'rtx' | 'synack' | 'timewait' | 'finwait2' | 'persist';
  timerGen: number;
  /** `at` of this socket's live heap entry (-1: none). Re-arming later reuses it (lazy timers). */
  timerQueuedAt: number;
  /** Delayed ACK due at this time (-1: none); heap entries carry delackGen. */
  delackAt: number;
  delackGen: number;
  /** Cached connection-table key of the peer socket (see Segment.rkey). */
  peerKey: string;
  /** Cached wire-form addresses and route of the connection (valid while peerKey !== ''). */
  wSrc: string;
  wDst: string;
  peerHost: number;
  rto: number;
  /** Expiries since the last forward progress (icsk_retransmits). */
  rtxCount: number;
  /** When the first unacknowledged transmission left (retrans_stamp), for the give-up limit. */
  rtxStart: number;
  /** RFC 6298 estimators (ms); -1 before the first sample. */
  srtt: number;
  rttvar: number;
  /** Sequence number being timed and when it left (Karn: -1 when none). */
  rttSeq: number;
  rttAt: number;
  /** Right edge of the window we last advertised (rcv_wup + rcv_wnd). */
  rcvWndEdge: number;
  /** BSD socket state (SS_UNCONNECTED / SS_CONNECTING / SS_CONNECTED), separate from the TCP state. */
  ss: 'unconnected' | 'connecting' | 'connected';
  /**
   * A connect() on this socket failed (refused, reset, timed out). Linux then refuses listen() on it
   * with EINVAL, while a new connect() works (measured on 6.18: blocking and non-blocking, bound or not).
   */
  connectFailed: boolean;
  /** bind() named a port (SOCK_BINDPORT_LOCK): the port survives the end of a connection. */
  userBound: boolean;
  /** bind() named an address (SOCK_BINDADDR_LOCK): the address survives a disconnect. */
  addrLocked: boolean;
  /** Peer is on the same host (loopback path). */
  local: boolean;
  /** Opened by a listener (passive open): the handshake's last ACK already carried a scaled window. */
  passive: boolean;
  /** Delayed-ACK "pingpong" (interactive) mode, as TCP_QUICKACK reads it: entered by sending data
   *  within `ato` of receiving some (tcp_event_data_sent), left when a delayed ACK would have fired
   *  with no reply to carry it (`ackDue`, checked lazily) or by TCP_QUICKACK 1. */
  pingpong: boolean;
  /** icsk_ack.ato: 0 until the first data arrives, then TCP_ATO_MIN (40 ms). */
  ato: number;
  /** icsk_ack.lrcvtime: when data last arrived. */
  lrcvAt: number;
  /** In pingpong mode, when the delayed ACK of data received would fire (-1: none pending). */
  ackDue: number;
  /** Kernel.wakeSeq at this socket's last wakeup (data, a connection, an error, a state change, send space): epoll's ready-list order. */
  wake: number;
  /** The same for write-space wakeups (sk_write_space); state changes and errors stamp both. */
  wakeOut: number;

  // --- UDP ---
  dgrams: Dgram[];
  /** A UDP datagram being built under MSG_MORE / UDP_CORK (up->pending): sent when a send without them, or UDP_CORK 0, pushes it. */
  udpPend: { dst: string; port: number; parts: Uint8Array[]; len: number } | null;
  /** The error queue (IP_RECVERR / IPV6_RECVERR): the payloads that drew an ICMP error, and where they went. */
  errQ: { data: Uint8Array; addr: SockAddr }[] | null;
  dgramBytes: number;
  /** sk_rmem_alloc of a UDP socket: the truesize of queued datagrams plus memory not yet released (udpDeficit). */
  udpMem: number;
  /** udp_sock.forward_deficit: truesize of datagrams read but not yet uncharged from udpMem. */
  udpDeficit: number;
  /** How many datagrams at the head of dgrams are in udp_sock.reader_queue (spliced from sk_receive_queue). */
  udpReader: number;
}

export type Cause = { pid: number; syscall: string; line?: number; note?: string } | { timer: string } | null;

/** A heap entry: a timer or a segment delivery, ordered by (at, seq). */
export interface QItem {
  at: number;
  seq: number;
  /** 'deliver' carries seg; 'timer' carries sock id and the timerGen it was armed with. */
  kind: 'deliver' | 'timer' | 'delack';
  seg: Segment | null;
  sock: number;
  gen: number;
}

/** Which segments a fault applies to (plain data, so it can be saved with a scenario). */
export interface SegmentMatch {
  proto?: Proto;
  /** All of these flags must be set. */
  flagsAll?: number;
  /** None of these flags may be set. */
  flagsNone?: number;
  /** Exactly these flags. */
  flagsExact?: number;
  /** Host name ('server') or one of its link addresses ('10.0.0.1'). */
  srcHost?: string;
  dstHost?: string;
  src?: string;
  dst?: string;
  sport?: number;
  dport?: number;
  /** Only segments carrying payload (true) or without (false). */
  hasPayload?: boolean;
  /** Match only the nth matching segment (1-based); omit for every match. */
  nth?: number;
}

export type Fault =
  | { id: number; kind: 'drop'; match: SegmentMatch; seen: number; remaining: number }
  | { id: number; kind: 'delay'; match: SegmentMatch; ms: number; seen: number; remaining: number }
  | { id: number; kind: 'duplicate'; match: SegmentMatch; seen: number; remaining: number }
  | { id: number; kind: 'cut'; a: string; b: string };

export interface Kernel {
  now: number;
  /** PRNG state (mulberry32). */
  rng: number;
  latencyMs: number;
  hosts: Host[];
  hostByName: Map<string, number>;
  /** Link address -> host index. */
  addrOwner: Map<string, number>;
  procs: Map<number, Proc>;
  nextPid: number;
  socks: Map<number, Sock>;
  nextSock: number;
  /** Numbers the blocked calls of threaded processes (Wait.seq), for the accept waiters' order. */
  nextWait?: number;
  nextSegId: number;
  /** bindKeyOf(host, type, port) -> ids of sockets bound to that port on that host. */
  binds: Map<number, number[]>;
  /** `${host}|${localIp}|${localPort}|${remoteIp}|${remotePort}` -> established-ish TCP socket. */
  conns: Map<string, number>;
  /** Min-heap of timers and out-of-order deliveries (delayed by a fault, or after a latency change). */
  queue: QItem[];
  /**
   * Segments in flight in send order. With a constant latency they arrive in the
   * order they were sent, so a FIFO (with their queue sequence numbers) replaces
   * heap operations for nearly every segment.
   */
  wire: Segment[];
  wireSeq: number[];
  wireHead: number;
  qseq: number;
  /** Loopback softirq backlog: processed synchronously before a syscall returns. */
  local: Segment[];
  faults: Fault[];
  nextFaultId: number;
  cause: Cause;
  /** When false, no events are recorded (the benchmark can turn them off). */
  recording: boolean;
  /** Counter of socket wakeups (see Sock.wake). */
  wakeSeq: number;
}
