# A SyntaxError before anything runs (exit 1): `if cmd = "QUIT":` in a server loop, reported with
# CPython 3.11's hint "Maybe you meant '==' or ':=' instead of '='?".
import socket

print("never printed")
srv = socket.socket()
while True:
    cmd = "QUIT"
    if cmd = "QUIT":
        break
