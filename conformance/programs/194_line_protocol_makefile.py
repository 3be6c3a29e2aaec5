# A line-based protocol on makefile('rwb') / makefile('r') + makefile('w'): the server iterates
# over lines, answers each, and the client reads replies with readline; QUIT ends the session.
import select
import socket

l = socket.socket()
l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
l.bind(('127.0.0.1', 0))
l.listen(1)
client = socket.create_connection(l.getsockname())
conn, _ = l.accept()

cin = client.makefile('r', encoding='utf-8', newline='\n')
cout = client.makefile('w', encoding='utf-8')
srv = conn.makefile('rwb')
print(type(srv).__name__, srv.readable(), srv.writable(), cout.writable(), cin.readable())

commands = ['HELLO alice', 'ADD 2 3', 'ECHO  spaced  out ', 'ÜBER', 'QUIT']
for cmd in commands:
    cout.write(cmd + '\n')
cout.flush()
r, _, _ = select.select([conn], [], [], 1)
print('server readable', r == [conn])

for raw in srv:
    line = raw.decode('utf-8').rstrip('\n')
    word, _, rest = line.partition(' ')
    if word == 'HELLO':
        reply = 'HI ' + rest
    elif word == 'ADD':
        reply = str(sum(int(x) for x in rest.split()))
    elif word == 'ECHO':
        reply = repr(rest)
    elif word == 'QUIT':
        srv.write(b'BYE\n')
        srv.flush()
        break
    else:
        reply = 'ERR unknown %r' % word
    srv.write(reply.encode('utf-8') + b'\n')
print('server loop done')
srv.flush()

while True:
    reply = cin.readline()
    if not reply:
        break
    print('reply:', reply.rstrip('\n'))
    if reply == 'BYE\n':
        break

srv.close()
conn.close()
print('client sees EOF', repr(cin.readline()), repr(cin.read()))
cout.write('late\n')
try:
    cout.flush()
    cout.write('later\n')
    cout.flush()
    print('flushes did not fail')
except OSError as e:
    print('flush failed', type(e).__name__, e.errno)
cin.close()
try:
    cout.close()
except OSError as e:
    print('close failed', type(e).__name__)
client.close()
l.close()
