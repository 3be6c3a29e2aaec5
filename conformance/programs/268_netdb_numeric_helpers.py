# Address helpers a course uses around its sockets: inet_pton/inet_ntop (glibc's strict rules and
# CPython's errors), getnameinfo (numeric hosts only, tuple checks, scope ids, services), getaddrinfo
# flags (AI_NUMERICHOST, AI_NUMERICSERV, bad flags) and IPv6 scope ids, getfqdn, case-insensitive
# /etc/hosts names, if_nametoindex/if_indextoname for lo, CMSG_LEN/CMSG_SPACE.
import socket


def t(label, f, *a, **kw):
    try:
        r = f(*a, **kw)
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


print('-- inet_pton / inet_ntop')
t('pton4', socket.inet_pton, socket.AF_INET, '10.0.0.1')
t('pton4 leading zero', socket.inet_pton, socket.AF_INET, '010.0.0.1')
t('pton4 short', socket.inet_pton, socket.AF_INET, '10.1')
t('pton4 256', socket.inet_pton, socket.AF_INET, '1.2.3.256')
t('pton4 bytes', socket.inet_pton, socket.AF_INET, b'1.2.3.4')
t('pton bad family', socket.inet_pton, 99, '1.2.3.4')
t('pton6 mapped', socket.inet_pton, socket.AF_INET6, '::ffff:10.0.0.1')
t('pton6 mapped leading zero', socket.inet_pton, socket.AF_INET6, '::ffff:10.0.0.01')
t('pton6 scope', socket.inet_pton, socket.AF_INET6, 'fe80::1%lo')
t('pton6 triple colon', socket.inet_pton, socket.AF_INET6, '1:::2')
t('pton6 trailing ::', socket.inet_pton, socket.AF_INET6, '1:2:3:4:5:6:7::')
for packed in [b'\0' * 16, b'\0' * 15 + b'\1', b'\0' * 10 + b'\xff\xff\x7f\0\0\1', b'\0' * 12 + b'\x0a\0\0\1',
               b'\0' * 10 + b'\xff\xff\0\0\0\0', b'\x20\x01\x0d\xb8' + b'\0' * 11 + b'\1',
               b'\xfe\x80' + b'\0' * 6 + b'\0\0\0\0\0\0\0\1', b'\0\1' * 8]:
    t('ntop6', socket.inet_ntop, socket.AF_INET6, packed)
t('ntop bad family', socket.inet_ntop, 99, b'\0' * 4)
t('ntop6 short', socket.inet_ntop, socket.AF_INET6, b'\0' * 4)
t('ntop4 str', socket.inet_ntop, socket.AF_INET, '1234')
for text in ['::ffff:127.0.0.1', '::10.0.0.1', '::1', '2001:db8:0:0:1:0:0:1', '0:0:0:0:0:ffff:0:0']:
    print(text, '->', socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, text)))

print('-- getnameinfo')
t('v4', socket.getnameinfo, ('127.0.0.1', 80), 0)
t('v4 numeric', socket.getnameinfo, ('127.0.0.1', 22), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)
t('v4 dgram', socket.getnameinfo, ('127.0.0.1', 68), socket.NI_DGRAM)
t('v4 no service', socket.getnameinfo, ('127.0.0.1', 40999), 0)
t('v4 port > 65535', socket.getnameinfo, ('127.0.0.1', 65536 + 80), 0)
t('v4 negative port', socket.getnameinfo, ('127.0.0.1', -1), 0)
t('v4 short form', socket.getnameinfo, ('127.1', 80), 0)
t('v4 3-tuple', socket.getnameinfo, ('127.0.0.1', 80, 0), 0)
t('5-tuple', socket.getnameinfo, ('127.0.0.1', 80, 0, 0, 0), 0)
t('1-tuple', socket.getnameinfo, ('127.0.0.1',), 0)
t('list', socket.getnameinfo, ['127.0.0.1', 80], 0)
t('bytes host', socket.getnameinfo, (b'127.0.0.1', 80), 0)
t('str port', socket.getnameinfo, ('127.0.0.1', '80'), 0)
t('one argument', socket.getnameinfo, ('127.0.0.1', 80))
t('name', socket.getnameinfo, ('localhost', 80), 0)
t('empty host', socket.getnameinfo, ('', 80), 0)
t('namereqd', socket.getnameinfo, ('127.0.0.1', 80), socket.NI_NAMEREQD)
t('v6', socket.getnameinfo, ('::1', 80, 0, 0), 0)
t('v6 2-tuple', socket.getnameinfo, ('::1', 443), 0)
t('v6 scope', socket.getnameinfo, ('::1', 80, 0, 7), socket.NI_NUMERICHOST)
t('v6 link-local lo', socket.getnameinfo, ('fe80::1', 80, 0, 1), socket.NI_NUMERICHOST)
t('v6 flowinfo', socket.getnameinfo, ('::1', 80, 1 << 20, 0), 0)
t('v6 mapped', socket.getnameinfo, ('::ffff:127.0.0.1', 80), 0)

