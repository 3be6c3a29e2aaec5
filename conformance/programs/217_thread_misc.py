# _thread.start_new_thread with a lock as the done signal, threading.local, a custom
# threading.excepthook, enumerate()/active_count() while threads run, and time.sleep(0) as a yield.
import _thread
import threading
import time

done = _thread.allocate_lock()
done.acquire()
out = []


def low_level(a, b=0):
    out.append(a + b)
    done.release()


ident = _thread.start_new_thread(low_level, (1,), {'b': 2})
done.acquire()
print('start_new_thread:', out, type(ident).__name__, _thread.get_ident() == threading.get_ident())

data = threading.local()
data.value = 'main'
seen = []


def use_local(v):
    data.value = v
    time.sleep(0.01)
    seen.append((v, data.value))
    try:
        data.other
    except AttributeError as e:
        seen.append(str(e))


ts = [threading.Thread(target=use_local, args=(v,)) for v in ('a', 'b')]
for t in ts:
    t.start()
print('running:', threading.active_count(), sorted(t.name for t in threading.enumerate()))
for t in ts:
    t.join()
print(data.value, sorted(seen, key=str))

hooked = []


def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name='divider')
t.start()
t.join()
print('hook:', hooked)
threading.excepthook = threading.__excepthook__

order = []


def yielder(n):
    for i in range(2):
        order.append('%s%d' % (n, i))
        time.sleep(0)


ts = [threading.Thread(target=yielder, args=(n,)) for n in 'xy']
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(order))
