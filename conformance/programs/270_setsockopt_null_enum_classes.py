# setsockopt(level, optname, None, optlen): CPython passes a NULL value; Linux then reads nothing
# when optlen is 0 (int options EINVAL, IPv4 options read 0, SO_BINDTODEVICE unbinds) and faults with
# EFAULT otherwise; a negative optlen is EINVAL. setsockopt takes no keywords. The socket module's
# enum classes: AddressFamily / SocketKind / MsgFlag / AddressInfo members and isinstance checks.
import socket


def t(label, f, *a, **kw):
    try:
        r = f(*a, **kw)
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


s = socket.socket()
t('SO_REUSEADDR None 4', s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, None, 4)
t('SO_REUSEADDR None 0', s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, None, 0)
t('TCP_NODELAY None 0', s.setsockopt, socket.IPPROTO_TCP, socket.TCP_NODELAY, None, 0)
t('TCP_NODELAY None 8', s.setsockopt, socket.IPPROTO_TCP, socket.TCP_NODELAY, None, 8)
t('IP_TOS None 0', s.setsockopt, socket.IPPROTO_IP, socket.IP_TOS, None, 0)
print('IP_TOS now', s.getsockopt(socket.IPPROTO_IP, socket.IP_TOS))
t('IP_TTL None 0', s.setsockopt, socket.IPPROTO_IP, socket.IP_TTL, None, 0)
t('SO_BINDTODEVICE None 0', s.setsockopt, socket.SOL_SOCKET, socket.SO_BINDTODEVICE, None, 0)
t('negative optlen', s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, None, -1)
t('str optlen', s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, None, '4')
t('None without optlen', s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, None)
t('int with optlen', s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, 1, 4)
t('keywords', s.setsockopt, level=socket.SOL_SOCKET, optname=socket.SO_REUSEADDR, value=1)
print('SO_REUSEADDR still', s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.close()
t('closed', s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, None, 4)

print('-- enum classes')
u = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
print(socket.AddressFamily, socket.SocketKind)
print(isinstance(u.family, socket.AddressFamily), isinstance(u.type, socket.SocketKind))
print(type(u.family) is socket.AddressFamily, type(socket.SOCK_STREAM) is socket.SocketKind)
print(isinstance(socket.MSG_PEEK, socket.MsgFlag), isinstance(socket.AI_PASSIVE, socket.AddressInfo))
print(isinstance(socket.AF_INET, int), issubclass(socket.AddressFamily, int))
print(u.family, repr(u.type), u.family.name, u.type.value)
infos = socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)
print([(isinstance(f, socket.AddressFamily), isinstance(k, socket.SocketKind)) for f, k, _, _, _ in infos])
u.close()
