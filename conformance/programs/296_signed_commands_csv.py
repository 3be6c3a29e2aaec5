# A signed command protocol: each line is "<hmac-sha256 hex> <command>"; the server checks the
# signature with hmac.compare_digest, splits the command with shlex.split (quotes, escapes, comments,
# "No closing quotation"), names sessions with uuid.uuid5, and logs what it did with csv.writer /
# csv.DictWriter to an in-memory file that csv.reader / csv.DictReader read back.
import csv
import hashlib
import hmac
import io
import shlex
import socket
import uuid

KEY = b"course-secret"


def sign(cmd):
    return hmac.new(KEY, cmd.encode(), hashlib.sha256).hexdigest()


srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
cli = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()

commands = ['put "my notes.txt" /srv/in', "get report.pdf --as 'final copy.pdf'", 'echo a\\ b "c \\"d\\"" # comment',
            'rm -rf "unclosed', "ls"]
lines = [sign(c) + " " + c for c in commands]
lines.insert(2, "0" * 64 + " shutdown now")
cli.sendall(("\n".join(lines) + "\n").encode())
cli.shutdown(socket.SHUT_WR)

data = b""
while True:
    chunk = conn.recv(50)
    if not chunk:
        break
    data += chunk
session = uuid.uuid5(uuid.NAMESPACE_URL, "tcp://127.0.0.1/session/1")
print("session", session, session.version, repr(uuid.uuid3(uuid.NAMESPACE_DNS, "server.local")))
log = io.StringIO()
writer = csv.writer(log)
writer.writerow(["n", "verb", "args", "status"])
for n, line in enumerate(data.decode().splitlines(), 1):
    mac, _, cmd = line.partition(" ")
    if not hmac.compare_digest(mac, sign(cmd)):
        writer.writerow([n, "", "", "bad signature"])
        continue
    try:
        argv = shlex.split(cmd, comments=True)
    except ValueError as e:
        writer.writerow([n, "", cmd, "error: %s" % e])
        continue
    writer.writerow([n, argv[0], " | ".join(argv[1:]), "ok"])
    conn.sendall(("%d %s\n" % (n, shlex.join(argv))).encode())
conn.close()
print(cli.recv(1000).decode(), end="")
cli.close()
srv.close()
print(repr(log.getvalue()))
for row in csv.reader(io.StringIO(log.getvalue())):
    print(row)

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["user", "bytes", "note"], lineterminator="\n")
dw.writeheader()
dw.writerows([{"user": "ann", "bytes": 1200, "note": 'said "hi", left'}, {"user": "bob", "bytes": 0}])
print(out.getvalue(), end="")
for rec in csv.DictReader(io.StringIO(out.getvalue())):
    print(rec)
print(hmac.new(b"k" * 80, b"long key", "md5").hexdigest(), hmac.digest(KEY, b"x", "sha1").hex(), hmac.compare_digest(b"ab", b"ab"))
