# poll on a closed fd number reports POLLNVAL; registering a closed socket object or unregistering twice fails.
import socket, select
s = socket.socket()
fd = s.fileno()
s.close()
p = select.poll()
p.register(fd, select.POLLIN)
print(p.poll(0) == [(fd, select.POLLNVAL)])
try:
    p.register(s)
except ValueError as e:
    print(type(e).__name__, e)
p2 = select.poll()
p2.register(fd, select.POLLIN)
p2.unregister(fd)
try:
    p2.unregister(fd)
except KeyError as e:
    print(type(e).__name__, e)
try:
    select.poll().poll("x")
except TypeError as e:
    print(type(e).__name__, e)