print('-- getaddrinfo')
t('numerichost name', socket.getaddrinfo, 'localhost', 80, 0, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST)
t('numerichost ip', socket.getaddrinfo, '127.0.0.1', 80, 0, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST)
t('numericserv name', socket.getaddrinfo, '127.0.0.1', 'http', 0, socket.SOCK_STREAM, 0, socket.AI_NUMERICSERV)
t('numericserv digits', socket.getaddrinfo, '127.0.0.1', '8080', 0, socket.SOCK_STREAM, 0, socket.AI_NUMERICSERV)
t('bad flags', socket.getaddrinfo, '127.0.0.1', 80, 0, socket.SOCK_STREAM, 0, 0x800)
t('canonname no host', socket.getaddrinfo, None, 80, 0, socket.SOCK_STREAM, 0, socket.AI_CANONNAME)
t('canonname', socket.getaddrinfo, 'localhost', 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_CANONNAME)
t('mapped', socket.getaddrinfo, '::ffff:127.0.0.1', 80, 0, socket.SOCK_STREAM)
t('scope numeric', socket.getaddrinfo, 'fe80::1%1', 80, socket.AF_INET6, socket.SOCK_DGRAM)
t('scope lo', socket.getaddrinfo, 'fe80::1%lo', 80, socket.AF_INET6, socket.SOCK_DGRAM)
t('upper-case name', socket.getaddrinfo, 'LocalHost', 80, socket.AF_INET, socket.SOCK_STREAM)

print('-- names')
t('gethostbyname LOCALHOST', socket.gethostbyname, 'LOCALHOST')
t('gethostbyaddr', socket.gethostbyaddr, '127.0.0.1')
t('gethostbyaddr ::1', socket.gethostbyaddr, '::1')
t('getfqdn 127.0.0.1', socket.getfqdn, '127.0.0.1')
t('getfqdn localhost', socket.getfqdn, ' localhost ')
t('getfqdn ::1', socket.getfqdn, '::1')
t('getfqdn unknown', socket.getfqdn, 'no-such-host.invalid')
print('getfqdn() == getfqdn(\'0.0.0.0\'):', socket.getfqdn() == socket.getfqdn('0.0.0.0'))

print('-- interfaces and cmsg sizes')
t('if_nametoindex lo', socket.if_nametoindex, 'lo')
t('if_indextoname 1', socket.if_indextoname, 1)
t('if_nametoindex none', socket.if_nametoindex, 'nosuchif0')
t('if_indextoname 9999', socket.if_indextoname, 9999)
t('if_indextoname -1', socket.if_indextoname, -1)
t('if_nametoindex int', socket.if_nametoindex, 1)
print([(n, socket.CMSG_LEN(n), socket.CMSG_SPACE(n)) for n in (0, 1, 4, 8, 9, 12)])
t('CMSG_LEN -1', socket.CMSG_LEN, -1)
