import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    s.connect(('localhost', 40918))
except socket.error, e:
    print "error", e
    sys.exit(1)
s.send("Hello Server!")
print s.recv(1024)
s.close()
try:
    s.send("x")
except socket.error, e:
    print "after close:", e
