# Printing what goes over the wire: bytes reprs and escapes, %r / f-strings / format specs of
# bytes and ints, .hex(), bytes.fromhex, int.from_bytes / to_bytes, struct-packed headers.
import struct

data = b'GET / HTTP/1.0\r\n\r\n'
print(data, repr(data), '%r' % data, f'{data!r}', f'{data}', '%s' % data)
print(len(data), data[0], data[-1], data[:3], data[3:4], list(data[:3]))
raw = bytes([0, 1, 127, 128, 255, 10, 13, 9, 39, 34, 92])
print(raw)
print(raw.hex(), raw.hex(':'), raw.hex(' ', 2), bytes.fromhex('de ad be ef'))
print(b"it's", b'say "hi"', b'both \' and "', bytes(3), bytearray(b'ab'), bytearray(2))
for n in (0, 1, 255, 256, 65535, 2**32 - 1, -1):
    try:
        print(n, n.to_bytes(4, 'big'), n.to_bytes(4, 'little').hex(), hex(n), f'{n:#06x}', f'{n:08b}' if n >= 0 else '')
    except OverflowError as e:
        print(n, 'OverflowError', e)
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'), int.from_bytes(b'\xff', 'big', signed=True))
print((1024).to_bytes(2, byteorder='big'), (-2).to_bytes(2, 'big', signed=True))
header = struct.pack('!HHI', 8080, 42, 1_000_000)
print(header, header.hex(), len(header), struct.calcsize('!HHI'))
print(struct.unpack('!HHI', header), struct.unpack('<HHI', header))
print('%5d|%-5d|%05d|%x|%X|%o|%c' % (42, 42, 42, 255, 255, 8, 65))
print('{:>8}|{:<8}|{:^8}|{:,}|{:_}|{:.3f}|{:e}'.format('r', 'l', 'c', 1234567, 1234567, 3.14159, 12345.678))
print(f'{12:>4}{"x":*^7}{3.5:6.2f}{255:x}{255:#o}{0.25:.0%}{1e20:g}{1/3}')
print(str(b'abc', 'ascii'), b'abc'.decode(), 'caf\u00e9'.encode(), 'caf\u00e9'.encode('latin-1'))
print(repr('tab\there'), 'tab\there', repr('nl\n'), ascii('café'), repr('\x00\x7f'))
try:
    b'\xff\xfe'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(b'\xff\xfe'.decode(errors='replace'), b'\xff'.decode('latin-1'), b'a\xffb'.decode('ascii', 'ignore'))
print(bytes('héllo', 'utf-8'), len('héllo'), len('héllo'.encode()))
print(b'%d bytes from %s' % (5, b'peer'), b'x' * 3 + b'y', b','.join([b'a', b'b']), b' a b '.split())
print(int('ff', 16), int('0x1f', 0), int(b'42'), float('1e3'), int(' 7 '), round(2.5), round(3.5), round(2.675, 2))
print(True + True, 7 // 2, -7 // 2, 7 % -3, 2 ** -1, divmod(17, 5), 10 / 4, 10 // 4.0)
print(1_000_000, 0o17, 0b101, 0xFF, 1e-5, 1e16, 123456789.0 * 10, 0.1 + 0.2, float('inf'), -0.0)
