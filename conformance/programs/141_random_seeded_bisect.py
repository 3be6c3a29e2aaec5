# random with a seed gives CPython's Mersenne Twister numbers (a lossy link simulation, dice,
# shuffles, samples); random.Random instances have their own state. bisect for sorted lists.
import bisect
import random

random.seed(42)
print(random.random(), random.randint(1, 6), random.choice("abcdef"), random.randrange(10), random.randrange(0, 100, 5))
print(round(random.uniform(1, 2), 6), random.getrandbits(40), random.getrandbits(8))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample(range(1000), 30)[:6])
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=4), random.choices("xy", cum_weights=[1, 2], k=3))

random.seed(7)
sent = 20
delivered = [seq for seq in range(sent) if random.random() >= 0.3]
print("lost", sent - len(delivered), "of", sent, delivered)

random.seed(2 ** 40 + 12345)
print(random.random())
random.seed(0)
print([random.randint(0, 9) for _ in range(12)])

a = random.Random(99)
b = random.Random(99)
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100), a.choice([10, 20, 30]))
random.seed(5)
first = random.random()
random.seed(5)
print(first == random.random())

for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.sample([1, 2], 3)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)

scores = [10, 20, 20, 30, 40]
print(bisect.bisect(scores, 20), bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 25), bisect.bisect_left(scores, 5))
bisect.insort(scores, 25)
bisect.insort_left(scores, 20)
print(scores)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
rows = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(rows, 3, key=lambda r: r[0]), bisect.bisect_right(rows, 3, key=lambda r: r[0]))
