# select.epoll's arguments (sizehint -1 is the default, 0 and negatives are refused; maxevents) and
# errors of a closed epoll; the type and mode attribute of each socket.makefile() mode (a
# BufferedRWPair has no mode); invalid modes.
import select
import socket


def t(label, f, *a, **kw):
    try:
        r = f(*a, **kw)
        print(label, 'ok', type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


for hint in (-1, 1, 100, 0, -2):
    t('epoll(%d)' % hint, select.epoll, hint)
t('epoll(sizehint=5)', select.epoll, sizehint=5)
t('epoll(flags=0)', select.epoll, flags=0)
ep = select.epoll()
for n in (0, -2):
    try:
        ep.poll(0, n)
    except ValueError as e:
        print(e)
print(ep.poll(0, -1), ep.poll(timeout=0, maxevents=1))
ep.close()
print(ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print(e)
ep.close()

s = socket.socket()
for m in ['r', 'rb', 'w', 'wb', 'rw', 'rwb', 'wrb', 'br', 'rb+', 'a']:
    try:
        f = s.makefile(m)
        print(m, type(f).__name__, repr(getattr(f, 'mode', 'no mode attribute')))
    except ValueError as e:
        print(m, 'ValueError', e)
f = s.makefile('rb', buffering=0)
print(type(f).__name__, f.mode)
s.close()
