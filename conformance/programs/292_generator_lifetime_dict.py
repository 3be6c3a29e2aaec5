# Object lifetimes CPython's refcounting makes visible: a paused generator (reading "lines" from a
# connection inside try/finally or with) is closed when the last name holding it is rebound or
# deleted, or when the function holding it returns, and at exit the ones left are closed in the order
# of the globals that held them; a StopIteration escaping a generator is a RuntimeError (PEP 479);
# a deque changed while iterated; obj.__dict__ writes through to the attributes. Ends with an
# uncaught exception: the generators still open are closed after the traceback.
import socket
from collections import deque


class Conn:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def reader(sock, name):
    with Conn(name):
        buf = b""
        while True:
            data = sock.recv(4)
            if not data:
                return
            buf += data
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                yield line.decode()


def counter(tag):
    try:
        n = 0
        while True:
            n += 1
            yield n
    finally:
        print("counter done", tag)


srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
cli = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
cli.sendall(b"HELLO ann\nMSG hi\nMSG bye\nQUIT\n")

lines = reader(conn, "r1")
print(next(lines), next(lines))
lines = None
print("rebound")

r2 = reader(conn, "r2")
print(next(r2))
alias = r2
del r2
print("alias keeps it open")
del alias
print("deleted")


def peek():
    r = reader(conn, "r3")
    return next(r)


print("peek", peek())
print("after peek")


def keep():
    c = counter("kept")
    next(c)
    return c


kept = keep()
print("kept", next(kept))


def bad():
    yield 1
    raise StopIteration("early")


try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def inner():
    yield next(iter([]))


try:
    for v in inner():
        print(v)
except RuntimeError as e:
    print("RuntimeError:", e)

q = deque([1, 2, 3])
try:
    for item in q:
        if item == 2:
            q.append(4)
except RuntimeError as e:
    print("RuntimeError:", e, list(q))


class Client:
    def __init__(self, **opts):
        self.__dict__.update(opts)
        self.__dict__["state"] = "new"


c = Client(host="127.0.0.1", port=80)
print(c.host, c.port, c.state, sorted(vars(c)))
d = c.__dict__
d["state"] = "ready"
del d["port"]
print(c.state, hasattr(c, "port"), c.__dict__)
vars(c).setdefault("retries", 3)
print(c.retries, vars(c).pop("retries"), hasattr(c, "retries"))

z = counter("z")
next(z)
a = counter("a")
next(a)
cli.close()
conn.close()
srv.close()
raise ConnectionError("lost")
