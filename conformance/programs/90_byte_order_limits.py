# Byte order and address helpers at their limits: htons/htonl overflow, inet_aton's short and C-notation forms, inet_ntoa types, gethostbyname forms.
import socket
for f in (socket.htonl, socket.ntohl, socket.ntohs, socket.htons):
  for v in (-1, 2**32, 2**64, 70000, 0x1234):
    try: print(f.__name__, v, f(v))
    except Exception as e: print(f.__name__, v, type(e).__name__, e)
for v in ['1.2.3.4', '10.1', '127.1', '1', '0x7f.1', '010.0.0.1', '1.2.3.4.5', '', ' 1.2.3.4', '1.2.3.4 ', '1.2.3.256', '4294967295', '4294967296', 'abc', '1..2', '1.2.3.', '08']:
  try: print(repr(v), socket.inet_aton(v))
  except Exception as e: print(repr(v), type(e).__name__, e)
for v in [b'abcd', bytearray(b'abcd'), 'abcd', b'abcde']:
  try: print(repr(v), socket.inet_ntoa(v))
  except Exception as e: print(repr(v), type(e).__name__, e)
for v in ['1.2.3', '127.1', '1.2.3.4', 'localhost', '0x7f.1', '', '::1', '<broadcast>', 'no.such.invalid', '1:2:zz::']:
  try: print(repr(v), socket.gethostbyname(v))
  except Exception as e: print(repr(v), type(e).__name__, e)
