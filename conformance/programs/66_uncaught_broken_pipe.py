# Uncaught BrokenPipeError: Python ignores SIGPIPE, so the second send raises instead of killing it.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
a.close()
for i in range(3):
    print("send", i)
    c.send(b'data')
