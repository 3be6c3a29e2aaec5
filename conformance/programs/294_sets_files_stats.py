# Server bookkeeping with values whose CPython behaviour is deterministic: hash() of ints, floats and
# tuples (xxHash tuple hash) and the iteration order of sets of address tuples / floats / big ints it
# gives; received files stored under directories (os.makedirs/mkdir/listdir/rename/rmdir, open()
# into a missing directory, IsADirectoryError); latency statistics (statistics.mean/median/stdev...),
# float.hex/as_integer_ratio and the sign of a zero float remainder; enum.IntFlag permissions;
# a property deleter and super().__setattr__/__delattr__ in a class that logs attribute changes.
import enum
import os
import socket
import statistics

peers = set()
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(5)
clients = [socket.create_connection(srv.getsockname()) for _ in range(3)]
for c in clients:
    conn, addr = srv.accept()
    peers.add((127, 0, 0, 1, len(peers)))
    conn.close()
print(peers, len(peers))
print({(1, 2), (3, 4), (0, 0), (5, -1), (10, 0, 0, 1)}, {(i, i * i) for i in range(8)})
print({1.5, 2.5, 0.1, 3.0, -0.5}, {-1, -5, 3, 100, 2 ** 40, 2 ** 64, -(2 ** 70)}, {(1.5, 2), (2, 1.5)})
print([hash(x) for x in (0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 1.5, -0.25, 1e100, float("inf"), True, 3.0)])
print([hash(t) for t in ((), (1,), (1, 2), (-1, "x")[:1], ((1, 2), 3), (0.5, 1))])
latencies = {}
for i, addr in enumerate(sorted(peers)):
    latencies[addr] = [0.25 * (i + 1), 0.5, 1.0 / (i + 2)]
for c in clients:
    c.close()
srv.close()

os.makedirs("recv_294/in/tmp", exist_ok=True)
os.makedirs("recv_294/in/tmp", exist_ok=True)
for name, data in [("a.bin", b"\x00\x01"), ("b.txt", b"hello"), ("c.txt", b"")]:
    with open(os.path.join("recv_294", "in", name), "wb") as f:
        f.write(data)
print(os.listdir("recv_294"), sorted(os.listdir("recv_294/in")), os.path.isdir("recv_294/in"), os.path.isfile("recv_294/in/b.txt"))
os.rename("recv_294/in/c.txt", "recv_294/in/tmp/c.txt")
print(sorted(os.listdir("recv_294/in")), os.listdir("recv_294/in/tmp"), os.path.getsize("recv_294/in/b.txt"))
for action in [lambda: os.mkdir("recv_294"), lambda: os.makedirs("recv_294/in"), lambda: os.mkdir("no_such_294/x"),
               lambda: open("no_such_294/f.txt", "w"), lambda: open("recv_294/in"), lambda: os.rmdir("recv_294/in"),
               lambda: os.listdir("recv_294/in/b.txt"), lambda: os.remove("recv_294/in")]:
    try:
        action()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
for p in ["recv_294/in/a.bin", "recv_294/in/b.txt", "recv_294/in/tmp/c.txt"]:
    os.remove(p)
os.rmdir("recv_294/in/tmp")
os.rmdir("recv_294/in")
os.rmdir("recv_294")
print(os.path.exists("recv_294"))

samples = [v for addr in sorted(latencies) for v in latencies[addr]]
print(samples)
print(statistics.mean(samples), statistics.median(samples), round(statistics.stdev(samples), 12), statistics.pstdev([1, 2, 3, 4]))
print(statistics.mean([1, 2, 3]), statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 4, 1]), statistics.median_low([3, 1, 4, 1]), statistics.mode(["a", "b", "a"]), statistics.multimode([1, 1, 2, 2, 3]))
print(statistics.variance([2, 4, 4, 4, 5, 5, 7, 9]), statistics.pvariance([2, 4, 4, 4, 5, 5, 7, 9]), statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
for f in (statistics.mean, statistics.median, statistics.stdev):
    try:
        f([])
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
print((0.1).hex(), (-2.5).hex(), (1e300).hex(), (0.0).hex(), (0.375).as_integer_ratio(), (0.1).as_integer_ratio(), 5.0 % -2.5, -5.0 % 2.5, divmod(7.5, -2.5))


class Perm(enum.IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


rw = Perm.READ | Perm.WRITE
print(rw, int(rw), Perm.READ in rw, Perm.EXEC in rw, rw & Perm.WRITE, Perm(5), rw == 6, f"{rw:o}")


class Tracked:
    def __init__(self):
        self._port = None

    @property
    def port(self):
        return self._port

    @port.setter
    def port(self, v):
        self._port = v

    @port.deleter
    def port(self):
        print("port released", self._port)
        self._port = None

    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


t = Tracked()
t.port = 8080
t.extra = 1
del t.port
del t.extra
print(t.port, hasattr(t, "extra"), vars(t))
