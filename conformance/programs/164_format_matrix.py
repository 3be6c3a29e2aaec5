# format() specs and %-formatting across ints, floats, bools, str, bytes, None and lists, errors included.
vals = [0, 7, -42, 1234567, 3.0, -0.5, 2.675, 1e-7, 123456.789, 1e16, float("inf"), float("nan"), True, "ab", "héllo"]
specs = ["", "5", "<6", ">6", "^7", "*^9", "+", " ", "-", "05", "08.3f", ".2f", ".0f", ",", "_", ",.2f", "e", ".3e", "g", ".3g", "G", "%", ".1%", "x", "#x", "X", "o", "#o", "b", "#b", "c", "d", "n", "=+8", "=8.2f", "s", ">10s", ".3s", "10.2", "#.0f", "+.1e", ",d", "08,d", "z.1f"]
out = []
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__[0] + ":" + str(e))
    out.append(" | ".join(row))
print("\n".join(out))
fmts = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#X", "%o", "%e", "%.2e", "%g", "%.3g", "%f", "%.1f", "%10.4f", "%-10.2f|", "%s", "%r", "%a", "%c", "%%", "%i", "%u", "%.3s", "%5s", "%-5s|"]
for v in [0, -17, 255, 3.14159, -2.5, 1e20, "str", b"b", None, [1], 65]:
    row = []
    for f in fmts:
        try:
            row.append(f % v)
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__[0] + ":" + str(e))
    print(" | ".join(row))
