# json framing of messages and collections helpers, as used in chat/command servers.
import json
import socket
from collections import defaultdict, deque, namedtuple, Counter, OrderedDict

Msg = namedtuple("Msg", "kind sender body")
Addr = namedtuple("Addr", ["host", "port"], defaults=[0])

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
cli = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()

outgoing = [
    {"type": "join", "user": "alice", "seq": 1},
    {"type": "say", "user": "alice", "text": "héllo \"world\"\n", "tags": ["a", "b"], "ratio": 0.5},
    {"type": "say", "user": "bob", "text": "hi", "meta": None, "ok": True, "n": 10**20},
    {"type": "leave", "user": "bob"},
]
for m in outgoing:
    line = json.dumps(m) + "\n"
    cli.sendall(line.encode("utf-8"))
cli.close()

buf = b""
while True:
    chunk = conn.recv(16)
    if not chunk:
        break
    buf += chunk
messages = [json.loads(line) for line in buf.decode("utf-8").splitlines()]
print(len(messages), messages[1]["text"], messages[2]["n"], type(messages[1]["ratio"]).__name__)

by_user = defaultdict(list)
counts = Counter()
history = deque(maxlen=2)
for m in messages:
    by_user[m["user"]].append(m["type"])
    counts[m["type"]] += 1
    history.append(m["type"])
print(by_user)
print(dict(by_user), by_user["nobody"], len(by_user))
print(counts, counts.most_common(1), counts["missing"])
print(history, len(history), list(history), history[0], "say" in history)
history.appendleft("first")
print(history.popleft(), history.pop(), history)

m = Msg("say", "alice", "hi")
print(m, m.kind, m[2], len(m), tuple(m), m == ("say", "alice", "hi"))
kind, sender, body = m
print(kind, sender, body, m._asdict(), m._replace(body="bye"))
print(Addr("localhost"), Addr("h", port=80), Addr._fields)
od = OrderedDict()
od["b"] = 1
od["a"] = 2
print(od, list(od.keys()), json.dumps(od))

print(json.dumps({"b": [1, 2, {"c": None}], "a": (1.5, False)}, indent=2, sort_keys=True))
print(json.dumps([1, "x"], separators=(",", ":")), json.dumps("é", ensure_ascii=False), json.dumps({1: "int key", True: 1}))
print(json.loads('{"a": [1, 2.5e3, -0, "\\u00e9\\n"], "b": {}}'), json.loads("[]"), json.loads(' "s" '))
for bad in ["", "{'a': 1}", '{"a" 1}', "[1, 2", '{"a": 1} x', '"abc', "[1,]", "nul"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for bad in [b"bytes", {1, 2}, {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    Msg("only")
except TypeError as e:
    print(e)
try:
    deque().pop()
except IndexError as e:
    print(e)
d = defaultdict(int)
for word in "the cat the dog the end".split():
    d[word] += 1
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])), d.default_factory)
print(Counter("mississippi").most_common(2), Counter(a=2, b=1))
conn.close()
srv.close()
json.loads(b"")
