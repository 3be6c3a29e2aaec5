/**
 * Data shapes of the interpreter. Everything reachable from a PyState is plain data (objects,
 * arrays, Maps, strings, numbers, bigints): structuredClone(state) is an exact snapshot.
 * Python values:
 *   int   -> JS number (integral, safe) or bigint (beyond 2^53)
 *   bool  -> true/false, None -> null, str -> JS string (in Python 2 mode: `unicode`)
 *   everything else -> an object with a numeric tag `t` (see T).
 */

export const T = {
  FLOAT: 1,
  BYTES: 2,
  LIST: 3,
  TUPLE: 4,
  DICT: 5,
  SET: 6,
  FUNC: 7,
  BUILTIN: 8,
  BOUND: 9,
  BMETHOD: 10,
  CLASS: 11,
  INST: 12,
  MODULE: 13,
  SOCK: 14,
  ITER: 15,
  RANGE: 16,
  SLICE: 17,
  ELLIPSIS: 18,
  POLL: 19,
  FROZENSET: 20,
  BYTEARRAY: 21,
  /** IntEnum/IntFlag constants of the socket module: { v, cls, name } */
  INTENUM: 22,
} as const;

/* eslint-disable @typescript-eslint/no-explicit-any */
export type PyValue = any;

export interface PyFloat { t: 1; v: number }
/** bytes: each char code of `s` is one byte 0..255 (a "latin-1" JS string). Python 2's str too. */
export interface PyBytes { t: 2; s: string }
export interface PyList { t: 3; a: PyValue[]; id?: number; /** 'dict_keys' | 'dict_values' | 'dict_items' for dict views */ view?: string }
/** A tuple; a struct sequence (sys.version_info) also has its type's name and field names. */
export interface PyTuple { t: 4; a: PyValue[]; sname?: string; fields?: string[] }
/** dict: hash key -> [key, value] */
export interface PyDict {
  t: 5; m: Map<unknown, [PyValue, PyValue]>; id?: number;
  /** collections' dict types: 'defaultdict' | 'Counter' | 'OrderedDict' (absent: a plain dict) */
  kind?: string;
  /** defaultdict's default_factory */
  df?: PyValue;
  /** Python 2: the table size a dict literal was presized for (BUILD_MAP's count), see dictEntries */
  ps?: number;
  /** Python 2: the hash table saved at a deletion or merge (hash keys, DUMMY, null), see py2Table */
  tb?: unknown[];
  /** Python 2: how many live keys tb holds */
  tn?: number;
  /** Python 2: how many slots of tb are not empty (keys and dummies) */
  tf?: number;
  /** Python 2: popitem's finger (see py2PopitemKey) */
  pf?: number;
}
export interface PySet { t: 6 | 20; m: Map<unknown, PyValue>; id?: number; /** Python 2: see PyDict.tb */ tb?: unknown[]; tn?: number; tf?: number }
export interface Cell { v: PyValue }
export interface PyFunc {
  t: 7; code: number; name: string; qualname: string; defaults: PyValue[]; kwdefaults: Map<string, PyValue> | null;
  closure: Cell[]; defClass: PyClass | null; dict: Map<string, PyValue> | null; id?: number;
  /** The globals of the module that defined it (the program's globals or a library module's dict). */
  globals?: Map<string, PyValue>;
}
export interface PyBuiltin { t: 8; name: string; self?: PyValue }
export interface PyBound { t: 9; f: PyValue; self: PyValue }
export interface PyBMethod { t: 10; name: string; self: PyValue }
export interface PyClass {
  t: 11; name: string; qualname: string; module: string; bases: PyClass[]; mro: PyClass[];
  dict: Map<string, PyValue>;
  /** For builtin types/exceptions: a tag used for dispatch ('int', 'list', 'exc', 'socket' ...). */
  builtin: string | null;
  id?: number;
  /** Python 2: a class statement without new-style bases (type() says `classobj`, of its instances `instance`). */
  oldStyle?: boolean;
}
export interface PyInst { t: 12; cls: PyClass; dict: Map<string, PyValue>; args?: PyTuple; tb?: TbEntry[]; cause?: PyValue; context?: PyValue; id?: number }
export interface PyModule { t: 13; name: string; dict: Map<string, PyValue>; id?: number }
export interface PySock {
  t: 14; fd: number; family: number; type: number; proto: number;
  /** null = blocking, 0 = non-blocking, >0 = timeout in seconds */
  timeout: number | null;
  id?: number;
  /** set_inheritable(True) (sockets are created non-inheritable) */
  inheritable?: boolean;
  /** Files from makefile() not yet closed: CPython's `_io_refs`, which keep the descriptor open. */
  ioRefs?: number;
  /** close() was called while files were open (CPython's `_closed`): the fd closes with the last file. */
  closing?: boolean;
}
/** An iterator. `tn` names its type when it is not a plain iterator ('map', 'zip', 'enumerate' ...); `fn` is map's or filter's function. */
export interface PyIter { t: 15; kind: number; seq: PyValue; i: number; stop?: number; step?: number; id?: number; tn?: string; fn?: PyValue; /** A fresh generator iterated by a for loop that holds the only reference (closed when the loop is left early). */ tmp?: boolean }
export interface PyRange { t: 16; start: number; stop: number; step: number }
export interface PySlice { t: 17; start: PyValue; stop: PyValue; step: PyValue }

