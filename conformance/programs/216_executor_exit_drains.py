# Work still queued on a ThreadPoolExecutor when the main thread ends without shutdown(): CPython's
# threading._shutdown stops the workers only after the queue is drained, so every job still prints.
import time
from concurrent.futures import ThreadPoolExecutor
ex = ThreadPoolExecutor(2)
def job(n):
    time.sleep({3: 0.3, 1: 0.05, 2: 0.1}[n])
    print('job', n)
    return n
fs = [ex.submit(job, n) for n in (3, 1, 2)]
print('main ends')
