# sys.exit() in a thread only ends that thread; sys.exit(3) in the main thread waits for the others.
import sys
import threading
import time


def quits():
    print('thread exits')
    sys.exit(5)
    print('not reached')


t = threading.Thread(target=quits)
t.start()
t.join()
print('main still here', t.is_alive())


def late():
    time.sleep(0.05)
    print('late thread done')


threading.Thread(target=late).start()
sys.exit(3)
