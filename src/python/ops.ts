/** Bytecode: pairs [op, arg]. Jump targets are absolute pcs (even indices into Code.ops). */
export const enum Op {
  LINE = 1,
  LOAD_CONST,
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  LOAD_CLOSURE,
  LOAD_ATTR,
  STORE_ATTR,
  DELETE_ATTR,
  LOAD_METHOD,
  CALL_METHOD,
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  BUILD_SLICE,
  BINARY,
  INPLACE,
  UNARY,
  COMPARE,
  POP_TOP,
  DUP_TOP,
  DUP_TOP_TWO,
  ROT_TWO,
  ROT_THREE,
  JUMP,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  GET_ITER,
  FOR_ITER,
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  BUILD_MAP,
  LIST_APPEND,
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  LIST_TO_TUPLE,
  UNPACK_SEQUENCE,
  UNPACK_EX,
  CALL,
  CALL_KW,
  CALL_EX,
  MAKE_FUNCTION,
  RETURN_VALUE,
  RAISE,
  SETUP_EXCEPT,
  SETUP_FINALLY,
  POP_BLOCK,
  POP_EXCEPT,
  RERAISE,
  EXC_MATCH,
  WITH_EXC_ARGS,
  PRINT_ITEM,
  PRINT_NEWLINE,
  PRINT_ITEM_TO,
  PRINT_NEWLINE_TO,
  IMPORT_NAME,
  IMPORT_FROM,
  IMPORT_STAR,
  BUILD_CLASS,
  FORMAT_VALUE,
  BUILD_STRING,
  ASSERT_FAIL,
  LOAD_BUILD_CLASS,
  NOP,
  POP_N,
  /** Suspend the generator frame, handing TOS to whoever resumed it. */
  YIELD_VALUE,
  /**
   * `yield from`: pop the value sent to the delegating generator; when it is not None, send it into
   * the sub-generator (TOS) and resume after the FOR_ITER that follows; else fall through to it.
   */
  YF_SEND,
  /** Pop a for-loop's iterator when the loop is left early; a generator the loop made (GET_ITER arg 1) is closed. */
  POP_ITER,
  /** match/case: pop Code.patterns[arg].slots values and the subject; push the captures and True, or False. */
  MATCH,
}

/** Code.flags: calling this function makes a generator. */
export const CO_GENERATOR = 1;

export const enum Bin {
  ADD = 0, SUB, MUL, TRUEDIV, FLOORDIV, MOD, POW, LSHIFT, RSHIFT, AND, OR, XOR, MATMUL, DIV,
}
export const BIN_SYMBOL = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@', '/'];
export const BIN_DUNDER = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul', 'div'];

export const enum Un { NEG = 0, POS, INVERT, NOT }

export const enum Cmp { LT = 0, LE, EQ, NE, GT, GE, IN, NOT_IN, IS, IS_NOT }
export const CMP_SYMBOL = ['<', '<=', '==', '!=', '>', '>=', 'in', 'not in', 'is', 'is not'];

/** Block kinds on the frame block stack. */
export const enum Blk { EXCEPT = 1, FINALLY = 2 }
