# Python 2: signal handlers are installed and returned (plain ints, SIG_DFL 0, SIG_IGN 1), SIGPIPE is
# ignored by Python, SIGKILL gives RuntimeError, a str handler TypeError; os.path on missing files.
import signal, sys, socket
def handler(signum, frame):
    print 'Signal handler called with signal', signum
    sys.exit(0)
print signal.SIGINT, signal.SIG_DFL, signal.SIG_IGN, signal.NSIG
print signal.signal(signal.SIGINT, handler)
print signal.getsignal(signal.SIGINT) is handler, signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE)
print signal.signal(signal.SIGTERM, signal.SIG_IGN), signal.getsignal(signal.SIGTERM)
try:
    signal.signal(signal.SIGKILL, handler)
except RuntimeError, e:
    print 'RuntimeError', e
try:
    signal.signal(signal.SIGINT, 'x')
except TypeError, e:
    print e
print signal.default_int_handler
import os
print os.path.exists('no_such_file.txt'), os.path.isdir('.')
try:
    os.path.getsize('no_such_file.txt')
except OSError, e:
    print 'OSError', e.errno, e
