# Python 2: the string module's functions (string.upper/join/split/strip/replace/atoi/zfill ...),
# an instance's __dict__ (str keys, in 2.7's slot order, written through by update()), eval() of a
# client's arithmetic, float and % formatting of results.
import string
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
cli = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cli.connect(srv.getsockname())
conn, addr = srv.accept()
cli.send("add 1 2\nMUL 3 4.5\nexpr (2+3)*7/2\nupper hello world\njoin a b c\n")
cli.close()
data = ''
while 1:
    chunk = conn.recv(16)
    if not chunk:
        break
    data = data + chunk
for line in string.split(data, '\n'):
    if not string.strip(line):
        continue
    words = string.split(line)
    cmd = string.lower(words[0])
    if cmd == 'add':
        print cmd, string.atoi(words[1]) + string.atoi(words[2])
    elif cmd == 'mul':
        print cmd, "%.2f" % (string.atof(words[1]) * string.atof(words[2]))
    elif cmd == 'expr':
        print cmd, eval(words[1]), eval(words[1] + ' * 1.0')
    elif cmd == 'upper':
        print cmd, string.upper(string.join(words[1:]))
    else:
        print cmd, string.join(words[1:], '-'), string.zfill(7, 3), string.replace(line, ' ', '_', 2)
conn.close()
srv.close()


class Session(object):
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.state = 'new'


s = Session(user='ann', port=5000, room='#py')
print sorted(s.__dict__.items()), vars(s) == s.__dict__, s.user, s.port
s.__dict__['state'] = 'ready'
print s.state, sorted(s.__dict__.keys()), string.capwords('hello big world'), string.ljust('ab', 5) + '|'
