import socket
c = socket.create_connection(('127.0.0.1', 40915))
f = c.makefile('rwb')
for w in (b'alpha\n', b'beta\n'):
    f.write(w); f.flush()
    print("client got", f.readline())
c.shutdown(socket.SHUT_WR)
print(f.read())
f.close(); c.close()
