# Lecturer-style command line and integrity checks: argparse with defaults (no arguments given), hashlib digests
# of a transferred file's bytes, then argparse's usage error for a missing argument (exit 2).
import hashlib
for data in [b"", b"abc", b"hello world" * 20, bytes(range(256)) * 3]:
    print(hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest(), hashlib.sha256(data).hexdigest())
h = hashlib.sha256()
h.update(b"part1")
h.update(b"part2")
print(h.hexdigest() == hashlib.sha256(b"part1part2").hexdigest(), h.digest()[:4], h.digest_size, hashlib.new("MD5", b"x").hexdigest(), h.name)
import socket
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()
c = socket.create_connection(srv.getsockname()); conn, _ = srv.accept()
payload = bytes(range(256)) * 40
digest = hashlib.sha256(payload).hexdigest()
c.sendall(digest.encode() + b"\n" + payload); c.close()
buf = b""
while True:
    chunk = conn.recv(1000)
    if not chunk:
        break
    buf += chunk
head, _, body = buf.partition(b"\n")
print(len(body), head.decode() == hashlib.sha256(body).hexdigest(), hashlib.md5(body).hexdigest())
conn.close(); srv.close()
import argparse
p = argparse.ArgumentParser(description="Echo server")
p.add_argument("host", help="server host")
p.add_argument("-p", "--port", type=int, default=5000, help="port to use")
p.add_argument("--verbose", "-v", action="store_true", help="talk more")
p.print_help()
try:
    p.parse_args(["h", "-p", "x"])
except SystemExit as e:
    print("exit", e.code)

p = argparse.ArgumentParser(description="Echo server")
p.add_argument("--host", default="127.0.0.1", help="address to bind")
p.add_argument("-p", "--port", type=int, default="5000", help="port")
p.add_argument("--verbose", "-v", action="store_true")
p.add_argument("--mode", choices=["tcp", "udp"], default="tcp")
args = p.parse_args()
print(args.host, args.port, args.verbose, args.mode, type(args.port).__name__)
print(vars(args))
print(p.parse_args(["--port", "80", "-v", "--mode=udp"]))
q = argparse.ArgumentParser(prog="client.py")
q.add_argument("host")
q.add_argument("port", type=int)
q.add_argument("-n", "--count", type=int, default=1)
print(q.parse_args(["localhost", "8080"]))
q.parse_args([])
