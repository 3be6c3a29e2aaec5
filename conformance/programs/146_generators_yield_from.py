# Generators consumed by builtins and itertools; send() through yield from; exhausted iterators;
# range methods; sort/sorted/copy.
import itertools, sys
def numbers(n):
    for i in range(n):
        yield i
g = numbers(5)
print(sum(g), list(g), sum(numbers(4), 10), max(numbers(3)), sorted(numbers(3), reverse=True), "".join(str(x) for x in numbers(3)))
print(dict.fromkeys(numbers(2)), set(numbers(3)), tuple(numbers(2)), list(zip(numbers(3), numbers(2))), list(map(lambda x: x * 2, numbers(3))))
print(any(numbers(0)), all(numbers(0)), min(numbers(3), default=9), list(reversed(list(numbers(3)))), list(enumerate(numbers(2), 1)))
print(list(itertools.islice(numbers(10), 2, 5)), list(itertools.chain(numbers(2), "ab")), next(itertools.cycle("xy")))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:3], list(itertools.combinations("abc", 2)), list(itertools.groupby("aabbbc"))[0][0])
print([(k, len(list(v))) for k, v in itertools.groupby("aabbbc")], list(itertools.accumulate([1, 2, 3])), list(itertools.zip_longest("ab", "c", fillvalue="-")), list(itertools.takewhile(lambda x: x < 2, numbers(5))))
def gen2():
    x = yield 1
    print("got", x)
    y = yield x * 2
    return y
g = gen2()
print(next(g), g.send(5))
try:
    g.send(7)
except StopIteration as e:
    print("stop", e.value)
def delegator():
    r = yield from gen2()
    print("delegated result", r)
d = delegator()
print(next(d), d.send(3))
try:
    d.send(9)
except StopIteration:
    print("done")
gen = (x * x for x in range(3))
print(gen.__class__.__name__, list(gen), list(gen))
it = iter([1, 2])
print(list(it), list(it))
r = range(10)
print(r[2:5], r[-1], len(r), 3 in r, r.index(4), list(range(10, 0, -3)), range(0), repr(range(1, 5, 2)))
print(list(filter(lambda c: c.isupper(), "aBcD")), list(map(int, "123")), list(map(pow, [2, 3], [3, 2])))
x = [3, 1, 2]
y = sorted(x)
x.sort(key=lambda v: -v)
print(x, y, x.copy(), list(reversed(x)), x[::-1], x.index(1))
nested = {"a": [1, {"b": 2}]}
import copy
deep = copy.deepcopy(nested); deep["a"][1]["b"] = 3
shallow = copy.copy(nested); shallow["a"].append(4)
print(nested, deep)
r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), range(10, 0, -2).index(4))
try:
    r.index(10)
except ValueError as e:
    print("ValueError", e)


def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def outer():
    result = yield from inner()
    yield "inner returned %d" % result


acc = outer()
print(next(acc), acc.send(5), acc.send(10), acc.send(None), list(acc))
print(list(outer()))
