# socketserver: TCPServer with a StreamRequestHandler (rfile/wfile) and a ThreadingTCPServer with daemon
# threads, each served by serve_forever() in a thread and stopped with shutdown().
import socket
import socketserver
import threading


class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            line = self.rfile.readline()
            if not line:
                break
            self.wfile.write(line.upper())
        print('handler done for', self.client_address == conns[0])


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(1024)
        print('server', threading.current_thread().name, 'got', data)
        self.request.sendall(data[::-1])


conns = []
with socketserver.TCPServer(('127.0.0.1', 0), Upper) as server:
    print(type(server.server_address), server.server_address[0])
    t = threading.Thread(target=server.serve_forever)
    t.start()
    c = socket.create_connection(server.server_address)
    conns.append(c.getsockname())
    f = c.makefile('rwb', buffering=0)
    c.sendall(b'hello\nworld\n')
    print(c.recv(6), c.recv(6))
    c.shutdown(socket.SHUT_WR)
    print(c.recv(10))
    c.close()
    server.shutdown()
    t.join()
print('first server closed')


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


srv = Server(('127.0.0.1', 0), Echo)
t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.1}, daemon=True)
t.start()
for msg in [b'abc', b'xyz']:
    with socket.create_connection(srv.server_address) as c:
        c.sendall(msg)
        print('client got', c.recv(100))
srv.shutdown()
srv.server_close()
print('done', t.is_alive())
