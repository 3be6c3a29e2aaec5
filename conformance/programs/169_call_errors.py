# Calling functions and methods wrongly: CPython 3.11's argument-count, keyword and attribute error messages.
class Server:
    def __init__(self, host, port=80):
        self.host = host
    def handle(self, conn):
        return conn
    def nohandle():
        pass
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a):
        return a
def f(a, b, *, c):
    pass
def g(x, /, y):
    pass
tests = [lambda: Server(), lambda: Server("h", 1, 2), lambda: Server("h").handle(), lambda: Server("h").handle(1, 2), lambda: Server("h").nohandle(),
         lambda: Server.handle(1), lambda: Server.s(), lambda: Server.c(), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(1, 2, d=4, c=1), lambda: f(1, a=1, c=2),
         lambda: Server(hst="h"), lambda: len(), lambda: len(1, 2), lambda: print(sep=1), lambda: "x".join(), lambda: [].append(1, 2),
         lambda: int("1", "2"), lambda: Server("h").missing, lambda: Server.missing, lambda: Server("h").hots, lambda: (lambda x: x)(), lambda: sorted([1], keyy=1),
         lambda: {}.get(), lambda: range(), lambda: range(1, 2, 3, 4), lambda: isinstance(1), lambda: Exception(1, 2).foo, lambda: max(1), lambda: open()]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
