/** Dev tool: disassemble a program. */
import { readFileSync } from 'node:fs';
import { compile } from '../src/python/index';
const r = compile(readFileSync(process.argv[2], 'utf8'), 'x.py', (process.argv[3] as never) ?? 'auto');
if (!r.ok) { console.log(r.error.formatted); process.exit(1); }
const names = ['', 'LINE', 'LOAD_CONST', 'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD', 'CALL_METHOD', 'BINARY_SUBSCR', 'STORE_SUBSCR', 'DELETE_SUBSCR', 'BUILD_SLICE', 'BINARY', 'INPLACE', 'UNARY', 'COMPARE', 'POP_TOP', 'DUP_TOP', 'DUP_TOP_TWO', 'ROT_TWO', 'ROT_THREE', 'JUMP', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP', 'GET_ITER', 'FOR_ITER', 'BUILD_TUPLE', 'BUILD_LIST', 'BUILD_SET', 'BUILD_MAP', 'LIST_APPEND', 'SET_ADD', 'MAP_ADD', 'LIST_EXTEND', 'SET_UPDATE', 'DICT_UPDATE', 'LIST_TO_TUPLE', 'UNPACK_SEQUENCE', 'UNPACK_EX', 'CALL', 'CALL_KW', 'CALL_EX', 'MAKE_FUNCTION', 'RETURN_VALUE', 'RAISE', 'SETUP_EXCEPT', 'SETUP_FINALLY', 'POP_BLOCK', 'POP_EXCEPT', 'RERAISE', 'EXC_MATCH', 'WITH_EXC_ARGS', 'PRINT_ITEM', 'PRINT_NEWLINE', 'PRINT_ITEM_TO', 'PRINT_NEWLINE_TO', 'IMPORT_NAME', 'IMPORT_FROM', 'IMPORT_STAR', 'BUILD_CLASS', 'FORMAT_VALUE', 'BUILD_STRING', 'ASSERT_FAIL', 'LOAD_BUILD_CLASS', 'NOP', 'POP_N'];
r.program.codes.forEach((c, ci) => {
  console.log(`code ${ci} ${c.qualname}`);
  for (let pc = 0; pc < c.ops.length; pc += 2) console.log(`  ${pc}\t${c.lines[pc >> 1]}\t${names[c.ops[pc]]}\t${c.ops[pc + 1]}`);
});
