# close() from another thread does not end a blocked sendall() or connect() either: sendall finishes
# sending all 4 MB as the peer reads, and connect() to a full listener completes on the SYN
# retransmission after accept() frees a slot (about 1 s).
import socket, threading, time
# sendall of 4 MB blocked; main closes the sender socket; then the peer reads everything
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
c = socket.create_connection(l.getsockname()); s, _ = l.accept(); l.close()
out = []
payload = b'x' * (4 * 1024 * 1024)
def send():
    try:
        s.sendall(payload); out.append('sent all')
    except OSError as e:
        out.append(('error', e.errno))
t = threading.Thread(target=send); t.start()
time.sleep(0.1)
s.close()
t.join(0.1)
print('sendall still blocked:', t.is_alive(), out)
n = 0
while True:
    d = c.recv(1 << 20)
    if not d: break
    n += len(d)
t.join()
print('peer read', n, out)
# connect blocked on a full backlog; main closes the socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(0)
a = socket.create_connection(l.getsockname())
b = socket.socket(); b.setblocking(False); b.connect_ex(l.getsockname())
x = socket.socket()
res = []
def conn():
    try:
        x.connect(l.getsockname()); res.append('connected')
    except OSError as e:
        res.append(('error', e.errno))
t = threading.Thread(target=conn, daemon=True); t.start()
time.sleep(0.1)
x.close()
t.join(0.2)
print('connect still blocked:', t.is_alive(), res)
s1, _ = l.accept(); s2, _ = l.accept()
t.join(1.5)
print('after accepts:', t.is_alive(), res)
