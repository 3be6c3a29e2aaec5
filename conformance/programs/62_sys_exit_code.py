# sys.exit(3): exit code 3, nothing on stderr; finally blocks run.
import sys, socket
s = socket.socket()
try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally runs, closing", s.fileno())
    s.close()
print("never printed")
