# A tiny HTTP/1.0 server and client in one process: request parsing, headers dict, status lines,
# Content-Length framing, a UDP ping with timeouts, and a hand-rolled checksum.
import socket

def parse_request(raw):
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("iso-8859-1").split("\r\n")
    method, target, version = lines[0].split(" ")
    headers = {}
    for line in lines[1:]:
        key, sep, value = line.partition(":")
        if not sep:
            raise ValueError(f"malformed header line: {line!r}")
        headers[key.strip().lower()] = value.strip()
    return method, target, version, headers, body

def response(status, reason, body=b"", ctype="text/plain"):
    head = [f"HTTP/1.0 {status} {reason}", f"Content-Type: {ctype}", f"Content-Length: {len(body)}", "", ""]
    return "\r\n".join(head).encode("ascii") + body

ROUTES = {"/": b"<h1>Home</h1>", "/hello": b"Hello, world!"}

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
for path in ["/", "/hello", "/missing", "bad"]:
    c = socket.socket()
    c.connect(srv.getsockname())
    if path == "bad":
        c.sendall(b"GET / HTTP/1.0\r\nNoColonHere\r\n\r\n")
    else:
        c.sendall(f"GET {path} HTTP/1.0\r\nHost: localhost\r\nUser-Agent: lab/1.0\r\n\r\n".encode())
    conn, _ = srv.accept()
    raw = conn.recv(4096)
    try:
        method, target, version, headers, body = parse_request(raw)
        print(method, target, version, sorted(headers.items()))
        if target in ROUTES:
            conn.sendall(response(200, "OK", ROUTES[target], "text/html" if target == "/" else "text/plain"))
        else:
            conn.sendall(response(404, "Not Found", b"no such page"))
    except ValueError as e:
        print("400:", e)
        conn.sendall(response(400, "Bad Request"))
    conn.close()
    reply = b""
    while True:
        chunk = c.recv(10)
        if not chunk:
            break
        reply += chunk
    c.close()
    status_line, _, rest = reply.partition(b"\r\n")
    proto, code, reason = status_line.decode().split(" ", 2)
    hdrs, _, body = rest.partition(b"\r\n\r\n")
    length = int(dict(h.split(": ", 1) for h in hdrs.decode().split("\r\n"))["Content-Length"])
    print(f"{int(code):03d} {reason:<10} len={length:>3} body={body!r} ok={length == len(body)}")
srv.close()

def checksum(data):
    total = 0
    for i in range(0, len(data) - 1, 2):
        total += (data[i] << 8) + data[i + 1]
    if len(data) % 2:
        total += data[-1] << 8
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF

udp_srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp_srv.bind(("127.0.0.1", 0))
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.settimeout(0.1)
rtts = []
for seq in range(1, 5):
    msg = f"PING {seq}".encode()
    udp.sendto(msg, udp_srv.getsockname())
    data, addr = udp_srv.recvfrom(1024)
    if seq % 2 == 0:
        udp_srv.sendto(data.upper() + b" " + hex(checksum(data)).encode(), addr)
    try:
        reply, server = udp.recvfrom(1024)
        print(f"seq={seq} reply={reply.decode()} from_server={server == udp_srv.getsockname()}")
        rtts.append(seq)
    except socket.timeout:
        print(f"seq={seq} Request timed out")
print(f"loss {100 * (4 - len(rtts)) / 4:.1f}%", hex(checksum(b"abc")), checksum(b""))
udp.close(); udp_srv.close()
