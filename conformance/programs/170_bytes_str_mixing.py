# Mixing bytes and str on received data: the TypeError wording of each bytes method, bytes() conversions, bytes %-formatting.
data = b"GET /a HTTP/1.0"
for t in [lambda: "x" in data, lambda: data.split(","), lambda: data.startswith("G"), lambda: data.replace("G", "g"), lambda: data + "!",
          lambda: data.decode().encode("ascii"), lambda: data[0] + data, lambda: bytes("abc"), lambda: bytes(3.5), lambda: data.find("a"),
          lambda: int(data[4:5]), lambda: int(b"42"), lambda: float(b"1.5"), lambda: "%s" % data, lambda: data % (), lambda: data.count("a"),
          lambda: data.strip("G"), lambda: data.join(["a"]), lambda: ord(data[0:1]), lambda: chr(data[0]),
          lambda: bytearray("x"), lambda: bytearray("x", "utf-8"), lambda: memoryview(b"ab")[0], lambda: b"%d bytes" % 5, lambda: b"%s" % "str", lambda: b"{}".format(1)]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
