# Python 2: an uncaught exception of a class defined in the program is named __main__.ProtocolError
# on the last stderr line (the traceback module would say ProtocolError). Exit code 1.
import traceback


class ProtocolError(Exception):
    def __init__(self, code, text):
        Exception.__init__(self, code, text)
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.args[1])


try:
    raise ProtocolError(400, "bad request")
except ProtocolError, e:
    print "caught", e, e.code, repr(e)
    print traceback.format_exc().splitlines()[-1]
raise ProtocolError(505, "version not supported")
