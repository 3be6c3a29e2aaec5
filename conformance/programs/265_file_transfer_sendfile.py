# File transfer of generated data: the sender writes a file, announces "name|size\n" and sends it with
# socket.sendfile() (whole file, offset+count, the file position after it); the receiver thread
# writes it back to disk in chunks; md5 of both files compared with iter(lambda: f.read(n), b'').
# os.path.exists/getsize/isfile, os.remove, FileNotFoundError texts, and sendfile's ValueErrors.
import hashlib
import os
import socket
import threading

SRC = '265_tmp_outgoing.bin'
DST = '265_tmp_incoming.bin'
with open(SRC, 'wb') as f:
    for i in range(120):
        f.write(bytes([i % 256]) * 1000)
size = os.path.getsize(SRC)
print('size', size, os.path.exists(SRC), os.path.isfile(SRC), os.path.exists(DST), os.path.isdir('.'))

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
report = []


def recv_file():
    conn, _ = srv.accept()
    header = b''
    while not header.endswith(b'\n'):
        header += conn.recv(1)
    name, length = header.decode().strip().split('|')
    remaining = int(length)
    with open(DST, 'wb') as out:
        while remaining:
            chunk = conn.recv(min(8192, remaining))
            if not chunk:
                break
            out.write(chunk)
            remaining -= len(chunk)
    extra = conn.recv(100)
    report.append((name, int(length), remaining, extra))
    conn.sendall(b'ACK')
    conn.close()


t = threading.Thread(target=recv_file)
t.start()
c = socket.create_connection(srv.getsockname())
c.sendall(('%s|%d\n' % (SRC, size)).encode())
with open(SRC, 'rb') as f:
    sent = c.sendfile(f)
    print('sent', sent, 'position', f.tell())
    print('range', c.sendfile(f, 1000, 5), f.tell())
c.shutdown(socket.SHUT_WR)
print(c.recv(3))
c.close()
t.join()
print(report)


def md5(path):
    h = hashlib.md5()
    with open(path, 'rb') as f:
        for block in iter(lambda: f.read(4096), b''):
            h.update(block)
    return h.hexdigest()


print(md5(SRC) == md5(DST), os.path.getsize(DST), md5(DST)[:12])

with open(SRC) as text_file:
    try:
        socket.socket().sendfile(text_file)
    except ValueError as e:
        print('ValueError:', e)
for sock_type in (socket.SOCK_DGRAM,):
    u = socket.socket(socket.AF_INET, sock_type)
    with open(SRC, 'rb') as f:
        try:
            u.sendfile(f)
        except ValueError as e:
            print('ValueError:', e)
        try:
            c.sendfile(f, count=0)
        except ValueError as e:
            print('ValueError:', e)
    u.close()
nb = socket.socket()
nb.setblocking(False)
with open(SRC, 'rb') as f:
    try:
        nb.sendfile(f)
    except ValueError as e:
        print('ValueError:', e)
nb.close()

for p in (SRC, DST):
    os.remove(p)
print(os.path.exists(SRC), os.path.exists(DST))
for fn in (os.remove, os.path.getsize, open):
    try:
        fn(SRC)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, '|', e)
srv.close()