export interface TbEntry { frameId: number; name: string; line: number; code: number; pc: number }

/** One compiled code object (module, function, class body, lambda or comprehension). Immutable. */
export interface Code {
  name: string;
  qualname: string;
  kind: 'module' | 'function' | 'class' | 'lambda' | 'comp';
  /** Pairs [op, arg, op, arg, ...]. */
  ops: Int32Array;
  /** Source line of each instruction (index = pc / 2). */
  lines: Int32Array;
  /** Column span [start, end) of the expression each instruction evaluates, or -1. */
  cols: Int32Array;
  /** Caret anchors (CPython 3.11 '~' and '^'): packed [from, to) columns of the '^' part, or -1. */
  anchors: Int32Array;
  consts: PyValue[];
  names: string[];
  /** Fast locals: parameters first. */
  varnames: string[];
  /** cells: cellvars (locals captured by inner scopes) then freevars (captured from outside). */
  cellvars: string[];
  freevars: string[];
  /** For each cellvar that is also a parameter: its varnames index, else -1. */
  cellParam: number[];
  argcount: number;
  kwonlycount: number;
  varargs: boolean;
  varkw: boolean;
  firstLine: number;
  /** CO_GENERATOR (ops.ts) */
  flags: number;
  /** Parameters before `/` (positional-only). */
  posonly?: number;
  /** The patterns of match statements (MATCH's arg indexes them). */
  patterns?: MatchCase[];
  /** The docstring of a function (its __doc__) or of the program (__doc__ in its globals). */
  doc?: PyValue;
  /** Library module code (stdlib.ts): its file name for tracebacks (it has no LINE steps). */
  file?: string;
}

export interface Program {
  version: 2 | 3;
  filename: string;
  source: string;
  lines: string[];
  codes: Code[];
  /** `from __future__ import print_function` seen (Python 2). */
  printFunction: boolean;
  /** Library modules written in Python (stdlib.ts) compiled along with the program: name -> module code index. */
  libs?: Record<string, number>;
  /** Compile-time warnings, written to stderr when the process starts (`prog.py:3: SyntaxWarning: ...`). */
  warnings?: string[];
}

export interface Frame {
  id: number;
  code: number;
  pc: number;
  stack: PyValue[];
  locals: PyValue[];
  cells: Cell[];
  /** Name lookup namespace for class bodies (module code uses the globals). */
  ns: Map<string, PyValue> | null;
  /** Module globals (st.globals, or a library module's dict). */
  globals: Map<string, PyValue>;
  /** Flat triples: [kind, handlerPc, stackLevel, ...] */
  blocks: number[];
  /** Exceptions being handled (innermost last), for bare `raise` and sys.exc_info(). */
  excInfo: PyValue[];
  func: PyFunc | null;
  /** When this frame is __init__ called by a class call: push this instead of the return value. */
  initSelf: PyValue;
  /** Class body frame: build the class with these when it returns. */
  classInfo: { name: string; qualname: string; bases: PyClass[] } | null;
  /** Frames with sync=true were started by the interpreter itself (__repr__ ...) and run to completion. */
  sync: boolean;
  /** The generator object this frame belongs to (its frame while suspended), else null. */
  gen: PyValue;
  /** How the running generator frame was resumed (GM_* in vm.ts): where its next value goes. */
  genMode: number;
  /** next(gen, default): what to push when the generator ends. */
  genDefault: PyValue;
}

export interface SyscallRecord { name: string; args: string; result: string; line: number | null }

