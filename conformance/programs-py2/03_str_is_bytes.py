# Python 2: str is bytes, so send("text") works and recv returns str; integer division; print forms.
# HAND-WRITTEN expectation in 03_str_is_bytes.expected.
import socket
l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen(1)
c = socket.socket()
c.connect(l.getsockname())
a, addr = l.accept()
n = c.send("Hello Server!")
print n
data = a.recv(4096)
print data
print repr(data), type(data).__name__, len(data)
print data == b"Hello Server!", data.upper()
c.send("abc")
c.send("def")
print repr(a.recv(4))
print repr(a.recv(100))
print 7 / 2, 7 // 2, 7 / 2.0, 2 ** 10
print "%d bytes from %s" % (len(data), addr[0])
for i in xrange(3):
    print i,
print
print repr("tab\there\n"), repr("\x00\xff")
c.close()
print repr(a.recv(10))
a.close()
l.close()
