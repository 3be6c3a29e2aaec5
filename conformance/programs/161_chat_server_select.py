# A select()-based chat server with a dict of client names, broadcasting, and clean disconnects.
import select
import socket
import sys

HOST, PORT = "127.0.0.1", 0
BUF = 1024

class ChatServer:
    def __init__(self, host=HOST, port=PORT):
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind((host, port))
        self.server.listen(5)
        self.sockets = [self.server]
        self.names = {}
        self.log = []

    @property
    def address(self):
        return self.server.getsockname()

    def broadcast(self, sender, message):
        for sock in self.sockets:
            if sock is not self.server and sock is not sender:
                try:
                    sock.sendall(message)
                except OSError as exc:
                    self.log.append(f"send failed: {exc.__class__.__name__}")

    def handle(self, timeout=0.5):
        readable, _, errored = select.select(self.sockets, [], self.sockets, timeout)
        for sock in readable:
            if sock is self.server:
                conn, addr = sock.accept()
                self.sockets.append(conn)
                self.names[conn] = f"user{len(self.names) + 1}"
                self.log.append(f"{self.names[conn]} joined")
                continue
            try:
                data = sock.recv(BUF)
            except ConnectionResetError:
                data = b""
            name = self.names.get(sock, "?")
            if not data:
                self.log.append(f"{name} left")
                self.sockets.remove(sock)
                del self.names[sock]
                sock.close()
                continue
            text = data.decode("utf-8", errors="replace").strip()
            if text.startswith("/nick "):
                new = text.split(maxsplit=1)[1]
                self.log.append(f"{name} is now {new}")
                self.names[sock] = new
            else:
                self.broadcast(sock, f"[{name}] {text}\n".encode())
        return len(readable)

server = ChatServer()
clients = [socket.create_connection(server.address) for _ in range(3)]
while len(server.names) < 3:
    server.handle()
clients[0].sendall(b"/nick alice\n")
server.handle()
clients[0].sendall("hello everyone ✓\n".encode())
server.handle()
for i, c in enumerate(clients[1:], start=1):
    c.settimeout(0.5)
    print(i, repr(c.recv(BUF).decode()))
clients[2].close()
while len(server.names) > 2:
    server.handle()
clients[1].sendall(b"bye\n")
server.handle()
print(clients[0].recv(BUF))
print("\n".join(server.log))
print(sorted(server.names.values()), len(server.sockets))
for c in clients[:2]:
    c.close()
while server.names:
    server.handle()
print("log size", len(server.log), file=sys.stderr)
server.server.close()
