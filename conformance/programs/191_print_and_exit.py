# print() options (sep, end, file, flush), stdout/stderr interleaving through flush, and
# sys.exit with a string after output: the message goes to stderr and the code is 1.
import sys

print('a', 'b', 'c', sep='-', end='!\n', flush=True)
print('no newline', end='')
print(' ... continued', flush=True)
print(*[1, 2, 3], sep=', ')
print(*'xyz')
print()
print('%d%%' % 50, 'tab\tsep', sep='|')
print('to stderr', file=sys.stderr, flush=True)
print(None, True, 1.0, [1, 'a'], {'k': (1,)}, {1}, (), set(), b'', '', sep=' / ')
sys.stdout.write('written %d\n' % 3)
print(sys.stdout.write('x\n'))
sys.stdout.flush()
print(repr(print(end='')))
try:
    print('a', sep=5)
except TypeError as e:
    print('TypeError', e)
try:
    sys.exit(0)
except SystemExit as e:
    print('caught SystemExit', e.code, repr(e), type(e).__mro__[1].__name__)
try:
    sys.exit()
except SystemExit as e:
    print('no argument', e.code)
try:
    sys.exit('bye')
except SystemExit as e:
    print('string', e.code, str(e))
try:
    raise SystemExit(3)
except SystemExit as e:
    print('raised', e.code, isinstance(e, Exception), isinstance(e, BaseException))
print('exiting', flush=True)
sys.exit('fatal: server could not start')
