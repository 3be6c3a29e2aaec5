"""SYN retransmission schedule and the time until connect() gives up (SLOW: ~135 s).

listen(0) with one connection queued: the next SYN is dropped, and the
client retransmits it until tcp_syn_retries=6 (a 127 s budget) is used up.
Times carry the timer wheel's slack (up to a few seconds for long timers).
"""
import socket
import threading
import time
from _conf import obs, attempt, done
from _sniff import Sniffer

sn = Sniffer()
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(0)
port = srv.getsockname()[1]
c1 = socket.socket()
c1.connect(('127.0.0.1', port))
sn.segments(port)
c2 = socket.socket()
t0 = time.monotonic()
times = []
res = {}


def run():
    res['r'] = attempt(c2.connect, ('127.0.0.1', port))
    res['t'] = time.monotonic() - t0


th = threading.Thread(target=run)
th.start()
while th.is_alive():
    for s in sn.segments(port):
        if s == 'c>s SYN':
            times.append(round(time.monotonic() - t0, 2))
    time.sleep(0.002)
obs('SYN times (s)', times)
obs('connect result', res['r'])
obs('connect gave up after (s)', round(res['t'], 2))
done()
