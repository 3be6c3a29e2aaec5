# Condition producer/consumer, Semaphore and BoundedSemaphore, Barrier and Timer.
import threading
import time

cond = threading.Condition()
items = []
out = []


def consumer():
    for i in range(3):
        with cond:
            while not items:
                cond.wait()
            out.append(items.pop(0))


t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    with cond:
        items.append(i * 10)
        cond.notify()
    time.sleep(0.01)
t.join()
print('consumed', out)
with cond:
    print('wait timeout:', cond.wait(0.05))
    print('wait_for:', cond.wait_for(lambda: True))
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.05))
sem.release()
sem.release(2)
print(sem.acquire(False), sem.acquire(False), sem.acquire(False), sem.acquire(False))
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print('ValueError:', e)

active = []
peak = []
gate = threading.Semaphore(2)


def limited(n):
    with gate:
        active.append(n)
        peak.append(len(active))
        time.sleep(0.02)
        active.remove(n)


ts = [threading.Thread(target=limited, args=(n,)) for n in range(5)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print('peak', max(peak))

barrier = threading.Barrier(3)
arrived = []


def party(n):
    i = barrier.wait()
    arrived.append(i)


ps = [threading.Thread(target=party, args=(n,)) for n in range(2)]
for x in ps:
    x.start()
print('waiting', barrier.n_waiting, barrier.parties, barrier.broken)
barrier.wait()
for x in ps:
    x.join()
print('barrier indexes', sorted(arrived))

fired = []
tm = threading.Timer(0.05, fired.append, args=['fired'])
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=['never'])
tm2.start()
tm2.cancel()
tm2.join()
print(fired, tm.name.startswith('Thread-'))
