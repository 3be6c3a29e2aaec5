# Python 2 generators: yield, gen.next(), generators consumed by for, sum, list comprehensions.
def gen(n):
    for i in xrange(n):
        yield i * i
g = gen(3)
print g.next(), list(g)
for x in gen(2):
    print x,
print
print sum(gen(4)), [y for y in gen(3)]
