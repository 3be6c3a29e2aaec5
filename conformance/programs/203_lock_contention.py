# Lock contention: workers sleep while holding a lock; acquire(blocking=False), timeouts, RLock.
import threading
import time

lock = threading.Lock()
log = []
counter = 0


def worker(n):
    global counter
    for i in range(3):
        with lock:
            v = counter
            time.sleep(0.01)
            counter = v + 1
            log.append(n)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('counter', counter, 'entries', len(log), sorted(log))
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.05))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)

held = threading.Lock()
held.acquire()


def try_take():
    print('try:', held.acquire(False))
    print('timed:', held.acquire(True, 0.05))
    print('blocking:', held.acquire())
    held.release()


t = threading.Thread(target=try_take)
t.start()
time.sleep(0.2)
print('main releases')
held.release()
t.join()
print('free again:', held.acquire(False))

r = threading.RLock()
with r:
    with r:
        print('rlock nested ok')
print(r.acquire(), r.acquire(), type(r).__name__)
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)


def other_release():
    try:
        r.release()
    except RuntimeError as e:
        print('other thread:', e)


r.acquire()
t = threading.Thread(target=other_release)
t.start()
t.join()
r.release()
