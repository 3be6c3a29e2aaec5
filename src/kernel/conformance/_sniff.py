"""Capture TCP segments on lo for one port (AF_PACKET, needs root)."""
import socket
import struct

FLAGS = [(0x02, 'SYN'), (0x01, 'FIN'), (0x04, 'RST'), (0x08, 'PSH'), (0x10, 'ACK')]


class Sniffer:
    def __init__(self):
        self.s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0003))
        self.s.bind(('lo', 0))
        self.s.setblocking(False)

    def segments(self, port):
        """Segments to or from `port` since the last call, as 'c>s SYN' style strings (c: the other end)."""
        out = []
        while True:
            try:
                pkt, addr = self.s.recvfrom(65535)
            except BlockingIOError:
                break
            if addr[2] == socket.PACKET_OUTGOING:
                continue  # each loopback packet is seen twice; keep the incoming copy
            ip = pkt[14:]
            ver = ip[0] >> 4
            if ver == 4:
                if ip[9] != 6:
                    continue
                tcp = ip[(ip[0] & 15) * 4:]
                total = struct.unpack('!H', ip[2:4])[0]
                plen = total - (ip[0] & 15) * 4 - (tcp[12] >> 4) * 4
            elif ver == 6:
                if ip[6] != 6:
                    continue
                tcp = ip[40:]
                plen = struct.unpack('!H', ip[4:6])[0] - (tcp[12] >> 4) * 4
            else:
                continue
            sport, dport = struct.unpack('!HH', tcp[:4])
            if port not in (sport, dport):
                continue
            fl = tcp[13]
            names = '|'.join(n for b, n in FLAGS if fl & b)
            d = 's>c' if sport == port else 'c>s'
            out.append(f'{d} {names}' + (f':{plen}' if plen else ''))
        return out
