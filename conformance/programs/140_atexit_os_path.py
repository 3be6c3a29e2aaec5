# atexit handlers run after the main program (and its finally blocks), last registered first;
# an exception in one is reported on stderr and the exit code stays sys.exit's. os.path basics.
# Ends with sys.exit(2).
import atexit
import os
import os.path
import sys
from os.path import join


def bye(name, sep="!"):
    print("bye", name, sep)


def broken():
    print("broken handler runs")
    raise RuntimeError("handler failed")


atexit.register(bye, "first")
atexit.register(bye, "second", sep="?")
atexit.register(broken)


@atexit.register
def last():
    print("registered last, runs first")


atexit.register(print, "never printed")
atexit.unregister(print)

print(os.path.join("logs", "server", "chat.log"), join("/srv/", "data"), os.path.join("/a", "/b", "c"))
print(os.path.basename("/tmp/upload/file.txt"), repr(os.path.basename("dir/")), os.path.dirname("/tmp/upload/file.txt"), repr(os.path.dirname("file.txt")))
print(os.path.split("/a/b/c"), os.path.split("c"), os.path.split("/c"), os.path.split("///a//b"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"), os.path.splitext("name."))
print(os.path.isabs("/etc"), os.path.isabs("etc"), os.path.normpath("a//b/./c/../d/"), os.path.normpath("/../x"), os.path.normpath(""), os.path.normpath("//a"))
print(os.sep, os.path.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.path.commonprefix(["/usr/lib", "/usr/local"]))
try:
    os.path.join("a", 5)
except TypeError as e:
    print("TypeError", e)

try:
    print("main body done")
    sys.exit(2)
finally:
    print("finally before the handlers")
