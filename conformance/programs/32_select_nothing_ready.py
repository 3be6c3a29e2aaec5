# select with nothing ready returns ([], [], []); negative timeout and closed sockets raise ValueError.
import socket, select
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
print(select.select([l], [], [], 0))
print(select.select([l], [], [l], 0.1))
print(select.select([], [], [], 0))
try:
    select.select([l], [], [], -1)
except ValueError as e:
    print(type(e).__name__, e)
c = socket.socket()
c.close()
try:
    select.select([c], [], [], 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    select.select([-1], [], [], 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    select.select(["x"], [], [], 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    select.select([l], [], [], "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    select.select([l], [])
except TypeError as e:
    print(type(e).__name__, e)
print(select.select([l.fileno()], [], [], 0))
l.close()
