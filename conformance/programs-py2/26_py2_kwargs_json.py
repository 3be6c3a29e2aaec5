# Python 2: **kwargs (str keys) forwarded to other functions and to json; json.dump/load through
# files and loads hooks; the decoded strings are unicode.
import json
import sys


def send_json(obj, **options):
    return json.dumps(obj, **options)


def connect(host="localhost", port=80, timeout=None):
    return "%s:%d timeout=%r" % (host, port, timeout)


def wrapper(*args, **kwargs):
    print "wrapper got", args, sorted(kwargs.items())
    return connect(*args, **kwargs)


print wrapper("example.org", port=8080), wrapper(timeout=2.5)
opts = {"port": 22}
print connect(**opts), dict(**opts), send_json({"b": 1, "a": [1, 2]}, sort_keys=True, indent=2)
print send_json([1, 2], separators=(",", ":"))
json.dump({"k": "v"}, sys.stdout)
print
print json.loads("[1.5, 2]", parse_float=str, parse_int=float), json.loads('{"a": 1}', object_hook=lambda d: d.items())
msg = json.loads('{"cmd": "join", "nick": "bob"}')
print msg["cmd"], type(msg["cmd"]).__name__, sorted(msg.keys()), msg.get("room", "lobby")
