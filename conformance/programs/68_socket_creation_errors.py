# socket() argument errors: EAFNOSUPPORT (97), EPROTONOSUPPORT, EINVAL.
import socket
for args in ((12345, socket.SOCK_STREAM), (socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_UDP),
             (socket.AF_INET, 99)):
    try:
        s = socket.socket(*args)
        print(args, "ok")
        s.close()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
print(s.proto, s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
s.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, 0)
print(u.proto)
u.close()
try:
    socket.socket("AF_INET")
except TypeError as e:
    print(type(e).__name__, e)
