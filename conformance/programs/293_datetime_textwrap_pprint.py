# Modules of "report" code around a server: datetime with fixed dates (date/datetime/timedelta
# arithmetic, str/repr, isoformat, strftime, f-string date formats, strptime, fromisoformat,
# timezone, errors), string.Template for message templates, textwrap (wrap/fill/shorten/dedent/
# indent), pprint of a nested status structure, abc abstract handler classes.
import abc
import pprint
import string
import textwrap
from abc import ABC, abstractmethod
from datetime import date, datetime, time, timedelta, timezone

start = datetime(2024, 2, 28, 23, 59, 30, 500000)
sessions = [timedelta(seconds=45), timedelta(minutes=90, seconds=5), timedelta(hours=26), timedelta(milliseconds=1500)]
t = start
for s in sessions:
    t += s
    print(f"{t:%Y-%m-%d %H:%M:%S}", t.isoformat(timespec="milliseconds"), repr(s), str(s), s.total_seconds())
print(t - start, repr(t - start), (t - start) // timedelta(hours=1), (t - start) / timedelta(minutes=1))
print(start, repr(start), start.date(), start.time(), repr(start.time()), start.timestamp())
print(start.strftime("%a %d %b %Y, %I:%M %p (day %j, week %W)"), start.ctime(), start.weekday(), start.isoweekday())
d = date(2024, 12, 30)
print(d, repr(d), d.isocalendar(), d + timedelta(days=3), date(2025, 3, 1) - date(2024, 3, 1), d.replace(month=2, day=29))
print(datetime.strptime("05/Mar/2024:14:07:09", "%d/%b/%Y:%H:%M:%S"), datetime.fromisoformat("2024-03-05T14:07:09.120+01:00"))
utc = datetime(2024, 3, 5, 12, 0, tzinfo=timezone.utc)
ist = timezone(timedelta(hours=5, minutes=30))
print(utc, repr(utc), utc.astimezone(ist), str(ist), repr(ist), utc.strftime("%H:%M %z %Z"), datetime.fromtimestamp(0, timezone.utc))
print(time(9, 5), repr(time(9, 5, 1)), sorted([date(2024, 5, 1), date(2023, 1, 9), date(2024, 1, 1)]))
for bad in [(2023, 2, 29), (2024, 0, 1), (2024, 1, 1, 25)]:
    try:
        datetime(*bad)
    except ValueError as e:
        print("ValueError:", e)
for text, fmt in [("2024-03-05", "%d/%m/%Y"), ("2024-03-05 extra", "%Y-%m-%d")]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
try:
    utc - start
except TypeError as e:
    print("TypeError:", e)

tpl = string.Template("[$time] $user: ${msg}! cost $$${price}")
print(tpl.substitute(time="12:00", user="ann", msg="hi", price=5), "|", tpl.safe_substitute(user="bob"))
try:
    tpl.substitute(user="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)

motd = "Welcome to the chat server. Commands: /nick NAME, /join CHANNEL, /msg USER TEXT, /quit. Be nice; well-behaved clients get long-lived connections."
print(textwrap.wrap(motd, 30))
print(textwrap.fill(motd, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(motd, 50), "|", textwrap.shorten("short", 50))
print(textwrap.dedent("""\
    HTTP/1.0 200 OK
      Content-Type: text/plain
    """), textwrap.indent("line1\n\nline2\n", "> "), sep="")

status = {
    "server": {"host": "127.0.0.1", "port": 8080, "uptime": str(timedelta(seconds=98765))},
    "clients": [{"name": "ann", "addr": ("127.0.0.1", 50000), "channels": ["#general", "#random"]},
                {"name": "bob", "addr": ("127.0.0.1", 50001), "channels": []}],
    "counters": {"rx": 123456, "tx": 654321, "errors": 0},
    "motd": motd,
}
pprint.pprint(status)
pprint.pprint(status["clients"], width=40, indent=2)
print(pprint.pformat(list(range(40)), compact=True, width=60))
pprint.pprint({"b": {3, 1, 2}, "a": (1,), "c": "x" * 10}, sort_dicts=False)


class Handler(ABC):
    @abstractmethod
    def handle(self, line): ...

    @abstractmethod
    def name(self): ...

    def run(self, lines):
        return [self.name() + ":" + self.handle(x) for x in lines]


class Upper(Handler):
    def handle(self, line):
        return line.upper()


class Named(Upper):
    def name(self):
        return "up"


class Legacy(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def close(self): pass


print(Named().run(["a", "b"]), isinstance(Named(), Handler))
for cls in (Handler, Upper, Legacy):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
