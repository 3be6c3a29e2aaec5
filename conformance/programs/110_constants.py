# The less common constants of socket and errno exist with Linux's values (MSG_MORE, SOCK_SEQPACKET, INADDR_NONE, AF_PACKET, ...), errno.errorcode's aliases, os.strerror texts for the whole table.
import socket, errno, os
print(socket.MSG_MORE, socket.MSG_CONFIRM, socket.MSG_EOR, socket.SOCK_SEQPACKET, socket.INADDR_NONE, socket.IPPORT_RESERVED)
print(socket.IPPROTO_ICMPV6, socket.IP_MULTICAST_IF, socket.IPV6_JOIN_GROUP, socket.AF_PACKET, socket.AF_NETLINK, socket.EAI_NODATA)
print(repr(socket.AF_PACKET), repr(socket.MSG_MORE), repr(socket.SOCK_SEQPACKET))
print(errno.ETIME, errno.EPROTO, errno.ECANCELED, errno.EOVERFLOW, errno.errorcode[errno.EBADMSG])
print(len(errno.errorcode) > 120, errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
for n in (1, 2, 11, 32, 62, 71, 95, 104, 110, 111, 125, 133, 200):
    print(n, os.strerror(n))
