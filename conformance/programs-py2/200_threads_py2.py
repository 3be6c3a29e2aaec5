# Python 2: thread and threading (Thread-N names, isAlive, getName, activeCount, currentThread), a server
# thread with the client in the main thread, thread.start_new_thread, a thread-aware Queue, an exception
# in a thread (printed to stderr, the program goes on).
import socket, threading, thread, Queue, time
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
def serve():
    conn, addr = srv.accept()
    data = conn.recv(1024)
    print "server got", data
    conn.sendall(data.upper())
    conn.close()
t = threading.Thread(target=serve)
print t.getName(), t.isAlive(), t.isDaemon()
t.start()
c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(srv.getsockname())
c.send("hello")
print c.recv(1024)
c.close()
t.join()
print t.is_alive(), threading.activeCount(), threading.currentThread().getName()
lock = thread.allocate_lock()
done = []
def low(x):
    done.append(x)
    lock.release()
lock.acquire()
thread.start_new_thread(low, (5,))
lock.acquire()
print done
q = Queue.Queue()
def prod():
    for i in range(3):
        time.sleep(0.01)
        q.put(i)
threading.Thread(target=prod).start()
print [q.get() for i in range(3)]
try:
    q.get(timeout=0.05)
except Queue.Empty:
    print "empty"
def bad():
    raise ValueError("boom")
b = threading.Thread(target=bad)
b.start(); b.join()
print "end"
