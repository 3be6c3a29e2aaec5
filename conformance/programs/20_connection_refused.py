# connect to a port with no listener raises ConnectionRefusedError (111).
import socket
b = socket.socket(); b.bind(('127.0.0.1', 0))
port = b.getsockname()[1]
c = socket.socket()
try:
    c.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror, e)
except OSError as e:
    print("other", e)
h, p = c.getsockname()
print("client sockname after refusal:", h, 32768 <= p <= 60999)
try:
    c.getpeername()
except OSError as e:
    print("getpeername:", type(e).__name__, e.errno)
b.close()
c2 = socket.socket()
try:
    c2.connect(('127.0.0.1', port))
except socket.error as e:
    print("closed port:", type(e).__name__, e.errno)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(('127.0.0.1', 0))
c3 = socket.socket()
try:
    c3.connect(u.getsockname())
except OSError as e:
    print("port used only by UDP:", type(e).__name__, e.errno)
c.close(); c2.close(); c3.close(); u.close()
