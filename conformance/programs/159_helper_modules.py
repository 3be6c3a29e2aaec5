# Helper modules of lecturer code: typing annotations, math, base64/binascii/zlib.crc32 checksums, itertools,
# functools, logging (to stderr); a default argument that names a global. Ends with an uncaught math domain error.
import math, base64
print(math.ceil(10 / 3), math.floor(-2.5), math.sqrt(16), math.pi, math.pow(2, 10), math.log(8, 2), math.log10(1000), math.gcd(12, 18), math.factorial(10), math.isclose(0.1 + 0.2, 0.3), math.trunc(-3.7), math.inf, math.hypot(3, 4))
print(math.ceil(5), type(math.ceil(2.1)).__name__, math.fabs(-2), math.exp(0), math.degrees(math.pi), math.isnan(float("nan")), math.comb(5, 2), math.prod([1, 2, 3]), math.fsum([0.1] * 10))
for f in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.sqrt("x"), lambda: math.factorial(-1), lambda: math.ceil(float("inf"))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
e = base64.b64encode(b"hello world!?")
print(e, base64.b64decode(e), base64.b64encode(b"a"), base64.b64decode("YQ=="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"\x01\xab"))
try:
    base64.b64decode(b"abc")
except Exception as ex:
    print(type(ex).__name__, ex)
import binascii, zlib
print(binascii.hexlify(b"\x01\xff"), binascii.unhexlify("01ff"), binascii.crc32(b"hello"), zlib.crc32(b"abc"))
import itertools, functools, logging
from typing import List, Dict, Optional, Tuple
def f(x: List[int], y: Optional[Dict[str, int]] = None) -> Tuple[int, int]:
    return len(x), 0
print(f([1, 2]))
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.chain([1], (2, 3))), list(itertools.chain.from_iterable([[1], [2]])))
print(list(itertools.zip_longest("ab", "x", fillvalue="-")), list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abc", 2)), list(itertools.accumulate([1, 2, 3])), [(k, list(g)) for k, g in itertools.groupby("aabbbc")])
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat(0, 3)), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.partial(int, base=2)("101"))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("server")
log.info("listening on %s:%d", "127.0.0.1", 5000)
log.debug("hidden")
logging.warning("careful %s", "now")
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
log.error("failed: %r", b"x")
BUFSIZE = 4096
def recv_size(n=BUFSIZE):
    return min(n, BUFSIZE)
print(recv_size(), recv_size(10))
print(math.sqrt(-2))
