# str/bytes/list/dict methods and builtins called with good and bad arguments: results and error wording.
calls = [
    ("split", ()), ("split", (",",)), ("split", (None, 1)), ("rsplit", (None, 1)), ("split", ("",)), ("splitlines", ()), ("splitlines", (True,)),
    ("strip", ()), ("strip", ("x ",)), ("find", ("l",)), ("find", ("l", 4)), ("rfind", ("l",)), ("index", ("q",)), ("rindex", ("l",)),
    ("count", ("l",)), ("count", ("",)), ("replace", ("l", "L")), ("replace", ("l", "L", 2)), ("startswith", ("he",)), ("startswith", (("x", "h"),)),
    ("endswith", ("\n",)), ("partition", (" ",)), ("rpartition", (" ",)), ("upper", ()), ("title", ()), ("capitalize", ()), ("swapcase", ()),
    ("center", (20, "-")), ("ljust", (15, ".")), ("rjust", (3,)), ("zfill", (20,)), ("isdigit", ()), ("isalpha", ()), ("isspace", ()),
    ("join", (["a", "b"],)), ("join", ([1, 2],)), ("encode", ()), ("removeprefix", ("hel",)), ("removesuffix", ("\n",)), ("expandtabs", (4,)),
    ("format", (1,)), ("casefold", ()), ("isidentifier", ()), ("isprintable", ()), ("istitle", ()), ("splitlines", (False,)), ("lstrip", ("eh",)),
    ("center", ("x",)), ("split", (1,)), ("find", (1,)), ("startswith", (1,)), ("count", ()), ("ljust", (5, "ab")), ("zfill", ("5",)),
]
samples = ["hello world, hello\n", "  x,y ,,z  ", "", "Line1\r\nLine2\rLine3\n", "tab\there"]
for s in samples:
    for name, args in calls:
        try:
            r = getattr(s, name)(*args)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(name, repr(r))
bcalls = [("split", (b",",)), ("split", ()), ("strip", ()), ("find", (b"l",)), ("find", (108,)), ("replace", (b"l", b"L")), ("startswith", (b"he",)),
          ("decode", ()), ("decode", ("ascii",)), ("upper", ()), ("hex", ()), ("hex", (":",)), ("count", (b"l",)), ("index", (b"z",)), ("join", ([b"a", b"b"],)),
          ("partition", (b" ",)), ("split", ("x",)), ("join", (["a"],)), ("isdigit", ()), ("splitlines", ()), ("center", (15, b"*")),
          ("ljust", (15,)), ("zfill", (12,)), ("rstrip", (b"\n",)), ("endswith", ((b"\n", b"x"),)), ("decode", ("utf-8", "strict")), ("removeprefix", (b"he",))]
for b in [b"hello world\n", b"\xff\xfe a,b", b"12,34", b""]:
    for name, args in bcalls:
        try:
            r = getattr(b, name)(*args)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(name, repr(r))
lst = [3, 1, 2]
for name, args in [("index", (5,)), ("remove", (9,)), ("pop", (10,)), ("insert", (10, 0)), ("count", (1,)), ("sort", ()), ("pop", ()), ("index", (1, 5)), ("extend", (5,)), ("copy", ()), ("clear", ())]:
    try:
        r = getattr(lst, name)(*args)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(name, repr(r), lst)
d = {"a": 1}
for name, args in [("pop", ("z",)), ("get", ()), ("update", (5,)), ("update", ([(1, 2, 3)],)), ("setdefault", ("b",)), ("popitem", ()), ("popitem", ()), ("fromkeys", ("ab",))]:
    try:
        r = getattr(d, name)(*args)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(name, repr(r), d)
for f, a in [(len, (5,)), (sum, ([1, 2], 10)), (sorted, ("bca",)), (abs, (-3.5,)), (max, ([1, 5], [2])), (min, ("hello",)), (int, ("0x10", 16)), (int, ("10", 2)),
             (float, ("  3.5e2 ",)), (str, (b"x", "ascii")), (bytes, ("x",)), (bytes, (-1,)), (list, ("ab",)), (tuple, ({1: 2},)), (set, ([1, 1, 2],)), (dict, ([("a", 1)],)),
             (range, (1, 10, 0)), (chr, (0x110000,)), (ord, ("",)), (hex, (3.5,)), (bin, (-5,)), (oct, (8,)), (round, (3.14159, 2)), (divmod, (7.5, 2)), (pow, (2, -1)),
             (pow, (2, 3, 5)), (isinstance, (1, "int")), (zip, (1,)), (sum, (["a", "b"], "")), (any, ([],)), (all, ([],)),
             (repr, ("a'b\"c",)), (ascii, ("ü",)), (callable, (len,)), (getattr, (1, "x")), (next, (iter([]), None)), (format, (1, "x")),
             (int, ("9" * 30,)), (str, (10 ** 30,)), (float, (10 ** 400,)), (int, (1e300,)), (int, (float("nan"),)), (bool, ("False",)), (list, (range(3),)), (slice, (1, 5))]:
    try:
        r = f(*a)
        if type(r).__name__ in ("zip", "enumerate", "list_reverseiterator", "list_iterator", "dict_reverseiterator"):
            r = list(r)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(f.__name__, repr(r))
