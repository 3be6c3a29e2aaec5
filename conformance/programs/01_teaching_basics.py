# Plain-language features used in teaching code: f-strings, % formatting,
# comprehensions, bytes repr with escapes, str/bytes conversion.
name = "Server"
port = 50000
print(f"Hello {name} on port {port}")
print("Hello %s on port %d" % (name, port))
print("%5d|%-5d|%05.1f|%x|%r" % (42, 42, 3.14159, 255, "hi"))
print("{} and {}".format("a", b"b"))
squares = [n * n for n in range(6)]
print(squares)
lengths = {w: len(w) for w in ["syn", "ack", "fin"]}
print(lengths)
print(sorted({c for c in "hello"}))
data = b"Hello\r\n\x00\x7f\xff\t'quote'"
print(data)
print(repr(data))
print(len(data), data[0], data[-1], data[:5])
print(b'it\'s "both"')
print("caf\u00e9".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"))
print(str(b"abc"), bytes([72, 105]), bytearray(b"xy"))
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]))
print(b"abc" == "abc", b"abc".decode() == "abc")
for i, ch in enumerate("ab"):
    print(i, ch, end="; ")
print()
x, *rest = [1, 2, 3]
print(x, rest, divmod(17, 5), 7 // 2, 7 / 2, 2 ** 10)
print(True and "yes" or "no", None is None, [] or "empty")
