# JSON messages over a TCP connection: a JSONEncoder subclass passed as cls= (its default() for sets
# and the program's own class, super().default()'s TypeError), json.JSONDecoder().raw_decode() to split
# a stream of concatenated objects, decode() and loads(cls=); bytes.decode error handlers
# (replace/ignore/backslashreplace/surrogateescape) on a payload with invalid UTF-8; zip(strict=True).
import json
import socket


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
cli = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()

msgs = [{"type": "join", "user": "ann", "tags": {"b", "a"}}, {"type": "move", "to": Point(1, 2)}, [1, 2.5, None, True]]
for m in msgs:
    cli.sendall(json.dumps(m, cls=Encoder).encode())
cli.sendall(json.dumps({"z": 1, "a": [Point(0, -1)]}, cls=Encoder, sort_keys=True, indent=2).encode())
cli.shutdown(socket.SHUT_WR)

buf = b""
while True:
    chunk = conn.recv(7)
    if not chunk:
        break
    buf += chunk
text = buf.decode()
dec = json.JSONDecoder()
pos = 0
while pos < len(text):
    while pos < len(text) and text[pos].isspace():
        pos += 1
    obj, pos = dec.raw_decode(text, pos)
    print(pos, obj)

print(Encoder().encode({"p": Point(3, 4)}), Encoder(separators=(",", ":")).encode([Point(5, 6)]))
print(dec.decode('{"a": [1, 2]}'), json.loads('{"n": 1.5}', cls=json.JSONDecoder, parse_float=str))
try:
    json.dumps({"sock": object()}, cls=Encoder)
except TypeError as e:
    print("TypeError:", e)
try:
    dec.raw_decode('{"a": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos)

bad = b"caf\xc3\xa9 \xff\xfe ok \xe2\x82"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errors, ascii(bad.decode("utf-8", errors)))
try:
    bad.decode()
except UnicodeDecodeError as e:
    print(e.reason, e.start, e.end, e)

names = ["ann", "bob", "cid"]
ports = [1, 2, 3]
print(list(zip(names, ports, strict=True)))
for extra in (["dan"], []):
    try:
        list(zip(names, ports + extra, strict=True))
    except ValueError as e:
        print("ValueError:", e)
try:
    list(zip(names, ports[:2], names, strict=True))
except ValueError as e:
    print("ValueError:", e)
conn.close()
cli.close()
srv.close()
