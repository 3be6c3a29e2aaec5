# Saving what was received to a file and reading it back (open() with binary/text/append modes, iteration,
# errors), and 'not a or b' precedence; ends with an uncaught FileNotFoundError.
import socket
payload = bytes(range(256)) * 8
with open("/tmp/socketlab_upload.bin", "wb") as f:
    print(f.write(payload[:1000]), f.write(payload[1000:]))
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()
c = socket.create_connection(srv.getsockname()); conn, _ = srv.accept()
with open("/tmp/socketlab_upload.bin", "rb") as f:
    while True:
        chunk = f.read(700)
        if not chunk:
            break
        c.sendall(chunk)
c.close()
with open("/tmp/socketlab_received.bin", "wb") as out:
    total = 0
    while True:
        data = conn.recv(512)
        if not data:
            break
        total += out.write(data)
print(total, open("/tmp/socketlab_received.bin", "rb").read() == payload)
with open("/tmp/socketlab_notes.txt", "w") as f:
    f.write("first line\n")
    f.write("zweite Zeile ü\n")
with open("/tmp/socketlab_notes.txt", "a") as f:
    print("third", file=f) if False else f.write("third\n")
with open("/tmp/socketlab_notes.txt") as f:
    for n, line in enumerate(f, 1):
        print(n, repr(line))
f = open("/tmp/socketlab_notes.txt", encoding="utf-8")
print(f.readline(), f.read(5), f.tell(), f.closed)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open("/tmp/socketlab_missing.txt")
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
try:
    open("/tmp/socketlab_notes.txt", "w").write(b"x")
except TypeError as e:
    print(e)
try:
    open("/tmp/socketlab_notes.txt", "q")
except ValueError as e:
    print(e)
conn.close(); srv.close()
open("nope/missing.cfg", "rb")
if not x or x:
    print("A")
if (not x) or x:
    print("B")
y = not x or x
print(repr(y))
if not x or len(x):
    print("C")
if x == "z" or x:
    print("D")
x = "q"
print(1 if not x or x else 2, (lambda: not x or 5)(), [not v or v for v in [0, 3]], not x or not x, not 1 < 2 or 7, any(not c or c for c in "ab"))
