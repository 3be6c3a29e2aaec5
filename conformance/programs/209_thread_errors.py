# Misuse of threads: starting twice, joining before start or oneself, setting daemon on a live thread.
import threading


msgs = []


def work():
    me = threading.current_thread()
    try:
        me.join()
    except RuntimeError as e:
        msgs.append('join self: %s' % e)


t = threading.Thread(target=work)
try:
    t.join()
except RuntimeError as e:
    print('join before start:', e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print('start twice:', e)
try:
    t.daemon = True
except RuntimeError as e:
    print('daemon:', e)
t.join()
print(msgs)
try:
    t.start()
except RuntimeError as e:
    print('start after end:', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('join main:', e)
try:
    threading.Lock().release()
except RuntimeError as e:
    print('release:', type(e).__name__, e)
try:
    threading.Lock().acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
print(threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX > 1e6)


def takes_two(a, b):
    print('args', a, b)


t = threading.Thread(target=takes_two, args=(1,), kwargs={'b': 2})
t.start()
t.join()
t = threading.Thread(target=takes_two, args=(1,))
t.start()
t.join()
print('still running')
