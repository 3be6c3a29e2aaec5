import socket
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', 40915)); s.listen(1)
conn, _ = s.accept()
rf = conn.makefile('r')
wf = conn.makefile('w')
while True:
    line = rf.readline()
    if not line:
        break
    print("server got", repr(line))
    wf.write(line.upper())
    wf.flush()
rf.close(); wf.close(); conn.close(); s.close()
print("server done")
