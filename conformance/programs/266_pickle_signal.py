# Objects over a socket with pickle (length-prefixed with struct): a class instance, list, dict with a
# tuple, bytes and a set round-trip through a server thread; pickle.dumps bytes as CPython 3.11 writes
# them (protocol 4 frame, memo, BINGET for a repeated str); pickling a socket and loads of a str fail.
# signal: a SIGINT/SIGTERM handler is installed (and returned by getsignal), SIG_DFL/SIG_IGN print as
# 0/1, default_int_handler, SIGPIPE ignored by Python, the errors of bad handlers and signal numbers.
import pickle
import socket
import struct
import threading

class Student:
    def __init__(self, name, grades):
        self.name = name
        self.grades = grades
    def average(self):
        return sum(self.grades) / len(self.grades)

def send_obj(sock, obj):
    data = pickle.dumps(obj)
    sock.sendall(struct.pack('!I', len(data)) + data)
    return len(data)

def recv_exact(sock, n):
    buf = b''
    while len(buf) < n:
        part = sock.recv(n - len(buf))
        if not part:
            raise ConnectionError('peer closed')
        buf += part
    return buf

def recv_obj(sock):
    (n,) = struct.unpack('!I', recv_exact(sock, 4))
    return pickle.loads(recv_exact(sock, n))

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
out = []
def server():
    conn, _ = srv.accept()
    with conn:
        while True:
            try:
                obj = recv_obj(conn)
            except ConnectionError as e:
                out.append('server: %s' % e)
                break
            if isinstance(obj, Student):
                reply = {'name': obj.name, 'avg': obj.average()}
            else:
                reply = {'echo': obj, 'type': type(obj).__name__}
            send_obj(conn, reply)
t = threading.Thread(target=server)
t.start()
c = socket.create_connection(srv.getsockname())
for obj in [Student('ann', [90, 85, 77]), [1, 2.5, 'three', None], {'cmd': 'LIST', 'args': ('a', 'b')}, b'raw', {1, 2, 3}]:
    n = send_obj(c, obj)
    print('sent', n, 'bytes')
    print(recv_obj(c))
c.close()
t.join()
print(out)
s = pickle.loads(pickle.dumps(Student('bob', [1, 2])))
print(type(s).__name__, s.name, s.grades, s.average())
print(pickle.dumps([('k', 1), ('k', 2)]))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
try:
    pickle.dumps(socket.socket())
except TypeError as e:
    print('TypeError:', e)
try:
    pickle.loads('text')
except TypeError as e:
    print('TypeError:', e)
print(pickle.dumps({'type': 'msg', 'data': [1, 2, 3]}))
print(pickle.dumps([300, 70000, -1, 2 ** 40, -2 ** 40, 2.5, True, None, (), (1,), (1, 2, 3, 4), b'xy', 'é']))
print(pickle.loads(pickle.dumps([[]] * 2)), pickle.loads(pickle.dumps(list(range(1200))))[-1])
for bad in (b'', b'\x80\x04\xff.', b'\x80\x04K'):
    try:
        pickle.loads(bad)
    except (pickle.UnpicklingError, EOFError) as e:
        print(type(e).__name__, e)

import signal
import sys


def handler(signum, frame):
    print('caught', signum)
    sys.exit(0)


print(signal.SIGINT, repr(signal.SIGTERM), signal.SIG_DFL, signal.SIG_IGN, signal.Signals(15).name, signal.NSIG)
print(signal.signal(signal.SIGINT, handler))
print(signal.getsignal(signal.SIGINT) is handler, signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
print(signal.signal(signal.SIGTERM, signal.SIG_IGN), signal.getsignal(signal.SIGTERM), signal.default_int_handler)
print(signal.strsignal(signal.SIGINT), signal.SIGKILL, signal.SIGALRM, signal.SIGCHLD, signal.SIGUSR1)
for args in ((signal.SIGINT, 5), (99, handler), (signal.SIGKILL, handler)):
    try:
        signal.signal(*args)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
