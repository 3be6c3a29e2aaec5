# socketserver: UDPServer with a DatagramRequestHandler, handle_request() with a timeout, a handler
# that raises (handle_error prints the request's address and the traceback to stderr, the server goes
# on), a second server on the same port, rebinding with allow_reuse_address, bind_and_activate=False.
import socket
import socketserver


class Shout(socketserver.DatagramRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        rest = self.rfile.read()
        self.wfile.write(line.strip().upper() + b'!' + rest)


class Picky(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        if data == b'bad':
            raise ValueError('picky handler refuses %r' % data)
        self.request.sendall(b'ok ' + data)


class Quick(socketserver.UDPServer):
    timeout = 0.1

    def handle_timeout(self):
        print('handle_timeout called')


with Quick(('127.0.0.1', 0), Shout) as udp:
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(b'hello\nrest', udp.server_address)
    udp.handle_request()
    print(c.recvfrom(100)[0])
    print(udp.handle_request())
    c.close()
    print(udp.socket.type, udp.fileno() >= 3)

class Reuse(socketserver.TCPServer):
    allow_reuse_address = True


server = Reuse(('127.0.0.1', 0), Picky)
addr = server.server_address
for msg in [b'good', b'bad', b'fine']:
    c = socket.create_connection(addr)
    c.sendall(msg)
    server.handle_request()
    print(msg, '->', c.recv(100))
    c.close()
try:
    socketserver.TCPServer(addr, Picky)
except OSError as e:
    print('second server:', e.errno)

server.server_close()
s2 = Reuse(addr, Picky)
print('rebound', s2.server_address == addr)
s2.server_close()
lazy = socketserver.TCPServer(('127.0.0.1', 0), Picky, bind_and_activate=False)
print('not bound yet', lazy.socket.getsockname())
lazy.server_bind()
lazy.server_activate()
print('bound', lazy.server_address[1] != 0)
lazy.server_close()
print(socketserver.ThreadingTCPServer.__mro__[1].__name__, socketserver.TCPServer.request_queue_size)
