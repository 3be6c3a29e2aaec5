# Python 2: datetime with fixed dates (arithmetic, str/repr, strftime, strptime, timedelta), string.Template,
# textwrap, abs() through __abs__, a JSONEncoder subclass as cls=, generators closed when their name is
# rebound or at exit, deque mutated while iterated.
import datetime
import json
import string
import textwrap
from collections import deque

start = datetime.datetime(2024, 2, 28, 23, 59, 30)
t = start + datetime.timedelta(minutes=1)
print t, repr(t), t - start, repr(t - start), t.strftime("%d %b %Y %H:%M"), t.date(), t.weekday()
d = datetime.date(2024, 3, 1)
print d - datetime.date(2024, 1, 1), (d - datetime.date(2024, 1, 1)).days, d + datetime.timedelta(weeks=1), repr(d)
print datetime.datetime.strptime("01/02/2024 10:30", "%d/%m/%Y %H:%M"), datetime.timedelta(seconds=-1), datetime.timedelta(days=2, hours=3)
try:
    datetime.date(2023, 2, 29)
except ValueError, e:
    print "ValueError:", e
tpl = string.Template("$user joined ${room}")
print tpl.substitute(user="ann", room="#py"), tpl.safe_substitute(user="bob")
print textwrap.wrap("The quick brown fox jumps over the lazy dog and keeps running", 20)
print textwrap.fill("one two three four five six", 10)


class Money(object):
    def __init__(self, c):
        self.c = c

    def __abs__(self):
        return Money(abs(self.c))

    def __repr__(self):
        return "Money(%d)" % self.c


print abs(Money(-5))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return json.JSONEncoder.default(self, o)


print json.dumps({"tags": set([3, 1, 2])}, cls=Enc)


def lines():
    try:
        yield "a"
        yield "b"
    finally:
        print "lines closed"


g = lines()
print g.next()
g = None
print "rebound"
q = deque([1, 2])
try:
    for x in q:
        q.append(x)
except RuntimeError, e:
    print "RuntimeError:", e
h = lines()
print h.next()
