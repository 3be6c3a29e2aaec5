# -*- coding: utf-8 -*-
# Python 2: seeded random gives CPython 2.7's numbers (its randrange/choice/shuffle/sample use
# random() rather than getrandbits), time.strftime names, the encoding declaration allows "é".
import random
import time

random.seed(42)
print random.random(), random.randint(1, 6), random.choice("abcdef"), random.randrange(10), random.randrange(0, 100, 5)
print round(random.uniform(1, 2), 6), random.getrandbits(40)
deck = range(10)
random.shuffle(deck)
print deck
print random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample(xrange(1000), 30)[:6]
random.seed(7)
print [n for n in range(20) if random.random() >= 0.3]
r = random.Random(99)
print r.random(), r.randint(1, 100)
print "caf\xc3\xa9", len("é"), repr("é")
t = time.gmtime(1234567890)
print time.strftime("%a %A %b %B %d %j %p %I %y", t), time.asctime(t), time.mktime(t)
