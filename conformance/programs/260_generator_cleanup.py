# A generator left by `for ... break`, return or an exception is closed at once (CPython's
# refcounting): its finally blocks and with-exits run before the next statement. A generator bound to
# a name stays open. The last loop ends with an uncaught exception: exit code 1, the generator's
# cleanup is printed first.


def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("cleanup", n)


for x in numbers(5):
    if x == 2:
        break
print("after break")


def first_big(limit):
    for x in numbers(10):
        if x > limit:
            return x


print("first_big", first_big(3))

try:
    for x in numbers(7):
        if x == 1:
            raise ValueError("boom")
except ValueError as e:
    print("caught", e)

for i, x in enumerate(numbers(4)):
    if i == 1:
        break
print("enumerate done")

g = numbers(6)
for x in g:
    if x == 1:
        break
print("still open", next(g))
g.close()


class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


def lines(sock_data):
    with Resource():
        for line in sock_data.split(b"\n"):
            yield line


for line in lines(b"HELLO\nQUIT\nEXTRA"):
    print(line)
    if line == b"QUIT":
        break
print("loop left")


def inner():
    for x in numbers(3):
        raise KeyError(x)


try:
    inner()
except KeyError as e:
    print("KeyError", e)

for x in numbers(2):
    pass
print("exhausted")

for x in numbers(8):
    if x == 0:
        raise RuntimeError("uncaught")
