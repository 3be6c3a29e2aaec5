# The main thread ends with an uncaught exception while a non-daemon thread still runs: the traceback
# comes first, then the process waits for the thread (its output still appears), exit status 1.
import threading
import time


def slow():
    time.sleep(0.1)
    print('thread finished after main')


t = threading.Thread(target=slow)
t.start()
print('main raises')
raise KeyError('main failed')
