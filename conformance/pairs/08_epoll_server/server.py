# An epoll echo server (level-triggered), as in a Linux networking course.
import socket, select
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 40919))
srv.listen(5)
srv.setblocking(False)
ep = select.epoll()
print("fds", ep.fileno(), srv.fileno())
ep.register(srv.fileno(), select.EPOLLIN)
conns = {}
finished = 0
while finished < 2:
    for fd, ev in ep.poll(2.0):
        if fd == srv.fileno():
            c, addr = srv.accept()
            c.setblocking(False)
            conns[c.fileno()] = c
            ep.register(c.fileno(), select.EPOLLIN)
            print("accepted", c.fileno())
        elif ev & select.EPOLLIN:
            c = conns[fd]
            data = c.recv(1024)
            if data:
                print("echo", fd, data)
                c.sendall(data[::-1])
            else:
                print("closed", fd)
                ep.unregister(fd)
                c.close()
                del conns[fd]
                finished += 1
ep.close()
srv.close()
