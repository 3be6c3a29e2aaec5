# A woken thread waits for the running one (CPython's GIL): after ev.set() the main thread runs a
# 1000-iteration loop, far less than the 5 ms switch interval, before the worker gets to run.
import threading

ev = threading.Event()
log = []


def worker():
    ev.wait()
    log.append('worker woke')


t = threading.Thread(target=worker)
t.start()
log.append('worker started')
ev.set()
total = 0
for i in range(1000):
    total += i
log.append('main loop done')
t.join()
print(log, total)