export interface Pending {
  /** What to do when the wait ends: 'accept', 'recv', 'sendall', 'sleep', 'select', ... */
  op: string;
  wait: unknown;
  deadline: number | null;
  /** socket timeout deadline (TimeoutError when passed and still not ready) */
  timeoutAt: number | null;
  reason: string;
  sock: PySock | null;
  data: PyValue;
  extra: PyValue;
}

/**
 * A thread of a process (threading/_thread). The running thread's frames, pending call and lines
 * live in PyState itself (frames, pending, line, lastLine); the others' are kept here until they
 * are switched in (threads.ts). Index 0 is the main thread.
 */
export interface PyThread {
  ident: number;
  /** 'new': not run yet (start holds its call); 'live'; 'exiting': the main thread ended and waits for
   * the non-daemon threads; 'done'. */
  state: 'new' | 'live' | 'exiting' | 'done';
  /** The threading.Thread object, or null (the main thread, or _thread.start_new_thread). */
  obj: PyValue;
  start: { fn: PyValue; args: PyValue[]; kw: Map<string, PyValue> | null } | null;
  frames: Frame[];
  pending: Pending | null;
  line: number | null;
  lastLine: number | null;
  /** The main thread's exit status, kept while it waits for the other threads. */
  exitCode: number;
  /** The main thread has ended once (and then ran threading's exit hooks, if any). */
  ending?: boolean;
}

export interface PyState {
  pid: number;
  version: 2 | 3;
  frames: Frame[];
  globals: Map<string, PyValue>;
  builtins: Map<string, PyValue>;
  modules: Map<string, PyModule>;
  /** Builtin classes by name ('int', 'OSError', 'socket.socket', ...). */
  types: Record<string, PyClass>;
  output: { stream: 'stdout' | 'stderr'; text: string }[];
  /** Python 2 print statement "softspace". */
  softspace: boolean;
  argv: string[];
  line: number | null;
  lastLine: number | null;
  done: boolean;
  exitCode: number;
  /** Set by os._exit(n): the process ends at once with status n (no except/finally, atexit, or waiting for threads). */
  hardExit?: number;
  pending: Pending | null;
  nextId: number;
  nextFrameId: number;
  lastSyscall: SyscallRecord | null;
  syscalls: SyscallRecord[];
  /** The value the most recent select.select() returned (a tuple of three lists), for the select view. */
  lastSelect?: PyValue | null;
  /** The uncaught exception that ended the program, if any (its formatted last line). */
  error: string | null;
  /** socket.setdefaulttimeout() */
  defaultTimeout: number | null;
  /** The process's threads once a second one was started (threads.ts); absent while it has one. */
  threads?: PyThread[];
  /** Index in `threads` of the running thread. */
  tcur?: number;
  /** Lines the running thread has run in a row (others get a turn after THREAD_SLICE). */
  tslice?: number;
  /** DeprecationWarnings shown ("line:message"): each is shown once per line, as CPython's default filter does. */
  warned?: string[];
  /** A generator has paused inside try/with: rebinding or dropping one may have to close it (vm.ts droppedValue). */
  genCleanup?: boolean;
  /** A socket was made: dropping a value that holds one may close it, as CPython's refcounting does (vm.ts sockDropped). */
  gcSock?: boolean;
  /**
   * Values that let go of sockets (or socket files) without a check yet: new sockets and files (a
   * temporary may be dropped at once), values removed from containers. Each entry is
   * [holder, ...its sockets and files]; checked at the end of the line (vm.ts collectSocks).
   */
  gcCand?: PyValue[][];
  /** The same for the locals of frames an exception unwound: kept alive (as the traceback keeps them) while an exception is being handled. */
  gcExc?: PyValue[][];
}

/** A match/case pattern, as plain data (compiler.ts pattern(), builtins.ts matchPattern()). */
export type MatchPat =
  | { k: 'wild' } | { k: 'cap'; name: string } | { k: 'lit'; v: PyValue; is?: boolean } | { k: 'value'; slot: number }
  | { k: 'or'; alts: MatchPat[] } | { k: 'as'; p: MatchPat; name: string } | { k: 'star'; name: string | null }
  | { k: 'seq'; items: MatchPat[] } | { k: 'map'; keys: MatchPat[]; vals: MatchPat[]; rest: string | null }
  | { k: 'cls'; slot: number; args: MatchPat[]; kws: [string, MatchPat][] };
/** One case's pattern, the names it binds (in the order MATCH pushes them) and how many values it takes from the stack. */
export interface MatchCase { p: MatchPat; names: string[]; slots: number }
