# Generators that read from a socket: the generator blocks in recv() while the caller iterates.
import socket

def recv_lines(sock):
    buf = b""
    while True:
        data = sock.recv(7)
        if not data:
            break
        buf += data
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            yield line.decode()
    if buf:
        yield buf.decode()

def numbered(it, start=1):
    n = start
    for x in it:
        yield n, x
        n += 1

def pairs(seq):
    it = iter(seq)
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return "odd" if len(seq) % 2 else "even"
        yield a, b

def collect(seq):
    result = yield from pairs(seq)
    yield result

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
cli = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
cli.sendall(b"HELLO server\nLIST /files\nQUIT now\ntrailing")
cli.shutdown(socket.SHUT_WR)

lines = recv_lines(conn)
print(type(lines).__name__)
first = next(lines)
print("first:", first)
for n, line in numbered(lines, 2):
    cmd, _, arg = line.partition(" ")
    print(f"{n:>2}: {cmd:<6}|{arg!r}")
print(next(lines, "<no more>"))
print(list(collect([1, 2, 3])), list(collect("abcd")))

def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")

g = countdown(3)
print("created")
print(sum(g), list(g))
squares = (x * x for x in range(5))
print(sum(squares), max(len(w) for w in ["a", "abc", "ab"]))

def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

a = acc()
next(a)
for v in (10, 20, 12):
    print("running total", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value, e.args)
conn.close()
cli.close()
srv.close()
g2 = recv_lines(conn)
next(g2)
