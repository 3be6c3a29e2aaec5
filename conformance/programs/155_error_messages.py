# Conversion and error messages exactly as CPython 3.11 words them (caught and printed).
tests = ["42", " 7 ", "-3", "0x1f", "3.5", "abc", "", "1_000"]
for t in tests:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print("ValueError:", e)
print(int("ff", 16), int("0x1f", 16), int("0b101", 0), int("777", 8), int(3.99), int(-3.99), int("  12\n"))
for t in ["1.5", "1e3", "inf", "nan", "x", " 2 "]:
    try:
        print(float(t))
    except ValueError as e:
        print("ValueError:", e)
for f in [lambda: int(None), lambda: int([1]), lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: len(5),
          lambda: [1][5], lambda: {}["k"], lambda: {"a": 1}[("x", 1)], lambda: (1, 2)[3], lambda: "abc"[10], lambda: None.foo,
          lambda: (1).foo, lambda: "x".foo(), lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: b"\xff".decode(),
          lambda: b"abc\xe9".decode("utf-8"), lambda: "é".encode("ascii"), lambda: int("12", 40), lambda: [].pop(), lambda: {}.popitem(),
          lambda: [1, 2].index(5), lambda: "abc".index("z"), lambda: [1].remove(9), lambda: set().pop(), lambda: iter(5), lambda: next(iter([])),
          lambda: b"a" + "b", lambda: "a" + b"b", lambda: sum(["a"]), lambda: sorted([1, "a"]), lambda: 1 < "a",
          lambda: hash([]), lambda: {[]: 1}, lambda: int.foo, lambda: abs("x"), lambda: ord("ab"), lambda: chr(-1), lambda: bytes([300]),
          lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "{} {}".format(1), lambda: "{x}".format(y=1),
          lambda: b"x".decode("nope"), lambda: float("1,5"), lambda: divmod(1, 0), lambda: 2 ** -1 // 0, lambda: list(5), lambda: tuple(None),
          lambda: dict([1, 2]), lambda: max([]), lambda: min(), lambda: "a".join([1, 2]), lambda: b"".join(["a"]), lambda: [1, 2, 3][1:2:0],
          lambda: "abc".split(""), lambda: int("5", base=1), lambda: round("x"), lambda: x_undefined]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(int("12abc"))
