# Python 2: json.dumps and nested printing follow the dict's slot order
import json
msg = {'type': 'hello', 'user': 'alice', 'seq': 1, 'payload': {'text': 'hi', 'to': 'bob'}}
print json.dumps(msg)
print json.dumps(msg, indent=2)
print json.dumps(msg, sort_keys=True)
print json.dumps([{'b': 1, 'a': 2}, {'y': 1, 'x': 2}])
print json.loads('{"b": 1, "a": 2, "c": 3}')
print [{'port': 1, 'host': 'h'}, set(['x', 'y'])]
print ({'b': 1, 'a': 2},)
print {'outer': {'inner': {'z': 1, 'y': 2}}, 'list': [1, 2]}
stats = {}
for word in 'the quick brown fox jumps over the lazy dog the end'.split():
    stats[word] = stats.get(word, 0) + 1
print stats
for k, v in stats.iteritems():
    print k, v
print max(stats, key=stats.get)
print ', '.join(stats)
print zip(stats.keys(), stats.values()) == stats.items()
