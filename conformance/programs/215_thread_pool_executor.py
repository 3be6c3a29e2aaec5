# concurrent.futures.ThreadPoolExecutor against a socket server thread: map, submit, as_completed, wait,
# exceptions kept in futures, worker names, and the workers joined at exit without shutdown().
import socket
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import concurrent.futures

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(16)
addr = srv.getsockname()


def server():
    for _ in range(6):
        conn, _ = srv.accept()
        data = conn.recv(100)
        conn.sendall(data * 2)
        conn.close()


st = threading.Thread(target=server)
st.start()


def fetch(word):
    s = socket.create_connection(addr)
    s.sendall(word.encode())
    r = s.recv(100)
    s.close()
    return threading.current_thread().name.startswith('ThreadPoolExecutor-0_'), r


with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(fetch, ['a', 'b', 'c'])))
    futs = {ex.submit(fetch, w): w for w in ['x', 'y']}
    got = sorted(f.result()[1] for f in as_completed(futs))
    print(got)
    f = ex.submit(fetch, 'z')
    done, not_done = wait([f])
    print(len(done), len(not_done), f.done(), f.result())
    bad = ex.submit(int, 'nope')
    try:
        bad.result()
    except ValueError as e:
        print('ValueError:', e)
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled())
st.join()
print(concurrent.futures.ThreadPoolExecutor is ThreadPoolExecutor, threading.active_count())
ex2 = ThreadPoolExecutor(thread_name_prefix='pool')
fut = ex2.submit(lambda: threading.current_thread().name)
print(fut.result())
print('end without shutdown')
