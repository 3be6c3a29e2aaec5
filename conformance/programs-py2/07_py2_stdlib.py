# Python 2: the standard library pieces course code uses (json, collections, Queue, string, select loop),
# with generators and old-style string handling. Ends with an uncaught KeyError.
import socket
import select
import json
import string
import Queue
from collections import defaultdict, deque, namedtuple

def chunks(data, size):
    for i in xrange(0, len(data), size):
        yield data[i:i + size]

Event = namedtuple('Event', 'sock kind')
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
clients = []
for i in range(3):
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect(srv.getsockname())
    clients.append(c)
inputs = [srv]
log = deque(maxlen=4)
counts = defaultdict(int)
q = Queue.Queue()
accepted = 0
while accepted < 3:
    readable, writable, exceptional = select.select(inputs, [], [], 1.0)
    for s in readable:
        if s is srv:
            conn, addr = srv.accept()
            inputs.append(conn)
            accepted += 1
            log.append(Event(conn.fileno(), 'accept'))
for n, c in enumerate(clients):
    msg = json.dumps({'id': n, 'text': 'hello %d' % n, 'ok': n % 2 == 0})
    for part in chunks(msg, 7):
        c.send(part)
    if n == 2:
        c.close()
done = 0
while done < 3:
    readable, _, _ = select.select(inputs[1:], [], [], 1.0)
    for s in readable:
        data = s.recv(1024)
        if data:
            obj = json.loads(data)
            q.put(obj)
            counts[type(obj['text']).__name__] += 1
            done += 1
        else:
            inputs.remove(s)
            s.close()
while not q.empty():
    item = q.get()
    print item['id'], item['text'], item['ok'], sorted(item.keys())
print dict(counts), list(log)[0].kind, len(log)
print string.ascii_lowercase[:5], string.digits, string.upper("abc") if hasattr(string, 'upper') else 'ABC'
print json.dumps([1, 2.5, None, u'\xe9', 'x']), json.dumps({'a': (1, 2)}, sort_keys=True)
try:
    q.get_nowait()
except Queue.Empty:
    print 'empty'
for c in clients[:2]:
    c.close()
for s in inputs:
    s.close()
d = {'a': 1}
print d['b']
