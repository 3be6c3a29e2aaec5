# Python 3: sockets take bytes; passing str raises TypeError.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
for name, call in (("send", lambda: c.send("Hello Server!")),
                   ("sendall", lambda: c.sendall("Hello")),
                   ("sendto", lambda: c.sendto("Hello", l.getsockname()))):
    try:
        call()
    except TypeError as e:
        print(name, type(e).__name__, e)
c.send("Hello Server!".encode())
data = a.recv(100)
print(type(data).__name__, data, data.decode())
c.send(bytearray(b'ba'))
c.send(memoryview(b'mv'))
print(a.recv(100))
try:
    print("abc" + a.recv(0))
except TypeError as e:
    print(type(e).__name__, e)
print(str(b'x'), "x" == b'x'.decode('ascii'))
c.close(); a.close(); l.close()
