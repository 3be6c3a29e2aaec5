# json: float/int/str encodings, indent/sort_keys/separators/ensure_ascii/default/allow_nan,
# decode errors with positions, loads hooks, dump/load through files.
import json
print(json.dumps({"a": 1.0, "b": 1e20, "c": 1.5e-7, "d": -0.0, "e": 10**20, "f": float("nan")}))
print(json.dumps([1, 2], indent=0), json.dumps({}, indent=2), json.dumps([], indent=2), json.dumps({"a": []}, indent=2))
print(json.dumps("\u00e9\n\t\x01\u2028</"), json.dumps("é", ensure_ascii=False), json.dumps("😀"))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=1, separators=(",", ": ")))
print(json.dumps((1, 2)), json.dumps({"t": (1,)}), json.dumps(True), json.dumps(None), json.dumps(3))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps(b"x")
except TypeError as e:
    print(e)
print(json.dumps({"x": 1}, default=str), json.dumps({1: object.__name__}), json.dumps([float("inf")], allow_nan=True))
try:
    json.dumps(float("inf"), allow_nan=False)
except ValueError as e:
    print(e)
print(json.dumps({"s": {1, 2}}, default=sorted))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.0, 1e2, -0, 1E-2]"), json.loads('"\\ud83d\\ude00"'), json.loads("true"), json.loads(b'{"x": null}'))
print(json.loads('{"n": 12345678901234567890}'), json.loads(' {"k" : [ ] } '), json.loads("NaN"), json.loads("-Infinity"))
for bad in ['{"a" 1}', '[1,]', '{"a":1', 'tru', '"abc', '[1] x', '{1: 2}', "'x'", '']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": {"b": [1, {"c": "d"}]}}')["a"]["b"][1]["c"])
import io
f = io.StringIO()
json.dump({"k": [1, 2]}, f, indent=1)
print(f.getvalue())
print(json.load(io.StringIO('{"z": 0}')))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.dumps("x", indent=2), json.dumps({"a": "b"}, indent="  "), json.dumps([[]], indent=2))
