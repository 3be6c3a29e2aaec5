# Control flow through try/finally (break, continue, return in finally), scoping errors, common
# exception messages, ImportError.name, sys.exc_info.
import sys
def f1():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    else:
        print("no break")
    return i
print(f1())
def f2():
    try:
        return 1
    finally:
        return 2
print(f2())
def f3():
    while True:
        try:
            raise ValueError("x")
        except ValueError:
            continue_flag = True
            break
        finally:
            print("f3 finally")
    return continue_flag
print(f3())
def f4():
    for i in range(2):
        try:
            continue
        finally:
            print("cont finally", i)
f4()
def f5():
    try:
        try:
            raise KeyError(1)
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    else:
        print("else")
f5()
try:
    pass
except Exception:
    pass
else:
    print("else runs")
finally:
    print("finally runs")
e = "before"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)
x = 10
def g():
    print(x)
    x = 5
try:
    g()
except UnboundLocalError as err:
    print(type(err).__name__, err)
def h():
    global y
    y = 7
h(); print(y)
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while else")
try:
    raise Exception("a", "b")
except Exception as ex:
    print(ex, ex.args, str(ex), repr(ex))
class CustomErr(ConnectionError):
    pass
try:
    raise CustomErr(104, "reset")
except OSError as ex:
    print(type(ex).__name__, ex.errno, ex.strerror, ex, isinstance(ex, ConnectionError))
try:
    raise ConnectionResetError(104, "Connection reset by peer")
except ConnectionError as ex:
    print(repr(ex), ex.errno)
try:
    assert 1 == 2, "math broke"
except AssertionError as ex:
    print("AssertionError", ex)
try:
    int(None)
except TypeError as ex:
    print(ex)
try:
    None.foo
except AttributeError as ex:
    print(ex)
try:
    "x" + 1
except TypeError as ex:
    print(ex)
try:
    len(5)
except TypeError as ex:
    print(ex)
try:
    [1, 2].remove(3)
except ValueError as ex:
    print(ex)
try:
    {}.pop("k")
except KeyError as ex:
    print(repr(ex))
try:
    a, b = [1, 2, 3]
except ValueError as ex:
    print(ex)
try:
    a, b, c = [1, 2]
except ValueError as ex:
    print(ex)
try:
    def rec(n): return rec(n + 1)
    rec(0)
except RecursionError as ex:
    print("RecursionError", ex)
try:
    1 / 0.0
except ZeroDivisionError as ex:
    print(ex)
try:
    10 % 0
except ZeroDivisionError as ex:
    print(ex)
try:
    import nonexistent_mod
except ImportError as ex:
    print(type(ex).__name__, ex, ex.name)
try:
    from os import nothing_here
except ImportError as ex:
    print(ex)
try:
    raise SystemExit(5)
except SystemExit as ex:
    print("SystemExit", ex.code)
try:
    sys.exit()
except SystemExit as ex:
    print("exit code", ex.code)
print(sys.exc_info())
try:
    raise TypeError("t")
except TypeError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
