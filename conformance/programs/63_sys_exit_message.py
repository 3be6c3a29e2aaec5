# sys.exit("message"): the message goes to stderr, exit code 1. SystemExit can be caught.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("no argument:", e.code)
print("about to exit with a message")
sys.exit("usage: client.py host port")
