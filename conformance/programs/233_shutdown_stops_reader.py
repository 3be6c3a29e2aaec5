# The usual way to stop a reader thread: shutdown(SHUT_RDWR) from the main thread makes its blocked
# recv() return b''; the peer sees EOF too. close() alone would not wake it.
import socket
import threading

l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
c = socket.create_connection(l.getsockname())
s, _ = l.accept()
l.close()
received = []


def reader():
    while True:
        data = s.recv(100)
        if not data:
            received.append('EOF')
            break
        received.append(data)


t = threading.Thread(target=reader)
t.start()
c.sendall(b'first')
t.join(0.1)
print('reader alive:', t.is_alive(), received)
s.shutdown(socket.SHUT_RDWR)
t.join()
print('after shutdown:', received)
print('peer reads:', c.recv(100))
try:
    c.sendall(b'more')
    print('peer send ok')
except OSError as e:
    print('peer send:', e.errno)
s.close()
c.close()
