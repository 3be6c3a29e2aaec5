# epoll's ready list: events are reported in the order the sockets woke up, and a reported (level-triggered) fd goes back to the tail, also when maxevents cuts the list.
import socket, select
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(5)
ep = select.epoll()
ep.register(l, select.EPOLLIN)
cs, accs = [], []
for i in range(3):
    c = socket.socket(); c.connect(l.getsockname()); a, _ = l.accept()
    cs.append(c); accs.append(a)
    ep.register(a, select.EPOLLIN)
name = {a.fileno(): 'a%d' % i for i, a in enumerate(accs)}
name[l.fileno()] = 'listener'
show = lambda evs: [(name[fd], ev) for fd, ev in evs]
cs[2].send(b'2'); cs[0].send(b'0'); cs[1].send(b'1')
print(show(ep.poll(0)))
print(show(ep.poll(0)))
accs[0].recv(10)
extra = socket.socket(); extra.connect(l.getsockname())
cs[0].send(b'again')
print(show(ep.poll(0)))
print(show(ep.poll(0, 2)))
print(show(ep.poll(0)))
for a in accs: a.recv(10)
cs[1].close()
cs[2].send(b'x')
print(show(ep.poll(0)))
for s in cs + accs + [l, extra]: s.close()
ep.close()
