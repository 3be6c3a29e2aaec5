# A tiny HTTP server in a thread and its client: the request line and headers parsed with
# str.split/partition, the query with urllib.parse, logging with %(threadName)s, %(funcName)s and
# %(lineno)d, logger hierarchy (parent of a dotted name), getLevelName both ways, and argparse's
# parse_known_args (unknown options are returned, not an error).
import argparse
import logging
import socket
import sys
import threading
from urllib.parse import parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus, urlencode, urljoin, urlparse, urlsplit

parser = argparse.ArgumentParser(prog='httpd')
parser.add_argument('--host', default='127.0.0.1')
parser.add_argument('-p', '--port', type=int, default=0)
parser.add_argument('mode', nargs='?', default='serve', choices=['serve', 'test'])
args, extra = parser.parse_known_args(['--port', '0', '--bogus', 'serve', 'x'])
print(args, extra)
print(parser.parse_known_args(['--bogus']))
print(parser.parse_known_args(['test', '-z', '--host=h']))

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(levelname)-7s %(name)s [%(threadName)s] %(module)s.%(funcName)s:%(lineno)d %(message)s')
log = logging.getLogger('httpd')
reqlog = logging.getLogger('httpd.request')
print(reqlog.parent is log, log.parent.name, logging.getLevelName(20), logging.getLevelName('ERROR'), logging.getLevelName(25))

ROUTES = {'/': 'index', '/hello': 'hello'}


def parse_request(raw):
    head, _, body = raw.decode('iso-8859-1').partition('\r\n\r\n')
    request_line, *header_lines = head.split('\r\n')
    method, target, version = request_line.split()
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(':')
        headers[name.strip().lower()] = value.strip()
    return method, urlsplit(target), version, headers, body


def handle(conn):
    raw = b''
    while b'\r\n\r\n' not in raw:
        raw += conn.recv(1024)
    method, url, version, headers, body = parse_request(raw)
    reqlog.info('%s %s %s', method, url.path, version)
    params = parse_qs(url.query)
    reqlog.debug('params %s', params)
    if url.path == '/hello':
        name = params.get('name', ['world'])[0]
        status, text = '200 OK', 'Hello, %s!' % name
    elif url.path in ROUTES:
        status, text = '200 OK', ROUTES[url.path]
    else:
        status, text = '404 Not Found', 'no route to %s' % unquote(url.path)
        reqlog.warning('not found: %s', url.path)
    payload = text.encode('utf-8')
    conn.sendall(('HTTP/1.0 %s\r\nContent-Length: %d\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
                  % (status, len(payload))).encode() + payload)
    conn.close()


def serve(srv, n):
    log.info('serving %d requests', n)
    for _ in range(n):
        conn, _ = srv.accept()
        handle(conn)
    log.info('done')


srv = socket.socket()
srv.bind((args.host, args.port))
srv.listen()
paths = ['/', '/hello?' + urlencode({'name': 'Zoë Q', 'x': 1}), '/missing%20page', '/hello']
t = threading.Thread(target=serve, args=(srv, len(paths)), name='http-server')
t.start()
results = []
for path in paths:
    c = socket.create_connection(srv.getsockname())
    c.sendall(('GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' % path).encode())
    resp = b''
    while True:
        chunk = c.recv(5)
        if not chunk:
            break
        resp += chunk
    c.close()
    head, _, body = resp.partition(b'\r\n\r\n')
    lines = head.decode().split('\r\n')
    hdrs = dict(line.split(': ', 1) for line in lines[1:])
    results.append((lines[0], hdrs['Content-Length'], body.decode('utf-8')))
t.join()
for r in results:
    print(*r)
srv.close()

u = urlparse('http://user:pw@Example.COM:8080/a/b;p?q=1&r=%20x#frag')
print(u)
print(u.hostname, u.port, u.username, u.password, u.params, u.geturl())
print(urlsplit('/index.html?a=1'), urlparse('http://[::1]:80/').hostname)
print(parse_qs('a=1&a=2&b=&c=x+y%21'), parse_qs('b=', keep_blank_values=True), parse_qsl('k=v&w=%C3%A9'))
print(quote('a b/c?é'), quote('/x y', safe=''), quote_plus('a b&c'), unquote('%41%zz'), unquote_plus('a+b%2B'))
print(urlencode([('q', 'x y'), ('n', 5)]), urlencode({'l': [1, 2]}, doseq=True))
print(urljoin('http://h/a/b.html', 'c.html'), urljoin('http://h/a/b/', '../c'), urljoin('http://h/a', '/z?q'))

# argparse's help: metavars from choices and tuples, nargs forms, %(default)s/%(type)s/%(choices)s, help
# wrapped at 78 columns with the help column at 24 (or less when every option is short), usage wrapping.
p = argparse.ArgumentParser(description='A multi-client chat server that relays every message it receives to all the other connected clients, with optional logging.', epilog='Example: server.py --port 9000')
p.add_argument('--listen-address-for-server', metavar='ADDR', default='0.0.0.0', help='the address to listen on; use 0.0.0.0 for every interface or 127.0.0.1 for local clients only (default: %(default)s)')
p.add_argument('-n', '--max-clients', type=int, default=10, help='%(type)s, at most this many clients')
p.add_argument('--pair', nargs=2, metavar=('A', 'B'), help='pair')
p.add_argument('--level', choices=['debug', 'info'], help='one of %(choices)s', required=True)
p.add_argument('-q', action='count', default=0)
p.add_argument('port', type=int, help='port number')
p.add_argument('extra', nargs='+')
p.print_help()
print(p.format_usage())
q = argparse.ArgumentParser(description='Chat client')
q.add_argument('host')
q.add_argument('-p', '--port', type=int, default=5000, help='server port (default: %(default)s)')
q.add_argument('-v', action='store_true', help='verbose')
q.print_help()
p2 = argparse.ArgumentParser(prog='srv')
p2.add_argument('--mode', choices=['tcp', 'udp'], default='tcp', help='transport')
p2.add_argument('--count', type=int, nargs='?', const=1)
p2.add_argument('files', nargs='*', help='files to send')
p2.print_help()
p2.print_usage()
