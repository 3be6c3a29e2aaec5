# Iteration protocols in socket code: iter(lambda: sock.recv(n), b'') (blocks in recv as it iterates), classes
# whose __iter__ is a generator, __next__ iterators, exhausted iterators.
import socket
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()
c = socket.create_connection(srv.getsockname()); conn, _ = srv.accept()
c.sendall(b"x" * 2500); c.close()
sizes = [len(chunk) for chunk in iter(lambda: conn.recv(1000), b"")]
print(sizes)
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        for x in self.items:
            yield x * 2
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
    def __getitem__(self, i):
        return self.items[i]
b = Bag(1, 2, 3)
print(list(b), sum(b), sorted(b, reverse=True), 2 in b, len(b), b[0], [x for x in b], dict.fromkeys(b), max(b), list(zip(b, "abc")))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), next(iter(Countdown(2))), list(enumerate(Countdown(2))))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
r = iter(range(3))
print(next(r), [*r])
conn.close(); srv.close()
