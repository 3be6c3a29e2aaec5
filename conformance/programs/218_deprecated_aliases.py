# threading's old camelCase aliases still work in 3.11 but print a DeprecationWarning to stderr, once per line.
import threading
t = threading.Thread(target=lambda: None)
for i in range(2):
    t.setDaemon(True)
print(t.isDaemon(), t.getName())
t.setName('x')
print(threading.currentThread().name, threading.activeCount())
c = threading.Condition()
with c:
    c.notifyAll()
e = threading.Event()
print(e.isSet())
