# Python 2: dicts with int keys (negative, large, longs), bool and float keys, tuple keys
print {3: 'c', 1: 'a', 2: 'b'}
print {10: 1, 2: 2, 18: 3, 26: 4}
print {-1: 'm1', -2: 'm2', 0: 'z', 1: 'one'}
print {100: 1, 7: 2, 15: 3, 31: 4, 8: 5, 64: 6, 1000: 7}
print {2**40: 'big', 2**63: 'huge', -2**64: 'neg', 2**64: 'w', 2**70: 'x', 5: 'small'}
print {1: 'a', 9: 'b', 17: 'c', 2**65 + 3: 'd'}
print {True: 't', 2: 'two', 8: 'eight'}
print {1.0: 'f', 9: 'n', 2.0: 'g'}
d = {}
for i in range(20):
    d[i * 7 % 23] = i
print d
d = {}
for i in range(30, 0, -3):
    d[-i] = i
print d
print {(1, 2): 'a', (2, 1): 'b', (0, 0): 'c', ('x', 1): 'd'}
peers = {}
for port in [5000, 5001, 4999, 8080, 80, 443]:
    peers[('127.0.0.1', port)] = port
print peers
for addr, port in peers.items():
    print addr, port
print {(): 0, (1,): 1, ((1, 2), 3): 2}
big = {}
for i in range(100):
    big[i * 37] = i
print big.keys()
print {'a': 1, 2: 'b', (3,): 'c', 4: 'd'}
