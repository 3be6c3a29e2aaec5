# A chat relay whose messages carry characters beyond U+FFFF (emoji): len/index/slice/find/count by
# code point, padding with ljust/center/format/%-format, the UTF-8 bytes on the wire split across
# recv() calls (decoded once the message is complete, or with errors='replace' per chunk), and
# surrogate-free repr/ascii of the text.
import socket

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
cli = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()

messages = ["hi 😀", "🎉🎉 party at 8", "naïve café €5", "a😀b😀c"]
for m in messages:
    data = m.encode()
    cli.sendall(len(data).to_bytes(2, "big") + data)
cli.shutdown(socket.SHUT_WR)

buf = b""
while True:
    chunk = conn.recv(5)
    if not chunk:
        break
    print("chunk", chunk, repr(chunk.decode("utf-8", "replace")))
    buf += chunk
while buf:
    n = int.from_bytes(buf[:2], "big")
    text = buf[2:2 + n].decode()
    buf = buf[2 + n:]
    print(repr(text), ascii(text), n, len(text), text[0], text[-1], text[1:4], text[::-1])
    print("  find", text.find("😀"), text.find("c"), text.rfind("😀"), text.count("😀"), text.index(text[-1]), text.find("😀", 2))
    print("  [" + text.ljust(16, ".") + "]", "[" + text.center(17) + "]", "[%-15s]" % text, f"[{text:>15}]", f"[{text:^15}]")
    print("  ", [c for c in text if ord(c) > 0xFFFF], [hex(ord(c)) for c in text[:3]], text.upper(), text.split(" "))
conn.close()
cli.close()
srv.close()
