# A calculator server: the client sends expressions, the server answers with eval() (with a dict of
# allowed names, and with the caller's own names), errors reported per line (ZeroDivisionError,
# NameError, SyntaxError with its msg/str, TypeError); messages parsed with ast.literal_eval
# (literals and containers only: ValueError for names and calls).
import ast
import math
import socket

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
cli = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()

exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 64", "10 / 4", "10 // 4, 10 % 4", "sqrt(16) + pi", "max(3, 7, 1) - abs(-2)",
         "round(2 / 3, 3)", "1 / 0", "foo + 1", "1 +", "'ab' * 3", "'x' + 1", "[n * n for n in []]" if False else "sorted([3, 1, 2])",
         "1 < 2 < 3", "not 0 and 'yes' or 'no'", "{'k': (1, 2)}['k'][1]", "  42", "", "hex(255)", "len('hello') if True else 0"]
cli.sendall("\n".join(exprs).encode() + b"\n")
cli.shutdown(socket.SHUT_WR)

allowed = {"sqrt": math.sqrt, "pi": math.pi, "max": max, "abs": abs, "round": round, "sorted": sorted, "len": len, "hex": hex}
data = b""
while True:
    chunk = conn.recv(64)
    if not chunk:
        break
    data += chunk
for line in data.decode().split("\n")[:-1]:
    try:
        result = eval(line, {"__builtins__": {}}, allowed)
        reply = "OK %r" % (result,)
    except SyntaxError as e:
        reply = "ERR SyntaxError %s | %s" % (e.msg, e)
    except Exception as e:
        reply = "ERR %s: %s" % (type(e).__name__, e)
    conn.sendall(reply.encode() + b"\n")
conn.close()
answers = b""
while True:
    chunk = cli.recv(100)
    if not chunk:
        break
    answers += chunk
for q, a in zip(exprs, answers.decode().splitlines()):
    print("%-26r %s" % (q, a))
cli.close()
srv.close()

rate = 3


def scaled(expr):
    factor = 10
    return eval(expr)


print(scaled("rate * factor"), eval("rate + 1"), eval("[rate] * 2"), eval("x", {"x": "global"}, {"x": "local"}))
for msg in ["{'cmd': 'join', 'room': '#py', 'args': [1, 2.5, None, True]}", "('ping', -1)", "[b'raw', {1, 2}]",
            "  {'nested': {'a': ()}}  ", "__import__('os')", "cmd", "1 +", "{'a': f(x)}"]:
    try:
        print("literal", repr(ast.literal_eval(msg)))
    except ValueError as e:
        print("ValueError", str(e).split(":")[0])
    except SyntaxError as e:
        print("SyntaxError", e.msg, e)
