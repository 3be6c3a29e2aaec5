# struct formats, framing and pack_into; int.to_bytes/from_bytes; bytes and bytearray methods
# (bytearray slices, list-like methods and bytearray results).
import struct, sys
print(struct.pack("!I", 2**32 - 1), struct.pack("<q", -1), struct.pack("=h", 1), struct.pack("@h", 1))
print(struct.unpack("!3sxB", b"abc\x00\x07"), struct.pack("!2H", 1, 2), struct.unpack("<hh", b"\x01\x00\xff\xff"), struct.pack("?", 0))
s = struct.Struct("!HH")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x00\x01\x00\x02"), list(struct.iter_unpack("!H", b"\x00\x01\x00\x02")))
buf = bytearray(8)
struct.pack_into("!I", buf, 2, 7)
print(buf, struct.unpack_from("!I", buf, offset=2))
for fmt, args in [("!H", (-1,)), ("!i", (2**31,)), ("!Q", (-1,)), ("!b", (128,)), ("!c", (b"ab",)), ("!?", ()), ("!H", (1, 2)), ("!x", (1,)), ("!Z", (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error:", e)
for fmt, data in [("!H", b"\x00"), ("!I", b"12345"), ("!H", "ab")]:
    try:
        struct.unpack(fmt, data)
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
header = struct.pack("!BBH", 1, 2, 300) + b"payload"
ver, typ, ln = struct.unpack("!BBH", header[:4])
print(ver, typ, ln, header[4:].decode(), len(header))
msg = "héllo".encode()
frame = struct.pack("!I", len(msg)) + msg
n, = struct.unpack("!I", frame[:4])
print(n, frame[4:4 + n].decode("utf-8"))
print(int.from_bytes(b"\x00\x10", byteorder="big"), (4096).to_bytes(2, "little"), int.from_bytes(bytearray(b"\x01"), "big"), (0).to_bytes(0, "big"), int.from_bytes(b"", "big"))
print((1024).to_bytes(2), int.from_bytes(b"\x04\x00"))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytearray([1]) + b"x", b"abc".decode(), bytes(range(3)), b"a" in b"abc", 97 in b"abc", b"x".join([b"a", b"b"]), b"%05.1f" % 2.5)
print(b"hello world".split(maxsplit=1), b"a:b:c".partition(b":"), b"  x  ".lstrip(), b"abc".replace(b"b", b"B"), b"abc".startswith(b"a"), b"ABC".lower(), b"12".isdigit(), b"ab".center(6, b"*"), b"x".ljust(3, b"-"))
ba = bytearray(b"hello")
ba[0] = 72; ba.extend(b"!!"); ba += b"?"; del ba[1]
print(ba, ba.pop(), len(ba), bytes(ba), ba.find(b"l"), ba.decode(), bytearray(b"abc").upper())
try:
    ba[0] = 256
except ValueError as e:
    print(e)
try:
    b"abc" + "def"
except TypeError as e:
    print(e)
try:
    "abc" + b"def"
except TypeError as e:
    print(e)
ba = bytearray(b" a,b ")
print(ba.upper(), ba.strip(), ba.split(b","), ba.partition(b","), ba.replace(b"a", b"x"), ba.join([b"1", b"2"]), ba.copy() == ba, ba.copy() is ba)
ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
ba[0:0] = [1, 2]
ba[-2:] = bytearray(b"")
print(ba, ba.pop(0), ba.insert(0, 65), ba.remove(88), ba, ba.reverse(), ba)


def assign_str():
    ba[0:1] = "s"


for bad in [assign_str, lambda: ba.insert(0, 300), lambda: ba.remove(0), lambda: bytearray().pop()]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
ba.clear()
print(ba, len(ba))
