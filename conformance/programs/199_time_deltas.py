# Measuring how long socket operations wait, as students do: time.time/monotonic/perf_counter
# deltas around sleep, recv timeouts, select timeouts, accept timeouts, printed rounded.
import select
import socket
import time

t0 = time.time()
time.sleep(0.2)
dt = time.time() - t0
print('sleep 0.2:', round(dt, 1), '%.1f' % dt, dt >= 0.2, int(dt * 10))

l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
c = socket.create_connection(l.getsockname())
s, _ = l.accept()
s.settimeout(0.25)
start = time.monotonic()
try:
    s.recv(10)
except socket.timeout as e:
    waited = time.monotonic() - start
    print('recv timeout after', round(waited, 2), 's:', e, waited >= 0.25, '%.1f' % waited)

start = time.perf_counter()
r, w, x = select.select([s], [], [], 0.3)
el = time.perf_counter() - start
print('select', (r, w, x), round(el, 1), el >= 0.3)

l.settimeout(0.1)
t1 = time.time()
try:
    l.accept()
except TimeoutError:
    print('accept timed out after about', round(time.time() - t1, 1))

c.send(b'now')
t2 = time.time()
print(s.recv(10), 'arrived within 0.1 s:', time.time() - t2 < 0.1)

deadline = time.monotonic() + 0.35
ticks = 0
while time.monotonic() < deadline:
    r, _, _ = select.select([s], [], [], 0.1)
    ticks += 1
print('ticks', ticks)
s.settimeout(None)
c.settimeout(0.05)
n = 0
t3 = time.time()
while True:
    try:
        c.recv(1)
    except TimeoutError:
        n += 1
        if n == 4:
            break
print('four timeouts take', round(time.time() - t3, 1))
print(type(time.time()).__name__, time.time() > 1_600_000_000, time.monotonic() > 0)
print(time.gmtime(0).tm_year, time.strftime('%Y-%m-%d', time.gmtime(86400 * 365)))
for x in (c, s, l):
    x.close()
