# A message queue of namedtuple records ordered with heapq (priority, seq) and sorted with
# operator.itemgetter/attrgetter; namedtuples are immutable ("can't set attribute", no new
# attributes), hash() of an instance uses its __hash__ (a namedtuple hashes like its tuple).
import collections
import heapq
import operator
from operator import attrgetter, itemgetter

Msg = collections.namedtuple('Msg', 'priority seq sender text')
queue = []
incoming = [(2, 'ann', 'hello'), (1, 'bob', 'urgent'), (3, 'cid', 'later'), (1, 'dan', 'also urgent'), (2, 'eve', 'hi')]
for seq, (prio, sender, text) in enumerate(incoming):
    heapq.heappush(queue, Msg(prio, seq, sender, text))
print(queue[0], len(queue))
order = []
while queue:
    m = heapq.heappop(queue)
    order.append('%s:%s' % (m.sender, m.text))
print(order)
h = [9, 4, 7, 1, 8]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 5), h, heapq.nsmallest(2, h), heapq.nlargest(2, h))

msgs = [Msg(p, i, s, t) for i, (p, s, t) in enumerate(incoming)]
print([m.sender for m in sorted(msgs, key=attrgetter('priority', 'sender'))])
print(sorted([(s, p) for p, s, t in incoming], key=itemgetter(1, 0)), itemgetter(2)(msgs[0]), attrgetter('text')(msgs[1]))
print(operator.add(2, 3), operator.mul('ab', 2), list(map(operator.neg, [1, -2])), operator.itemgetter(1))

m = msgs[0]
try:
    m.text = 'changed'
except AttributeError as e:
    print('AttributeError:', e)
try:
    m.extra = 1
except AttributeError as e:
    print('AttributeError:', e)
print(m, m == (2, 0, 'ann', 'hello'), hash(m) == hash((2, 0, 'ann', 'hello')), m._replace(text='edited').text)


class Peer:
    def __init__(self, host, port):
        self.host, self.port = host, port

    def __eq__(self, other):
        return (self.host, self.port) == (other.host, other.port)

    def __hash__(self):
        return hash((self.host, self.port))


class Minus:
    def __hash__(self):
        return -1


print(hash(Peer('a', 1)) == hash(('a', 1)), len({Peer('a', 1), Peer('a', 1), Peer('b', 2)}), hash(Minus()), hash(True))
