# send/sendall return values (count / None), bytearray data, recv_into and recvfrom_into with nbytes, argument errors, EOF.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
c = socket.socket(); c.connect(l.getsockname())
a, addr = l.accept()
print(c.send(b'hello'), c.sendall(b'world'), c.send(b''), c.sendall(b''))
print(c.send(bytearray(b'xy')), c.send(b'mv'))
print(a.recv(100))
buf = bytearray(4)
c.send(b'abcdefg')
n = a.recv_into(buf)
print(n, buf)
n = a.recv_into(buf, 2)
print(n, buf)
big = bytearray(b'-' * 10)
n = a.recv_into(big, 1)
print(n, big)
c.send(b'zz')
b2 = bytearray(10)
print(a.recvfrom_into(b2), b2)
try:
    a.recv_into(bytearray(2), 5)
except ValueError as e:
    print("ValueError", e)
try:
    a.recv_into(b'immutable')
except TypeError as e:
    print("TypeError", e)
c.close()
print(a.recv_into(bytearray(3)))
a.close(); l.close()
