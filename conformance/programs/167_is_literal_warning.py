# A student's identity-vs-equality slip: CPython warns at compile time (SyntaxWarning on stderr) and runs on.
x = 5
if x is 5 or x is not "a":
    print("five")
print(x is None, x is True, x is (), x is -1, x is (1, 2), 1 < x is 3)
