# Regular expressions in protocol parsing (re: match/search/findall/sub/split/fullmatch/finditer, named groups,
# flags, bytes patterns, errors); ends with an uncaught re.error.
import re
req = "GET /index.html?x=1 HTTP/1.1\r\nHost: example.com\r\nContent-Length: 42\r\n\r\n"
m = re.match(r"(\w+) (\S+) HTTP/(\d\.\d)", req)
print(m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(), m.group(0)[:5], m[3])
headers = dict(re.findall(r"^([\w-]+):\s*(.*?)\r$", req, re.M))
print(headers)
print(re.search(r"Content-Length: (?P<len>\d+)", req).groupdict(), re.search("nope", req))
print(re.sub(r"\d+", "#", "a1b22c333"), re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"), re.subn("a", "A", "banana"), re.sub(r"\s+", " ", "  a \t b\n c "))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(,)", "x,y"), re.findall(r"\d+", "ip 192.168.0.1 port 8080"))
print(re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", "10.0.0.1") is not None, re.fullmatch(r"a|ab", "ab"), bool(re.match(r"^[A-Z]+$", "ABC")))
pat = re.compile(r"(?P<cmd>[A-Z]+)(?:\s+(?P<arg>.*))?", re.IGNORECASE)
for line in ["USER alice", "quit", "123"]:
    mm = pat.fullmatch(line)
    print(line, "->", mm.group("cmd", "arg") if mm else None, mm.lastgroup if mm else "-")
print(re.findall(rb"\d+", b"len=12;id=7"), re.sub(b"=", b": ", b"a=b"), [m.group() for m in re.finditer(r"o", "foo boo")])
print(re.escape("a.b*c"), re.compile("x+").pattern, re.sub(r"x*", "-", "abc"), re.findall(r"(a)(b)?", "ab a"))
print(re.sub(r"(?P<word>\w+)", lambda mo: mo.group("word").upper(), "hi there"), re.search(r"\bthere\b", "hi there").span())
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e)
re.search("[abc", "x")
