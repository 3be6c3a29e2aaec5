"""Module docstring: struct 'e' and 'p', docstrings, memoryview, UTF-16/32, os._exit.

Ends with os._exit(3): exit code 3, no atexit handler and no finally block runs.
"""
import atexit
import os
import struct


def handler():
    """Handle one request."""
    return 1


class Server:
    """A server."""

    def serve(self):
        "Serve forever."


class Child(Server):
    pass


print(repr(__doc__.splitlines()[0]))
print(handler.__doc__, Server.__doc__, Server.serve.__doc__, Server().serve.__doc__)
print(Child.__doc__, (lambda: 0).__doc__)

for v in [1.5, -2.0, 0.1, 65504.0, 1e-7, 0.0, -0.0, float("inf"), 1 / 3, 65519.0, 2.0 ** -25, 3 * 2.0 ** -25]:
    b = struct.pack("<e", v)
    print(repr(v), b, struct.unpack("<e", b), struct.pack(">e", v))
try:
    struct.pack("e", 1e6)
except OverflowError as e:
    print("OverflowError", e)
print(struct.calcsize("e"), struct.calcsize("5p"), struct.calcsize("@bne"), struct.calcsize("<hep"))
print(struct.pack("5p", b"hi"), struct.pack("3p", b"hello"), struct.pack("p", b"abc"), struct.pack("0p", b"x"))
print(struct.unpack("5p", b"\x02hi\x00\x00"), struct.unpack("3p", b"\x09ab"), struct.unpack("<Hp", b"\x01\x00\x00"))
print(struct.pack("300p", b"a" * 280)[:3], len(struct.pack("300p", b"a" * 280)))

data = b"hello world"
mv = memoryview(data)
print(mv.tobytes(), len(mv), mv[0], mv[1:4].tobytes(), bytes(mv[6:]), mv.nbytes, mv.readonly, mv.tolist()[:3])
buf = bytearray(b"abc")
view = memoryview(buf)
view[0] = 65
print(buf, view.readonly, view == b"Abc", mv[:5] == b"hello")
with memoryview(b"xy") as m:
    print(m.tobytes())
sent = 0
view = memoryview(b"0123456789")
while view:
    chunk, view = view[:4], view[4:]
    sent += len(chunk)
print("sent", sent)

print("héllo".encode("utf-16"), "héllo".encode("utf-16-le"), "hi".encode("utf-16-be"))
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), b"\x00h\x00i".decode("utf-16-be"), "hi".encode("utf-16").decode("utf-16"))
print("a€".encode("utf-32")[:4], len("a€".encode("utf-32")), "😀".encode("utf-16-le"), b"=\xd8\x00\xde".decode("utf-16le"))
print(str(b"h\x00i\x00", "utf-16-le"), bytes("ok", "utf-16-be"), b"\xfe\xff\x00A".decode("utf-16"), b"A\x00\x00\x00".decode("utf-32-le"))
try:
    b"abc".decode("utf-16")
except UnicodeDecodeError as e:
    print(e)

atexit.register(lambda: print("atexit must not run"))
try:
    print("exiting")
    os._exit(3)
finally:
    print("finally must not run")
