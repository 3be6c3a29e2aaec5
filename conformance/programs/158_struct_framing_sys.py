# Length-prefixed framing with struct (Struct, pack/unpack, error wording), sys/print helpers, input() at EOF, main guard; exits with sys.exit(4).
import socket
import struct
import sys
import time
import os

HEADER = struct.Struct("!IH")

def send_msg(sock, kind, payload):
    sock.sendall(HEADER.pack(len(payload), kind) + payload)

def recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("socket closed with %d of %d bytes" % (len(buf), n))
        buf += chunk
    return buf

def recv_msg(sock):
    length, kind = HEADER.unpack(recv_exact(sock, HEADER.size))
    return kind, recv_exact(sock, length)

def main(argv):
    print("args:", argv[1:], len(argv), __name__)
    print(struct.pack("!I", 1), struct.pack("<I", 1), struct.pack(">H", 258), struct.pack("!BBH", 1, 2, 3))
    print(struct.pack("!4s2x?", b"ab", True), struct.pack("!q", -2), struct.pack("!f", 1.5), struct.pack("!d", 0.1))
    print(struct.unpack("!IH", b"\x00\x00\x00\x05\x00\x02"), struct.unpack("<hh", b"\xff\xff\x01\x00"), struct.unpack("!3s", b"abc"))
    print(struct.calcsize("!IH"), struct.calcsize("IH"), struct.calcsize("@iq"), HEADER.size, HEADER.format)
    print(struct.unpack_from("!H", b"\x00\x01\x00\x02", 2), struct.iter_unpack if False else "", (258).to_bytes(2, "big"), int.from_bytes(b"\x01\x02", "little"))
    for args in [("!I", -1), ("!B", 256), ("!H", "x"), ("!I", 1, 2), ("!Z", 1)]:
        try:
            struct.pack(*args)
        except struct.error as e:
            print("struct.error:", e)
        except Exception as e:
            print(type(e).__name__ + ":", e)
    try:
        struct.unpack("!I", b"abc")
    except struct.error as e:
        print("struct.error:", e)
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    c = socket.create_connection(srv.getsockname())
    s, _ = srv.accept()
    send_msg(c, 1, b"hello")
    send_msg(c, 2, "wörld".encode())
    send_msg(c, 3, b"")
    for _ in range(3):
        kind, body = recv_msg(s)
        print(kind, body, body.decode("utf-8"))
    print("to stderr", file=sys.stderr)
    print("flushed", end="!\n", flush=True)
    print("a", "b", sep="", end="")
    print()
    sys.stdout.write("written\n")
    sys.stderr.write("err written\n")
    t0 = time.time()
    time.sleep(0.01)
    print(time.time() - t0 >= 0.009, isinstance(os.getpid(), int))
    try:
        line = input("prompt> ")
    except EOFError as e:
        print("EOF", repr(e))
    c.close()
    try:
        recv_msg(s)
    except ConnectionError as e:
        print(type(e).__name__, e)
    s.close(); srv.close()
    return 4

if __name__ == "__main__":
    rc = main(sys.argv)


for fmt,v in [('!I',-1),('!B',256),('H',-1),('!q',2**63),('!h',40000),('<i',2**31),('!Q',-1),('!f','x'),('!d',None), ('!?', 5), ('!c', b'ab'), ('!c', 1), ('!3s', 'abc')]:
  try: print(struct.pack(fmt, v))
  except Exception as e: print(type(e).__name__, e)
sys.exit(rc)
