# listen() arguments: no argument, negative (CPython raises it to 0), huge (capped by somaxconn), out of C int range.
import socket
def tryit(label, f):
    try:
        print(label, "->", f())
    except (OSError, OverflowError, TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
def count(backlog):
    l = socket.socket(); l.bind(('127.0.0.1', 0))
    if backlog == 'none':
        l.listen()
    else:
        l.listen(backlog)
    cs = []
    n = 0
    for i in range(8):
        c = socket.socket(); c.setblocking(False)
        r = c.connect_ex(l.getsockname())
        cs.append(c)
    import select
    _, w, _ = select.select([], cs, [], 0)
    for c in cs: c.close()
    l.close()
    return len(w)
for b in ('none', 0, -1, -100, 1, 3, 10, 100000, 2**31 - 1):
    tryit("listen(%s) completes" % (b,), lambda: count(b))
tryit("listen(2**31)", lambda: socket.socket().listen(2**31))
tryit("listen(2**63)", lambda: socket.socket().listen(2**63))
tryit("listen('5')", lambda: socket.socket().listen('5'))
tryit("listen(1.5)", lambda: socket.socket().listen(1.5))
