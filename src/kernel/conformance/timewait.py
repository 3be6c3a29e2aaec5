"""TIME-WAIT sits on whoever closed first; SO_REUSEADDR needs the flag on both."""
import socket
from _conf import obs, attempt, tcp_state, done


def run(reuse_old, reuse_new):
    srv = socket.socket()
    if reuse_old:
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(('127.0.0.1', 0))
    srv.listen(1)
    port = srv.getsockname()[1]
    c = socket.socket()
    c.connect(('127.0.0.1', port))
    a, _ = srv.accept()
    cport = c.getsockname()[1]
    a.close()          # the server closes first
    srv.close()
    c.close()
    tag = f'old reuse={reuse_old} new reuse={reuse_new}'
    obs(f'{tag}: server side state', tcp_state(port, cport))
    obs(f'{tag}: client side state', tcp_state(cport, port))
    n = socket.socket()
    if reuse_new:
        n.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    r = attempt(n.bind, ('127.0.0.1', port))
    obs(f'{tag}: rebind', r)
    if r == 'ok':
        obs(f'{tag}: listen', attempt(n.listen, 1))
    n.close()


run(False, False)
run(False, True)
run(True, True)
done()
