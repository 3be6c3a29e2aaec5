# A handler function that returns without closing its connection: CPython frees the function's
# locals when it returns, and the socket's finalizer closes it, so the client sees EOF at once.
# A socket that something else still references (a returned value, a closure, a global) stays open.
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(5)
addr = srv.getsockname()


def handle():
    c, a = srv.accept()
    c.sendall(b'handled')


def handle_and_return():
    c, a = srv.accept()
    c.sendall(b'returned')
    return c


def make_sender():
    c, a = srv.accept()
    def send(data):
        c.sendall(data)
    return send


cli = socket.create_connection(addr)
handle()
print(cli.recv(100), cli.recv(100))

cli2 = socket.create_connection(addr)
kept = handle_and_return()
print(cli2.recv(100))
cli2.setblocking(False)
try:
    cli2.recv(100)
except BlockingIOError:
    print('returned socket still open')
cli2.setblocking(True)
kept = None
print('after kept = None:', cli2.recv(100))

cli3 = socket.create_connection(addr)
send = make_sender()
send(b'via closure')
print(cli3.recv(100))
cli3.setblocking(False)
try:
    cli3.recv(100)
except BlockingIOError:
    print('the closure keeps it open')
cli3.setblocking(True)
del send
print('after del send:', cli3.recv(100))

# handle() called in a loop: each connection is closed when the call returns
cl = [socket.create_connection(addr) for i in range(3)]
for i in range(3):
    handle()
print([c.recv(100) + c.recv(100) for c in cl])
