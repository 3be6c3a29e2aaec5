/**
 * Standard library modules written in Python, compiled along with a program that mentions them
 * (compiler.ts compileLibs) and run by `import` (builtins.ts importModule). Their functions run on the
 * interpreter like the program's own, so they may block (selectors.select calls select.poll).
 * Error messages follow CPython 3.11's. `version` restricts a module to Python 2 or 3.
 */
import { CONCURRENT_FUTURES, QUEUE3, QUEUE_PY2, SOCKETSERVER, SOCKETSERVER_PY2, THREAD, THREAD_PY2, THREADING, THREADING_PY2 } from './stdlib_threading';

export interface PyLib {
  source: string;
  version?: 2 | 3;
  /** Compile it when one of these words occurs in the program (default: its own name). */
  triggers?: string[];
  /** Merge its public names into this native module when that module is imported (e.g. struct.Struct). */
  extends?: string;
  /** Its source for Python 2, when that differs. */
  py2?: string;
}

const COLLECTIONS = `
from _collections import defaultdict, Counter, OrderedDict
import sys as _sys
_PY2 = _sys.version_info[0] == 2


class _NamedTuple(object):
    _fields = ()
    _field_defaults = {}

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            raise TypeError('%s.__new__() takes %d positional arguments but %d were given' % (cls.__name__, len(fields) + 1, len(args) + 1))
        values = list(args)
        missing = []
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in cls._field_defaults:
                values.append(cls._field_defaults[name])
            else:
                missing.append(name)
        for name in kwargs:
            if name in fields[:len(args)]:
                raise TypeError("%s.__new__() got multiple values for argument '%s'" % (cls.__name__, name))
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (cls.__name__, name))
        if missing:
            names = ["'%s'" % m for m in missing]
            listed = names[0] if len(names) == 1 else ', '.join(names[:-1]) + ' and ' + names[-1]
            raise TypeError('%s.__new__() missing %d required positional argument%s: %s' % (cls.__name__, len(missing), '' if len(missing) == 1 else 's', listed))
        object.__setattr__(self, '_values', tuple(values))
        for name, value in zip(fields, values):
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        if name in type(self)._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __repr__(self):
        # Python 2's repr names the namedtuple's own type name, even for a subclass
        name = self._typename if _PY2 else type(self).__name__
        return '%s(%s)' % (name, ', '.join(['%s=%r' % (n, v) for n, v in zip(self._fields, self._values)]))

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __contains__(self, x):
        return x in self._values

    def __eq__(self, other):
        if isinstance(other, _NamedTuple):
            return self._values == other._values
        return self._values == other

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._values < tuple(other)

    def __hash__(self):
        return hash(self._values)

    def __add__(self, other):
        return self._values + other

    def _asdict(self):
        return dict(zip(self._fields, self._values))

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def _replace(self, **kwargs):
        values = [kwargs.pop(n, v) for n, v in zip(self._fields, self._values)]
        if kwargs:
            raise ValueError('Got unexpected field names: %r' % list(kwargs))
        return type(self)(*values)

    def count(self, x):
        return self._values.count(x)

    def index(self, x):
        return self._values.index(x)


def namedtuple(typename, field_names, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = tuple([str(n) for n in field_names])
    for name in (typename,) + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    class cls(_NamedTuple):
        pass
    cls._fields = field_names
    cls.__match_args__ = field_names
    fd = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        fd = dict(zip(field_names[len(field_names) - len(defaults):], defaults))
    cls._field_defaults = fd
    cls.__name__ = typename
    cls._typename = typename
    cls.__qualname__ = typename
    cls.__module__ = '__main__' if module is None else module
    return cls


class deque(object):
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        self._state += 1
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[0]

    def appendleft(self, x):
        self._state += 1
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop(0)

    def clear(self):
        self._state += 1
        del self._items[:]

    def copy(self):
        return deque(self._items, self._maxlen)

    def count(self, x):
        return self._items.count(x)

    def index(self, x, *args):
        return self._items.index(x, *args)

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        self._items.insert(i, x)

    def remove(self, x):
        if x not in self._items:
            raise ValueError('%r is not in deque' % (x,))
        self._state += 1
        self._items.remove(x)

    def reverse(self):
        self._items.reverse()

    def rotate(self, n=1):
        self._state += 1
        if self._items:
            n = n % len(self._items)
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __nonzero__(self):
        return len(self._items) > 0

    def __iter__(self):
        items = self._items
        state = self._state
        n = len(items)
        i = 0
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            if i >= n:
                return
            yield items[i]
            i += 1

    def __reversed__(self):
        return iter(self._items[::-1])

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        if i >= len(self._items) or i < -len(self._items):
            raise IndexError('deque index out of range')
        return self._items[i]

    def __setitem__(self, i, x):
        if i >= len(self._items) or i < -len(self._items):
            raise IndexError('deque index out of range')
        self._items[i] = x

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self._maxlen is None:
            return 'deque(%r)' % (self._items,)
        return 'deque(%r, maxlen=%d)' % (self._items, self._maxlen)
`;

const SELECTORS = `
import select
from collections import namedtuple

EVENT_READ = 1
EVENT_WRITE = 2


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError('Invalid file object: {!r}'.format(fileobj)) from None
    if fd < 0:
        raise ValueError('Invalid file descriptor: {}'.format(fd))
    return fd


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'], module='selectors')


class _SelectorMapping(object):
    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def get(self, fileobj, default=None):
        fd = self._selector._fileobj_lookup(fileobj)
        return self._selector._fd_to_key.get(fd, default)

    def __getitem__(self, fileobj):
        fd = self._selector._fileobj_lookup(fileobj)
        key = self._selector._fd_to_key.get(fd)
        if key is None:
            raise KeyError('{!r} is not registered'.format(fileobj))
        return key

    def __iter__(self):
        return iter(self._selector._fd_to_key)

    def __contains__(self, fileobj):
        return self.get(fileobj) is not None

    def keys(self):
        return list(self._selector._fd_to_key)

    def values(self):
        return list(self._selector._fd_to_key.values())

    def items(self):
        return list(self._selector._fd_to_key.items())


def _ceil_ms(timeout):
    # poll() and epoll_wait() count whole milliseconds: round up, to wait at least the timeout.
    ms = int(timeout * 1000)
    if ms < timeout * 1000:
        ms += 1
    return ms


class BaseSelector(object):
    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _PollLikeSelector(BaseSelector):
    _selector_cls = select.poll
    _EVENT_READ = select.POLLIN
    _EVENT_WRITE = select.POLLOUT

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)
        self._selector = self._selector_cls()

    def _fileobj_lookup(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
            raise ValueError('Invalid events: {!r}'.format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError('{!r} (FD {}) is already registered'.format(fileobj, key.fd))
        self._fd_to_key[key.fd] = key
        poller_events = 0
        if events & EVENT_READ:
            poller_events |= self._EVENT_READ
        if events & EVENT_WRITE:
            poller_events |= self._EVENT_WRITE
        try:
            self._selector.register(key.fd, poller_events)
        except:
            del self._fd_to_key[key.fd]
            raise
        return key

    def unregister(self, fileobj):
        try:
            key = self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None
        try:
            self._selector.unregister(key.fd)
        except OSError:
            pass
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None
        changed = False
        if events != key.events:
            if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
                raise ValueError('Invalid events: {!r}'.format(events))
            poller_events = 0
            if events & EVENT_READ:
                poller_events |= self._EVENT_READ
            if events & EVENT_WRITE:
                poller_events |= self._EVENT_WRITE
            self._selector.modify(key.fd, poller_events)
            changed = True
        if data != key.data:
            changed = True
        if changed:
            key = key._replace(events=events, data=data)
            self._fd_to_key[key.fd] = key
        return key

    def select(self, timeout=None):
        if timeout is None:
            ms = None
        elif timeout <= 0:
            ms = 0
        else:
            ms = _ceil_ms(timeout)
        return self._ready(self._selector.poll(ms))

    def _ready(self, fd_event_list):
        ready = []
        for fd, event in fd_event_list:
            events = 0
            if event & ~self._EVENT_READ:
                events |= EVENT_WRITE
            if event & ~self._EVENT_WRITE:
                events |= EVENT_READ
            key = self._fd_to_key.get(fd)
            if key:
                ready.append((key, events & key.events))
        return ready

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None

    def get_map(self):
        return self._map


class PollSelector(_PollLikeSelector):
    pass


class EpollSelector(_PollLikeSelector):
    # As CPython's: a real epoll descriptor (so the sockets opened after it get the fd numbers they
    # get on Linux) reporting in epoll's ready-list order.
    _selector_cls = select.epoll
    _EVENT_READ = select.EPOLLIN
    _EVENT_WRITE = select.EPOLLOUT

    def fileno(self):
        return self._selector.fileno()

    def select(self, timeout=None):
        if timeout is None:
            timeout = -1
        elif timeout <= 0:
            timeout = 0
        else:
            timeout = _ceil_ms(timeout) * 1e-3
        # epoll_wait() wants maxevents > 0, also when nothing is registered.
        return self._ready(self._selector.poll(timeout, max(len(self._fd_to_key), 1)))

    def close(self):
        self._selector.close()
        _PollLikeSelector.close(self)


class SelectSelector(_PollLikeSelector):
    pass


DefaultSelector = EpollSelector
`;

/** struct.Struct, unpack_from, iter_unpack, pack_into on top of the native struct.pack/unpack/calcsize. */
const STRUCT_EXTRA = `
import struct as _struct


def unpack_from(format, buffer, offset=0):
    size = _struct.calcsize(format)
    if offset < 0:
        if offset + len(buffer) < 0:
            raise _struct.error('offset %d out of range for %d-byte buffer' % (offset, len(buffer)))
        offset += len(buffer)
    if len(buffer) - offset < size:
        raise _struct.error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)' % (size + offset, size, offset, len(buffer)))
    return _struct.unpack(format, bytes(buffer[offset:offset + size]))


def iter_unpack(format, buffer):
    size = _struct.calcsize(format)
    if size == 0:
        raise _struct.error('cannot iteratively unpack with a struct of length 0')
    if len(buffer) % size:
        raise _struct.error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    return iter([_struct.unpack(format, bytes(buffer[i:i + size])) for i in range(0, len(buffer), size)])


def pack_into(format, buffer, offset, *values):
    data = _struct.pack(format, *values)
    if offset < 0:
        offset += len(buffer)
    if len(buffer) - offset < len(data):
        raise _struct.error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)' % (len(data) + offset, len(data), offset, len(buffer)))
    buffer[offset:offset + len(data)] = data


class Struct(object):
    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self.size = _struct.calcsize(format)
        self.format = format

    def pack(self, *values):
        return _struct.pack(self.format, *values)

    def unpack(self, buffer):
        return _struct.unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)
`;


const TYPING = `
class _Alias(object):
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError('Type %s cannot be instantiated; use %s() instead' % (self._name, self._name.lower()))

    def __repr__(self):
        return 'typing.' + self._name

    def __or__(self, other):
        return self

    def __ror__(self, other):
        return self


Any = _Alias('Any')
List = _Alias('List')
Dict = _Alias('Dict')
Tuple = _Alias('Tuple')
Set = _Alias('Set')
FrozenSet = _Alias('FrozenSet')
Optional = _Alias('Optional')
Union = _Alias('Union')
Callable = _Alias('Callable')
Iterable = _Alias('Iterable')
Iterator = _Alias('Iterator')
Generator = _Alias('Generator')
Sequence = _Alias('Sequence')
Mapping = _Alias('Mapping')
MutableMapping = _Alias('MutableMapping')
Type = _Alias('Type')
NoReturn = _Alias('NoReturn')
ClassVar = _Alias('ClassVar')
Final = _Alias('Final')
Literal = _Alias('Literal')
IO = _Alias('IO')
TextIO = _Alias('TextIO')
BinaryIO = _Alias('BinaryIO')
Deque = _Alias('Deque')
DefaultDict = _Alias('DefaultDict')
Awaitable = _Alias('Awaitable')
ByteString = _Alias('ByteString')
AnyStr = _Alias('AnyStr')
Text = str
TYPE_CHECKING = False


def TypeVar(name, *constraints, **kwargs):
    return _Alias(name)


def cast(typ, val):
    return val


def overload(func):
    return func


def final(func):
    return func


def NewType(name, tp):
    return tp
`;

const ITERTOOLS = `
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = list(iterable)
    while saved:
        for x in saved:
            yield x


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for i in range(times):
            yield obj


def islice(iterable, *args):
    s = slice(*args)
    start = s.start or 0
    stop = s.stop
    step = s.step or 1
    if start < 0 or (stop is not None and stop < 0):
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    nxt = start
    i = 0
    for x in iterable:
        if stop is not None and i >= stop:
            return
        if i == nxt:
            yield x
            nxt += step
        i += 1


def chain(*iterables):
    for it in iterables:
        for x in it:
            yield x


def _from_iterable(iterables):
    for it in iterables:
        for x in it:
            yield x


chain.from_iterable = _from_iterable


def zip_longest(*iterables, fillvalue=None):
    lists = [list(it) for it in iterables]
    n = max([len(l) for l in lists]) if lists else 0
    for i in range(n):
        yield tuple([l[i] if i < len(l) else fillvalue for l in lists])


def product(*iterables, repeat=1):
    pools = [tuple(p) for p in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    def rec(prefix, rest):
        if len(prefix) == r:
            yield tuple(prefix)
            return
        for i in range(len(rest)):
            for p in rec(prefix + [rest[i]], rest[:i] + rest[i + 1:]):
                yield p
    for p in rec([], list(pool)):
        yield p


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    def rec(start, prefix):
        if len(prefix) == r:
            yield tuple(prefix)
            return
        for i in range(start, n):
            for c in rec(i + 1, prefix + [pool[i]]):
                yield c
    if r <= n:
        for c in rec(0, []):
            yield c


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    def rec(start, prefix):
        if len(prefix) == r:
            yield tuple(prefix)
            return
        for i in range(start, n):
            for c in rec(i, prefix + [pool[i]]):
                yield c
    if n or not r:
        for c in rec(0, []):
            yield c


def accumulate(iterable, func=None, initial=None):
    total = initial
    first = initial is None
    if not first:
        yield total
    for x in iterable:
        if first:
            total = x
            first = False
        elif func is None:
            total = total + x
        else:
            total = func(total, x)
        yield total


def groupby(iterable, key=None):
    items = list(iterable)
    i = 0
    while i < len(items):
        k = items[i] if key is None else key(items[i])
        group = []
        while i < len(items) and (items[i] if key is None else key(items[i])) == k:
            group.append(items[i])
            i += 1
        yield k, iter(group)


def takewhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            return
        yield x


def dropwhile(predicate, iterable):
    dropping = True
    for x in iterable:
        if dropping and predicate(x):
            continue
        dropping = False
        yield x


def filterfalse(predicate, iterable):
    for x in iterable:
        if not (bool(x) if predicate is None else predicate(x)):
            yield x


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def pairwise(iterable):
    items = list(iterable)
    for i in range(len(items) - 1):
        yield items[i], items[i + 1]


def tee(iterable, n=2):
    items = list(iterable)
    return tuple([iter(list(items)) for i in range(n)])
`;

const FUNCTOOLS = `
_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial(object):
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*(self.args + args), **kw)


WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


def lru_cache(maxsize=128, typed=False):
    def decorating(user_function):
        cache = {}
        def wrapper(*args):
            if args in cache:
                return cache[args]
            result = user_function(*args)
            cache[args] = result
            return result
        return wrapper
    if callable(maxsize):
        return decorating(maxsize)
    return decorating


def cache(user_function):
    return lru_cache(None)(user_function)


def cmp_to_key(mycmp):
    class K(object):
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
    return K


def _derived(name, root, flip, tie):
    # An order from the root's answer r: r, or not r; then "or ==" / "and !=" (CPython's functools
    # spells the twelve out as functions: _gt_from_lt returns not r and self != other ...).
    def op(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if flip:
            r = not r
        if tie == '==':
            return r or self == other
        if tie == '!=':
            return r and self != other
        return r
    # CPython's function is _gt_from_lt ...; total_ordering renames it after its operator
    op.__qualname__ = '_%s_from_%s' % (name.strip('_'), root.strip('_'))
    op.__name__ = name
    return op


# root: [(derived operator, negate the root's answer, tie rule)]
_rules = {
    '__lt__': [('__gt__', True, '!='), ('__le__', False, '=='), ('__ge__', True, None)],
    '__le__': [('__ge__', True, '=='), ('__lt__', False, '!='), ('__gt__', True, None)],
    '__gt__': [('__lt__', True, '!='), ('__ge__', False, '=='), ('__le__', True, None)],
    '__ge__': [('__le__', True, '=='), ('__gt__', False, '!='), ('__lt__', True, None)],
}
_convert = dict((root, [(n, _derived(n, root, flip, tie)) for n, flip, tie in rules]) for root, rules in _rules.items())


def total_ordering(cls):
    roots = [op for op in _convert if any(op in c.__dict__ for c in cls.__mro__ if c is not object)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls
`;

const LOGGING = `
import sys

CRITICAL = 50
FATAL = 50
ERROR = 40
WARNING = 30
WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0
_levelToName = {50: 'CRITICAL', 40: 'ERROR', 30: 'WARNING', 20: 'INFO', 10: 'DEBUG', 0: 'NOTSET'}
BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'


_nameToLevel = {'CRITICAL': 50, 'FATAL': 50, 'ERROR': 40, 'WARN': 30, 'WARNING': 30, 'INFO': 20, 'DEBUG': 10, 'NOTSET': 0}


def getLevelName(level):
    if level in _levelToName:
        return _levelToName[level]
    if isinstance(level, str) and level in _nameToLevel:
        return _nameToLevel[level]
    return 'Level %s' % level


class Formatter(object):
    def __init__(self, fmt=None, datefmt=None, style='%'):
        self._fmt = fmt or '%(message)s'
        self.datefmt = datefmt

    def format(self, record):
        import time
        d = dict(record)
        d['asctime'] = time.strftime(self.datefmt or '%Y-%m-%d %H:%M:%S') + ('' if self.datefmt else ',000')
        return self._fmt % d


class StreamHandler(object):
    def __init__(self, stream=None):
        self.stream = stream
        self.formatter = Formatter(BASIC_FORMAT)
        self.level = NOTSET

    def setFormatter(self, fmt):
        self.formatter = fmt

    def setLevel(self, level):
        self.level = level

    def emit(self, record):
        stream = self.stream if self.stream is not None else sys.stderr
        stream.write(self.formatter.format(record) + '\\n')


class Logger(object):
    def __init__(self, name, level=NOTSET, parent=None):
        self.name = name
        self.level = level
        self.parent = parent
        self.handlers = []
        self.propagate = True
        self.disabled = False

    def setLevel(self, level):
        if isinstance(level, str):
            level = {'CRITICAL': 50, 'ERROR': 40, 'WARNING': 30, 'INFO': 20, 'DEBUG': 10, 'NOTSET': 0}[level.upper()]
        self.level = level

    def getEffectiveLevel(self):
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        return level >= self.getEffectiveLevel()

    def addHandler(self, h):
        self.handlers.append(h)

    def removeHandler(self, h):
        if h in self.handlers:
            self.handlers.remove(h)

    def hasHandlers(self):
        return bool(self.handlers) or (self.parent is not None and self.parent.hasHandlers())

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        if args:
            if len(args) == 1 and isinstance(args[0], dict) and args[0]:
                args = args[0]
            msg = str(msg) % args
        else:
            msg = str(msg)
        if kwargs.get('exc_info'):
            import traceback
            msg = msg + '\\n' + traceback.format_exc().rstrip('\\n')
        func, line = sys._caller()
        tname = 'MainThread'
        try:
            import threading
            tname = threading.current_thread().name
        except ImportError:
            pass
        path = sys.argv[0]
        fname = path.split('/')[-1]
        record = {'name': self.name, 'levelname': getLevelName(level), 'levelno': level, 'message': msg, 'msg': msg,
                  'module': fname[:-3] if fname.endswith('.py') else fname, 'filename': fname, 'pathname': path,
                  'funcName': func, 'lineno': line, 'process': 0, 'thread': 0, 'threadName': tname}
        logger = self
        handled = False
        while logger is not None:
            for h in logger.handlers:
                if level >= h.level:
                    h.emit(record)
                handled = True
            if not logger.propagate:
                break
            logger = logger.parent
        if not handled and level >= WARNING:
            sys.stderr.write(msg + '\\n')

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, **kwargs):
        kwargs['exc_info'] = True
        self.log(ERROR, msg, *args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    fatal = critical


root = Logger('root', WARNING)
_loggers = {}


def getLogger(name=None):
    if not name or name == 'root':
        return root
    if name not in _loggers:
        parent = root
        parts = name.split('.')
        for i in range(len(parts) - 1, 0, -1):
            up = '.'.join(parts[:i])
            if up in _loggers:
                parent = _loggers[up]
                break
        lg = Logger(name, NOTSET, parent)
        for other in _loggers.values():
            if other.name.startswith(name + '.') and (other.parent is root or len(other.parent.name) < len(name)):
                other.parent = lg
        _loggers[name] = lg
    return _loggers[name]


def basicConfig(**kwargs):
    if root.handlers and not kwargs.get('force'):
        return
    root.handlers = []
    h = StreamHandler(kwargs.get('stream'))
    h.setFormatter(Formatter(kwargs.get('format', BASIC_FORMAT), kwargs.get('datefmt')))
    root.addHandler(h)
    if 'level' in kwargs:
        root.setLevel(kwargs['level'])


def _auto():
    if not root.handlers:
        basicConfig()


def debug(msg, *args, **kwargs):
    _auto()
    root.debug(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _auto()
    root.info(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    _auto()
    root.warning(msg, *args, **kwargs)


warn = warning


def error(msg, *args, **kwargs):
    _auto()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, **kwargs):
    _auto()
    root.exception(msg, *args, **kwargs)


def critical(msg, *args, **kwargs):
    _auto()
    root.critical(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _auto()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    pass
`;

const HASHLIB = `
import _hashlib


class _Hash(object):
    def __init__(self, name, data=b''):
        self.name = name
        self._data = b''
        self.digest_size = _hashlib.digest_size(name)
        self.block_size = 64
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        self._data = self._data + bytes(data)

    def hexdigest(self):
        return _hashlib.hexdigest(self.name, self._data)

    def digest(self):
        return bytes.fromhex(self.hexdigest())

    def copy(self):
        h = _Hash(self.name)
        h._data = self._data
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object @ 0x7f0000000000>' % self.name


def md5(data=b'', **kwargs):
    return _Hash('md5', data)


def sha1(data=b'', **kwargs):
    return _Hash('sha1', data)


def sha256(data=b'', **kwargs):
    return _Hash('sha256', data)


def new(name, data=b'', **kwargs):
    name = name.lower()
    if name not in algorithms_available:
        raise ValueError('unsupported hash type ' + name)
    return _Hash(name, data)


algorithms_guaranteed = {'md5', 'sha1', 'sha256'}
algorithms_available = {'md5', 'sha1', 'sha256'}
`;

const ARGPARSE = `
import sys

SUPPRESS = '==SUPPRESS=='
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
OPTIONAL = '?'


class Namespace(object):
    def __init__(self, **kwargs):
        for k in kwargs:
            setattr(self, k, kwargs[k])

    def __repr__(self):
        return 'Namespace(%s)' % ', '.join(['%s=%r' % (k, v) for k, v in self.__dict__.items()])

    def __contains__(self, key):
        return key in self.__dict__

    def __eq__(self, other):
        return isinstance(other, Namespace) and vars(self) == vars(other)


class ArgumentError(Exception):
    pass


class ArgumentTypeError(Exception):
    pass


class _Action(object):
    def __init__(self, names, dest, action, nargs, const, default, type, choices, required, help, metavar):
        self.option_strings = [n for n in names if n.startswith('-')]
        self.dest = dest
        self.action = action
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def label(self):
        if self.option_strings:
            return '/'.join(self.option_strings)
        return self.metavar or self.dest

    def metavar_text(self):
        if self.metavar is not None:
            return self.metavar
        if self.choices is not None:
            return '{%s}' % ','.join([str(c) for c in self.choices])
        return self.dest.upper() if self.option_strings else self.dest

    def args_text(self):
        m = self.metavar_text()
        if isinstance(m, tuple):
            if isinstance(self.nargs, int):
                return ' '.join(m)
            m = m[0]
        if self.nargs is None:
            return m
        if self.nargs == '?':
            return '[%s]' % m
        if self.nargs == '*':
            return '[%s ...]' % m
        if self.nargs == '+':
            return '%s [%s ...]' % (m, m)
        if isinstance(self.nargs, int):
            return ' '.join([m] * self.nargs)
        return m

    def takes_value(self):
        return self.action not in ('store_true', 'store_false', 'store_const', 'count', 'help', 'version', 'append_const')

    def invocation(self):
        if not self.option_strings:
            m = self.metavar_text()
            return m[0] if isinstance(m, tuple) else m
        if not self.takes_value():
            return ', '.join(self.option_strings)
        return ', '.join(['%s %s' % (o, self.args_text()) for o in self.option_strings])

    def usage(self):
        if not self.option_strings:
            return self.args_text()
        opt = self.option_strings[0]
        part = opt if not self.takes_value() else '%s %s' % (opt, self.args_text())
        return part if self.required else '[%s]' % part


def _usage_tokens(text):
    # argparse's part_regexp: a [...] group (up to a ']' before a space or the end) or a word
    out = []
    i = 0
    while i < len(text):
        if text[i] == ' ':
            i += 1
            continue
        if text[i] == '[':
            j = i
            while True:
                j = text.find(']', j + 1)
                if j < 0:
                    j = len(text) - 1
                    break
                k = j + 1
                while k < len(text) and text[k] == ']':
                    k += 1
                if k >= len(text) or text[k] == ' ':
                    j = k - 1
                    break
            out.append(text[i:j + 1])
            i = j + 1
        else:
            j = text.find(' ', i)
            if j < 0:
                j = len(text)
            out.append(text[i:j])
            i = j
    return out


def _wrap(text, width):
    words = text.split()
    lines = []
    line = ''
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = w if not line else line + ' ' + w
    if line:
        lines.append(line)
    return lines


class ArgumentParser(object):
    def __init__(self, prog=None, usage=None, description=None, epilog=None, add_help=True, formatter_class=None, **kwargs):
        self.prog = prog if prog is not None else sys.argv[0].split('/')[-1]
        self.description = description
        self.epilog = epilog
        self._actions = []
        if add_help:
            self.add_argument('-h', '--help', action='help', help='show this help message and exit')

    def add_argument(self, *names, action='store', nargs=None, const=None, default=None, type=None, choices=None,
                     required=None, help=None, metavar=None, dest=None):
        if names and names[0].startswith('-'):
            if dest is None:
                longs = [n for n in names if n.startswith('--')]
                dest = (longs[0] if longs else names[0]).lstrip('-').replace('-', '_')
            if required is None:
                required = False
        else:
            dest = names[0]
            if required is None:
                required = nargs not in ('?', '*')
        if action == 'store_true':
            default = False if default is None else default
        elif action == 'store_false':
            default = True if default is None else default
        elif action == 'count' and default is None:
            default = None
        a = _Action(names, dest, action, nargs, const, default, type, choices, required, help, metavar)
        self._actions.append(a)
        return a

    def add_mutually_exclusive_group(self, **kwargs):
        return self

    def add_argument_group(self, *args, **kwargs):
        return self

    def set_defaults(self, **kwargs):
        for a in self._actions:
            if a.dest in kwargs:
                a.default = kwargs[a.dest]

    def format_usage(self):
        prefix = 'usage: '
        opt_parts = [a.usage() for a in self._actions if a.option_strings]
        pos_parts = [a.usage() for a in self._actions if not a.option_strings]
        usage = ' '.join([self.prog] + opt_parts + pos_parts)
        text_width = 78
        if len(prefix) + len(usage) > text_width:
            opt_parts = _usage_tokens(' '.join(opt_parts))
            pos_parts = _usage_tokens(' '.join(pos_parts))
            def get_lines(parts, indent, prefix=None):
                lines = []
                line = []
                line_len = len(prefix) - 1 if prefix is not None else len(indent) - 1
                for part in parts:
                    if line_len + 1 + len(part) > text_width and line:
                        lines.append(indent + ' '.join(line))
                        line = []
                        line_len = len(indent) - 1
                    line.append(part)
                    line_len += len(part) + 1
                if line:
                    lines.append(indent + ' '.join(line))
                if prefix is not None:
                    lines[0] = lines[0][len(indent):]
                return lines
            if len(prefix) + len(self.prog) <= 0.75 * text_width:
                indent = ' ' * (len(prefix) + len(self.prog) + 1)
                if opt_parts:
                    lines = get_lines([self.prog] + opt_parts, indent, prefix)
                    lines.extend(get_lines(pos_parts, indent))
                elif pos_parts:
                    lines = get_lines([self.prog] + pos_parts, indent, prefix)
                else:
                    lines = [self.prog]
            else:
                indent = ' ' * len(prefix)
                lines = get_lines(opt_parts + pos_parts, indent)
                lines = [self.prog] + lines
            usage = '\\n'.join(lines)
        return prefix + usage + '\\n'

    def print_usage(self, file=None):
        (file or sys.stdout).write(self.format_usage())

    def _expand_help(self, a):
        params = dict(vars(a))
        params['prog'] = self.prog
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        if params.get('type') is not None:
            params['type'] = getattr(params['type'], '__name__', params['type'])
        return a.help % params

    def format_help(self):
        text = self.format_usage()
        width = 78
        if self.description:
            text += '\\n' + '\\n'.join(_wrap(self.description, width)) + '\\n'
        pos = [a for a in self._actions if not a.option_strings]
        opts = [a for a in self._actions if a.option_strings]
        max_len = max([len(a.invocation()) + 2 for a in self._actions] or [0])
        help_position = min(max_len + 2, 24)
        help_width = max(width - help_position, 11)
        action_width = help_position - 4

        def section(title, actions):
            out = '\\n%s:\\n' % title
            for a in actions:
                header = a.invocation()
                if not a.help:
                    out += '  %s\\n' % header
                    continue
                if len(header) <= action_width:
                    out += '  ' + header.ljust(action_width) + '  '
                    first_indent = 0
                else:
                    out += '  %s\\n' % header
                    first_indent = help_position
                lines = _wrap(self._expand_help(a), help_width)
                if lines:
                    out += ' ' * first_indent + lines[0] + '\\n'
                    for line in lines[1:]:
                        out += ' ' * help_position + line + '\\n'
                else:
                    out += '\\n'
            return out

        if pos:
            text += section('positional arguments', pos)
        if opts:
            text += section('options', opts)
        if getattr(self, 'epilog', None):
            text += '\\n' + '\\n'.join(_wrap(self.epilog, width)) + '\\n'
        return text

    def print_help(self, file=None):
        (file or sys.stdout).write(self.format_help())

    def error(self, message):
        sys.stderr.write(self.format_usage())
        sys.stderr.write('%s: error: %s\\n' % (self.prog, message))
        sys.exit(2)

    def exit(self, status=0, message=None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)

    def _convert(self, a, s):
        if a.type is None:
            v = s
        else:
            try:
                v = a.type(s)
            except (TypeError, ValueError):
                name = getattr(a.type, '__name__', repr(a.type))
                self.error('argument %s: invalid %s value: %r' % (a.label(), name, s))
        if a.choices is not None and v not in a.choices:
            self.error('argument %s: invalid choice: %r (choose from %s)' % (a.label(), v, ', '.join([repr(c) for c in a.choices])))
        return v

    def parse_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        args = list(args)
        ns = namespace if namespace is not None else Namespace()
        for a in self._actions:
            if a.action != 'help' and not hasattr(ns, a.dest):
                d = a.default
                if isinstance(d, str) and a.type is not None and a.option_strings:
                    d = self._convert(a, d)
                setattr(ns, a.dest, d)
        positionals = [a for a in self._actions if not a.option_strings]
        by_flag = {}
        for a in self._actions:
            for o in a.option_strings:
                by_flag[o] = a
        seen = set()
        rest = []
        extras = []
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == '--':
                rest.extend(args[i + 1:])
                break
            if arg.startswith('-') and len(arg) > 1 and not arg[1:].replace('.', '').isdigit():
                value = None
                if '=' in arg and arg.startswith('--'):
                    arg, value = arg.split('=', 1)
                a = by_flag.get(arg)
                if a is None:
                    matches = [f for f in by_flag if f.startswith(arg) and f.startswith('--')]
                    if len(matches) == 1:
                        a = by_flag[matches[0]]
                    elif len(matches) > 1:
                        self.error('ambiguous option: %s could match %s' % (arg, ', '.join(matches)))
                    else:
                        extras.append(args[i])
                        i += 1
                        continue
                seen.add(a)
                if a.action == 'help':
                    self.print_help()
                    sys.exit(0)
                elif a.action == 'store_true':
                    setattr(ns, a.dest, True)
                elif a.action == 'store_false':
                    setattr(ns, a.dest, False)
                elif a.action == 'store_const':
                    setattr(ns, a.dest, a.const)
                elif a.action == 'count':
                    setattr(ns, a.dest, (getattr(ns, a.dest) or 0) + 1)
                else:
                    if value is None:
                        if i + 1 >= len(args) or (args[i + 1].startswith('-') and len(args[i + 1]) > 1):
                            self.error('argument %s: expected one argument' % a.label())
                        i += 1
                        value = args[i]
                    v = self._convert(a, value)
                    if a.action == 'append':
                        cur = getattr(ns, a.dest)
                        setattr(ns, a.dest, (list(cur) if cur else []) + [v])
                    else:
                        setattr(ns, a.dest, v)
            else:
                rest.append(arg)
            i += 1
        for a in positionals:
            if a.nargs in ('*', '+'):
                if a.nargs == '+' and not rest:
                    continue
                setattr(ns, a.dest, [self._convert(a, r) for r in rest] if rest else (a.default if a.default is not None else []))
                if rest:
                    seen.add(a)
                rest = []
            elif rest:
                setattr(ns, a.dest, self._convert(a, rest.pop(0)))
                seen.add(a)
        missing = [a.label() for a in self._actions if a.required and a not in seen]
        if missing:
            self.error('the following arguments are required: %s' % ', '.join(missing))
        return ns, extras + rest


class FileType(object):
    def __init__(self, mode='r', *args, **kwargs):
        self.mode = mode


class HelpFormatter(object):
    pass


RawTextHelpFormatter = HelpFormatter
RawDescriptionHelpFormatter = HelpFormatter
ArgumentDefaultsHelpFormatter = HelpFormatter
`;

/**
 * open(): files live in memory, in this module's dict (so in the process state), for programs that
 * save what they received and read it back. Nothing touches a real disk.
 */
const FILES = `
_files = {}


class _File(object):
    def __init__(self, name, mode, encoding):
        self.name = name
        self.mode = mode
        self.encoding = encoding
        self.closed = False
        self._binary = 'b' in mode
        self._pos = 0
        if 'r' in mode and '+' not in mode:
            self._readable, self._writable = True, False
        else:
            self._readable, self._writable = '+' in mode, True

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _data(self):
        return _files[self.name]

    def read(self, size=-1):
        self._check()
        if not self._readable:
            raise _io_unsupported('not readable')
        data = self._data()
        end = len(data) if size is None or size < 0 else min(len(data), self._pos + size)
        chunk = data[self._pos:end]
        self._pos = end
        return chunk if self._binary else chunk.decode(self.encoding)

    def readline(self, size=-1):
        self._check()
        if not self._readable:
            raise _io_unsupported('not readable')
        data = self._data()
        nl = data.find(b'\\n', self._pos)
        end = len(data) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = data[self._pos:end]
        self._pos = end
        return chunk if self._binary else chunk.decode(self.encoding)

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def write(self, data):
        self._check()
        if not self._writable:
            raise _io_unsupported('not writable')
        if self._binary:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            raw = bytes(data)
        else:
            if not isinstance(data, str):
                raise TypeError('write() argument must be str, not %s' % type(data).__name__)
            raw = data.encode(self.encoding)
        cur = self._data()
        if 'a' in self.mode:
            self._pos = len(cur)
        _files[self.name] = cur[:self._pos] + raw + cur[self._pos + len(raw):]
        self._pos += len(raw)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            self._pos = pos
        elif whence == 2:
            self._pos = len(self._data()) + pos
        else:
            self._pos += pos
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def flush(self):
        self._check()

    def fileno(self):
        return 3

    def close(self):
        self.closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check()
        return iter(self.readlines())

    def __repr__(self):
        if self._binary:
            kind = '_io.BufferedReader' if self.mode == 'rb' else '_io.BufferedWriter'
            return '<%s name=%r>' % (kind, self.name)
        return '<_io.TextIOWrapper name=%r mode=%r encoding=%r>' % (self.name, self.mode, self.encoding)


# directories: the usual ones of a Linux box, the working directory, and those the program made
_cwd = '/home/user'
_dirs = set(['/', '/tmp', '/home', '/home/user', '/usr', '/etc', '/var', '/dev', '/proc', '/var/tmp'])


def _abs(p):
    if not p.startswith('/'):
        p = _cwd + '/' + p
    parts = []
    for part in p.split('/'):
        if part == '' or part == '.':
            continue
        if part == '..':
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return '/' + '/'.join(parts)


def _isdir(p):
    return _abs(p) in _dirs


def _parent(p):
    a = _abs(p)
    return a[:a.rindex('/')] or '/'


def _isfile(p):
    if p in _files:
        return True
    a = _abs(p)
    for k in _files:
        if _abs(k) == a:
            return True
    return False


def _io_unsupported(what):
    try:
        import io
        return io.UnsupportedOperation(what)
    except ImportError:
        return OSError(what)


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(file, str):
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(file).__name__)
    if not mode or mode.strip('rwabxt+') or len([c for c in mode if c in 'rwax']) != 1:
        raise ValueError('invalid mode: %r' % mode)
    if 'b' in mode and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if _isdir(file):
        raise IsADirectoryError(21, 'Is a directory', file)
    if 'r' in mode and file not in _files:
        raise FileNotFoundError(2, 'No such file or directory', file)
    if file not in _files and not _isdir(_parent(file)):
        raise FileNotFoundError(2, 'No such file or directory', file)
    if 'x' in mode and file in _files:
        raise FileExistsError(17, 'File exists', file)
    if 'w' in mode or 'x' in mode or file not in _files:
        _files[file] = b''
    return _File(file, mode, encoding or 'UTF-8')


def exists(path):
    return path in _files


def getsize(path):
    if path not in _files:
        raise FileNotFoundError(2, 'No such file or directory', path)
    return len(_files[path])


def remove(path):
    if path not in _files:
        raise FileNotFoundError(2, 'No such file or directory', path)
    del _files[path]
`;

const RE = `
import _sre

A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
NOFLAG = 0
error = _sre.error


class Match(object):
    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos
        last = None
        for g in range(1, len(spans) // 2):
            if spans[2 * g] >= 0:
                last = g
        self.lastindex = last
        self.lastgroup = None
        for name, idx in pattern.groupindex.items():
            if idx == last:
                self.lastgroup = name

    def _index(self, g):
        if isinstance(g, str):
            if g not in self.re.groupindex:
                raise IndexError('no such group')
            return self.re.groupindex[g]
        if not isinstance(g, int) or g < 0 or g > self.re.groups:
            raise IndexError('no such group')
        return g

    def _get(self, g, default=None):
        i = self._index(g)
        s, e = self._spans[2 * i], self._spans[2 * i + 1]
        if s < 0:
            return default
        return self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple([self._get(g) for g in groups])

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return dict([(name, self._get(idx, default)) for name, idx in self.re.groupindex.items()])

    def start(self, g=0):
        return self._spans[2 * self._index(g)]

    def end(self, g=0):
        return self._spans[2 * self._index(g) + 1]

    def span(self, g=0):
        i = self._index(g)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    def expand(self, template):
        return _expand(self, template)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())


class Pattern(object):
    def __init__(self, pattern, flags):
        if isinstance(pattern, Pattern):
            pattern = pattern.pattern
        self.pattern = pattern
        self.flags = flags | (32 if isinstance(pattern, str) else 0)
        self._flags = flags
        self.groups, self.groupindex = _sre.info(pattern, flags)

    def _check(self, string):
        if isinstance(self.pattern, str) and not isinstance(string, str):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        if not isinstance(self.pattern, str) and isinstance(string, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')

    def _find(self, string, pos, endpos, mode):
        self._check(string)
        if endpos is None or endpos > len(string):
            endpos = len(string)
        spans = _sre.find(self.pattern, self._flags, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, spans, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        return self._find(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._find(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._find(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        out = []
        while pos <= len(string):
            m = self._find(string, pos, endpos, 0)
            if m is None:
                break
            out.append(m)
            pos = m.end() if m.end() > m.start() else m.end() + 1
        return iter(out)

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) if m.group(1) is not None else string[:0])
            else:
                out.append(tuple([g if g is not None else string[:0] for g in m.groups()]))
        return out

    def subn(self, repl, string, count=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            out.append(repl(m) if callable(repl) else _expand(m, repl))
            last = m.end()
            n += 1
        out.append(string[last:])
        return string[:0].join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def __repr__(self):
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash(self.pattern)


def _expand(m, template):
    s = template
    empty = s[:0]
    out = []
    i = 0
    bs = s[0:0] + ('\\\\' if isinstance(s, str) else b'\\\\')
    while i < len(s):
        c = s[i:i + 1]
        if c == bs and i + 1 < len(s):
            d = s[i + 1:i + 2]
            dd = d if isinstance(d, str) else d.decode('latin-1')
            if dd.isdigit():
                j = i + 1
                while j < len(s) and j < i + 3 and (s[j:j + 1] if isinstance(s, str) else s[j:j + 1].decode('latin-1')).isdigit():
                    j += 1
                g = m.group(int(s[i + 1:j]))
                out.append(g if g is not None else empty)
                i = j
                continue
            if dd == 'g':
                close = s.index(s[0:0] + ('>' if isinstance(s, str) else b'>'), i)
                name = s[i + 3:close]
                name = name if isinstance(name, str) else name.decode('latin-1')
                g = m.group(int(name) if name.isdigit() else name)
                out.append(g if g is not None else empty)
                i = close + 1
                continue
            table = {'n': '\\n', 't': '\\t', 'r': '\\r', '\\\\': '\\\\'}
            if dd in table:
                out.append(table[dd] if isinstance(s, str) else table[dd].encode())
                i += 2
                continue
            out.append(s[i:i + 2])
            i += 2
            continue
        out.append(c)
        i += 1
    return empty.join(out)


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        return pattern
    key = (type(pattern).__name__, pattern, flags)
    if key not in _cache:
        _cache[key] = Pattern(pattern, flags)
    return _cache[key]


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def escape(pattern):
    if isinstance(pattern, str):
        special = '()[]{}?*+-|^$\\\\.&~# \\t\\n\\r\\v\\f'
        return ''.join(['\\\\' + c if c in special else c for c in pattern])
    return escape(pattern.decode('latin-1')).encode('latin-1')


def purge():
    _cache.clear()
`;

/** iter(callable, sentinel) as a generator, so the callable may block (iter(lambda: s.recv(1024), b'')). */
const ITERLIB = `
def callable_iterator(function, sentinel):
    while True:
        value = function()
        if value == sentinel:
            return
        yield value
`;


const IO = `
class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


class _MemIO(object):
    _empty = b''

    def __init__(self, initial=None):
        if initial is None:
            initial = self._empty
        self._check_type(initial, 'initial_value')
        self._buf = self._empty + initial
        self._pos = 0
        self.closed = False

    def _check_type(self, v, what):
        pass

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return self._buf

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def write(self, data):
        self._check()
        self._check_type(data, 'write')
        n = len(data)
        if self._pos > len(self._buf):
            self._buf = self._buf + self._pad(self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + data + self._buf[self._pos + n:]
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        end = len(self._buf) if size is None or size < 0 else min(len(self._buf), self._pos + size)
        chunk = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return chunk

    def readline(self, size=-1):
        self._check()
        nl = self._buf.find(self._nl, self._pos)
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return chunk

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def flush(self):
        self._check()

    def close(self):
        self.closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class BytesIO(_MemIO):
    _empty = b''
    _nl = b'\\n'

    def _pad(self, n):
        return bytes(n)

    def _check_type(self, v, what):
        if not isinstance(v, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(v).__name__)

    def getbuffer(self):
        return bytearray(self._buf)


class StringIO(_MemIO):
    _empty = ''
    _nl = '\\n'

    def _pad(self, n):
        return '\\0' * n

    def _check_type(self, v, what):
        if not isinstance(v, str):
            if what == 'write':
                raise TypeError('string argument expected, got %r' % type(v).__name__)
            raise TypeError('initial_value must be str or None, not %s' % type(v).__name__)


BytesIO.__module__ = '_io'
StringIO.__module__ = '_io'
`;

const CONTEXTLIB = `
class _GeneratorContextManager(object):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    helper.__name__ = func.__name__
    return helper


class closing(object):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class suppress(object):
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(object):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass
`;


const DATACLASSES = `
class _MissingType(object):
    def __repr__(self):
        return '<dataclasses._MISSING_TYPE object>'


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


FrozenInstanceError.__module__ = 'dataclasses'


class Field(object):
    def __init__(self, default, default_factory, init, repr, compare):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare

    def __repr__(self):
        return 'Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r)' % (
            self.name, self.type, self.default, self.default_factory, self.init, self.repr)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, compare)


def _fields_of(cls):
    own = cls.__dict__.get('__annotations__', {})
    out = []
    for base in reversed(cls.__mro__[1:]):
        for f in base.__dict__.get('__dataclass_fields__', {}).values():
            out = [g for g in out if g.name != f.name] + [f]
    for name, typ in own.items():
        val = cls.__dict__.get(name, MISSING)
        if isinstance(val, Field):
            f = val
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        else:
            f = Field(val, MISSING, True, True, True)
        f.name = name
        f.type = typ
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError('mutable default %r for field %s is not allowed: use default_factory' % (type(f.default), name))
        out = [g for g in out if g.name != name] + [f]
    return out


def _make_init(cls, flds):
    qual = cls.__qualname__ + '.__init__'
    params = [f for f in flds if f.init]
    seen_default = None
    for f in params:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError("non-default argument '%s' follows default argument" % f.name)
    required = [f for f in params if f.default is MISSING and f.default_factory is MISSING]

    def __init__(self, *args, **kwargs):
        if len(args) > len(params):
            if len(required) == len(params):
                raise TypeError('%s() takes %d positional arguments but %d were given' % (qual, len(params) + 1, len(args) + 1))
            raise TypeError('%s() takes from %d to %d positional arguments but %d were given' % (qual, len(required) + 1, len(params) + 1, len(args) + 1))
        values = {}
        for f, v in zip(params, args):
            values[f.name] = v
        for k, v in kwargs.items():
            if not any(f.name == k for f in params):
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qual, k))
            if k in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qual, k))
            values[k] = v
        missing = [f.name for f in required if f.name not in values]
        if missing:
            names = ["'%s'" % m for m in missing]
            if len(names) == 1:
                listed = names[0]
            elif len(names) == 2:
                listed = names[0] + ' and ' + names[1]
            else:
                listed = ', '.join(names[:-1]) + ', and ' + names[-1]
            raise TypeError('%s() missing %d required positional argument%s: %s' % (qual, len(missing), '' if len(missing) == 1 else 's', listed))
        for f in flds:
            if f.name in values:
                v = values[f.name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                v = f.default
            else:
                continue
            object.__setattr__(self, f.name, v)
        post = getattr(self, '__post_init__', None)
        if post is not None:
            post()
    return __init__


def _process(cls, init, repr_, eq, order, frozen, unsafe_hash=False):
    flds = _fields_of(cls)
    cls.__dataclass_fields__ = dict((f.name, f) for f in flds)
    if '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in flds if f.init)
    if init:
        cls.__init__ = _make_init(cls, flds)
    if repr_ and '__repr__' not in cls.__dict__:
        def __repr__(self):
            return self.__class__.__qualname__ + '(' + ', '.join('%s=%r' % (f.name, getattr(self, f.name)) for f in flds if f.repr) + ')'
        cls.__repr__ = __repr__
    key = lambda o: tuple(getattr(o, f.name) for f in flds if f.compare)
    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return key(self) == key(other)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        def __lt__(self, other):
            if other.__class__ is self.__class__:
                return key(self) < key(other)
            return NotImplemented

        def __le__(self, other):
            if other.__class__ is self.__class__:
                return key(self) <= key(other)
            return NotImplemented

        def __gt__(self, other):
            if other.__class__ is self.__class__:
                return key(self) > key(other)
            return NotImplemented

        def __ge__(self, other):
            if other.__class__ is self.__class__:
                return key(self) >= key(other)
            return NotImplemented
        cls.__lt__ = __lt__
        cls.__le__ = __le__
        cls.__gt__ = __gt__
        cls.__ge__ = __ge__
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError("cannot assign to field '%s'" % name)
        cls.__setattr__ = __setattr__
    # dataclasses' hash rules: generated when frozen (or unsafe_hash), removed by eq alone
    if unsafe_hash or (eq and frozen and '__hash__' not in cls.__dict__):
        def __hash__(self):
            return hash(key(self))
        cls.__hash__ = __hash__
    elif eq and not frozen and '__hash__' not in cls.__dict__:
        cls.__hash__ = None
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(c):
        return _process(c, init, repr, eq, order, frozen, unsafe_hash)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(obj):
    return tuple(obj.__dataclass_fields__.values())


def is_dataclass(obj):
    return hasattr(obj, '__dataclass_fields__')


def _copy_value(v, factory):
    if hasattr(v, '__dataclass_fields__') and not isinstance(v, type):
        return factory([(f.name, _copy_value(getattr(v, f.name), factory)) for f in fields(v)]) if factory is dict else factory(_copy_value(getattr(v, f.name), factory) for f in fields(v))
    if isinstance(v, list):
        return [_copy_value(x, factory) for x in v]
    if isinstance(v, tuple):
        return tuple(_copy_value(x, factory) for x in v)
    if isinstance(v, dict):
        return dict((_copy_value(k, factory), _copy_value(x, factory)) for k, x in v.items())
    return v


def asdict(obj):
    if not is_dataclass(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _copy_value(obj, dict)


def astuple(obj):
    if not is_dataclass(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _copy_value(obj, tuple)


def replace(obj, **changes):
    values = dict((f.name, getattr(obj, f.name)) for f in fields(obj) if f.init)
    values.update(changes)
    return obj.__class__(**values)
`;


const ENUM = `
import _enum


class auto(object):
    def __init__(self):
        self.value = None

    def __repr__(self):
        return 'auto(%r)' % self.value


class Enum(object):
    def __init_subclass__(cls, **kwargs):
        members = []
        member_map = {}
        value_map = {}
        last = None
        for name, value in list(cls.__dict__.items()):
            if name.startswith('_'):
                continue
            if isinstance(value, auto):
                if getattr(cls, '_flag_', False):
                    value = 1 if last is None else 2 ** last.bit_length()
                else:
                    value = 1 if last is None else last + 1
            elif callable(value) or isinstance(value, (classmethod, staticmethod, property)):
                continue
            if isinstance(value, int):
                last = value
            if value in value_map:
                member = value_map[value]
            elif issubclass(cls, IntEnum):
                member = _enum.intmember(cls, name, value)
                members.append(member)
                value_map[value] = member
            else:
                member = object.__new__(cls)
                member._name_ = name
                member._value_ = value
                member.name = name
                member.value = value
                members.append(member)
                value_map[value] = member
            member_map[name] = member
            setattr(cls, name, member)
        cls._member_list_ = members
        cls._member_map_ = member_map
        cls._value2member_map_ = value_map
        cls._member_names_ = [m._name_ for m in members]
        cls.__members__ = dict(member_map)

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)


class IntEnum(Enum):
    pass


class IntFlag(IntEnum):
    _flag_ = True

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        names = [m._name_ for m in cls._member_list_ if m._value_ and m._value_ & (m._value_ - 1) == 0 and m._value_ & value == m._value_]
        member = _enum.intmember(cls, '|'.join(names) if names else None, value)
        cls._value2member_map_[value] = member
        return member


def _bin(num, max_bits):
    s = bin(num + 2 ** num.bit_length()).replace('1', '0', 1)
    sign = s[:3]
    digits = s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class Flag(Enum):
    _flag_ = True

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask = 0
        for m in cls._member_list_:
            mask |= m._value_
        if value < 0 or value & ~mask:
            bits = max(value.bit_length(), mask.bit_length())
            raise ValueError("<flag '%s'> invalid value %r\\n    given %s\\n  allowed %s" % (cls.__name__, value, _bin(value, bits), _bin(mask, bits)))
        member = object.__new__(cls)
        names = [m._name_ for m in cls._member_list_ if m._value_ and m._value_ & (m._value_ - 1) == 0 and m._value_ & value == m._value_]
        member._name_ = '|'.join(names) if names else None
        member._value_ = value
        member.name = member._name_
        member.value = value
        cls._value2member_map_[value] = member
        return member

    def _all_bits(self):
        mask = 0
        for m in type(self)._member_list_:
            mask |= m._value_
        return mask

    def __or__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ ^ other._value_)

    def __invert__(self):
        return type(self)(self._all_bits() & ~self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in type(self)._member_list_ if m._value_ and m._value_ & (m._value_ - 1) == 0 and m._value_ & self._value_ == m._value_])

    def __len__(self):
        return bin(self._value_).count('1')

    def __bool__(self):
        return bool(self._value_)

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self._value_ == other._value_
        return NotImplemented

    def __hash__(self):
        return hash(self._value_)

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (type(self).__name__, self._value_)
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)
`;

const POSIXPATH = `
sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _check(a, name):
    if isinstance(a, (str, bytes)) or a.__class__.__name__ == 'unicode':
        return a
    if name == 'join':
        raise TypeError('join() argument must be str, bytes, or os.PathLike object, not %r' % type(a).__name__)
    raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(a).__name__)


def isabs(s):
    return _check(s, 'isabs').startswith('/')


def join(a, *p):
    path = _check(a, 'join')
    for b in p:
        _check(b, 'join')
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    _check(p, 'split')
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    _check(p, 'splitext')
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    _check(p, 'basename')
    return p[p.rfind('/') + 1:]


def dirname(p):
    _check(p, 'dirname')
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    _check(path, 'normpath')
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


# The files a Python 3 program wrote with open() (stdlib _files); directories are not simulated
# beyond the current one.
def _fs():
    try:
        import _files
        return _files._files
    except ImportError:
        return {}


def _missing(p):
    try:
        return FileNotFoundError(2, 'No such file or directory', p)
    except NameError:
        return OSError(2, 'No such file or directory', p)


def isdir(p):
    _check(p, 'isdir')
    try:
        import _files
        return _files._isdir(p)
    except ImportError:
        return p in ('.', '..', '/', './')


def abspath(p):
    try:
        import _files
        return _files._abs(p)
    except ImportError:
        return normpath(join('/home/user', p))


def isfile(p):
    _check(p, 'isfile')
    return p in _fs()


def exists(p):
    _check(p, 'exists')
    return p in _fs() or isdir(p)


def getsize(p):
    _check(p, 'getsize')
    if p not in _fs():
        raise _missing(p)
    return len(_fs()[p])
`;

const OSLIB = `
import posixpath as path
name = 'posix'
sep = '/'
altsep = None
linesep = '\\n'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
devnull = '/dev/null'
# the simulated process has an empty environment: os.environ.get('PORT', default) gives the default
environ = {}


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    pass


def remove(p):
    fs = path._fs()
    if p not in fs:
        if path.isdir(p):
            raise IsADirectoryError(21, 'Is a directory', p)
        raise path._missing(p)
    del fs[p]


unlink = remove


def _filesmod():
    import _files
    return _files


def getcwd():
    return _filesmod()._cwd


def chdir(p):
    f = _filesmod()
    if not f._isdir(p):
        if f._isfile(p):
            raise NotADirectoryError(20, 'Not a directory', p)
        raise FileNotFoundError(2, 'No such file or directory', p)
    f._cwd = f._abs(p)


def mkdir(p, mode=0o777):
    f = _filesmod()
    if f._isdir(p) or f._isfile(p):
        raise FileExistsError(17, 'File exists', p)
    if not f._isdir(f._parent(p)):
        raise FileNotFoundError(2, 'No such file or directory', p)
    f._dirs.add(f._abs(p))


def makedirs(name, mode=0o777, exist_ok=False):
    f = _filesmod()
    if f._isdir(name) or f._isfile(name):
        if exist_ok and f._isdir(name):
            return
        raise FileExistsError(17, 'File exists', name)
    parent = f._parent(name)
    if not f._isdir(parent):
        makedirs(parent, mode, True)
    f._dirs.add(f._abs(name))


def _children(f, a):
    out = set()
    prefix = a.rstrip('/') + '/'
    for d in f._dirs:
        if d.startswith(prefix) and d != a:
            out.add(d[len(prefix):].split('/')[0])
    for k in f._files:
        ka = f._abs(k)
        if ka.startswith(prefix):
            out.add(ka[len(prefix):].split('/')[0])
    return sorted(out)


def listdir(p='.'):
    f = _filesmod()
    if not f._isdir(p):
        if f._isfile(p):
            raise NotADirectoryError(20, 'Not a directory', p)
        raise FileNotFoundError(2, 'No such file or directory', p)
    return _children(f, f._abs(p))


def rmdir(p):
    f = _filesmod()
    if not f._isdir(p):
        if f._isfile(p):
            raise NotADirectoryError(20, 'Not a directory', p)
        raise FileNotFoundError(2, 'No such file or directory', p)
    if _children(f, f._abs(p)):
        raise OSError(39, 'Directory not empty', p)
    f._dirs.discard(f._abs(p))


def rename(src, dst):
    f = _filesmod()
    if src not in f._files:
        raise FileNotFoundError(2, 'No such file or directory', src)
    if not f._isdir(f._parent(dst)):
        raise FileNotFoundError(2, 'No such file or directory', src)
    if f._isdir(dst):
        raise IsADirectoryError(21, 'Is a directory', src)
    data = f._files.pop(src)
    f._files[dst] = data


replace = rename
`;

const ATEXIT = `
_exithandlers = []


def register(func, *args, **kwargs):
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)
`;

/** random: CPython's Mersenne Twister (MT19937) and its algorithms, so random.seed(n) gives CPython's numbers. */
const RANDOMLIB = `
import sys as _sys
from math import log as _log, ceil as _ceil, floor as _floor
from bisect import bisect as _bisect

_PY2 = _sys.version_info[0] == 2
_N = 624
_M = 397


class Random(object):
    def __init__(self, x=None):
        self.gauss_next = None
        self.seed(x)

    def seed(self, a=None, version=2):
        if a is None:
            # seeded on first use (CPython takes os.urandom; here a fixed seed, so runs repeat)
            self._mt = None
            self._mti = _N
            self.gauss_next = None
            return
        elif isinstance(a, float):
            a = hash(a)
        elif not isinstance(a, int) and not (_PY2 and isinstance(a, long)):
            if _PY2:
                a = hash(a)
            elif isinstance(a, (str, bytes, bytearray)):
                if isinstance(a, str):
                    a = a.encode()
                a = int.from_bytes(a, 'big')
            else:
                raise TypeError('The only supported seed types are: None,\\nint, float, str, bytes, and bytearray.')
        a = abs(a)
        key = []
        while a:
            key.append(a & 0xffffffff)
            a >>= 32
        if not key:
            key = [0]
        self._init_by_array(key)
        self.gauss_next = None

    def _init_by_array(self, key):
        mt = [0] * _N
        mt[0] = 19650218
        for i in range(1, _N):
            mt[i] = (1812433253 * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i) & 0xffffffff
        i = 1
        j = 0
        n = len(key)
        for _ in range(max(_N, n)):
            mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525)) + key[j] + j) & 0xffffffff
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= n:
                j = 0
        for _ in range(_N - 1):
            mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941)) - i) & 0xffffffff
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000
        self._mt = mt
        self._mti = _N

    def _genrand(self):
        mt = self._mt
        if mt is None:
            self.seed(0x9e3779b9)
            mt = self._mt
        if self._mti >= _N:
            for kk in range(_N):
                y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % _N] & 0x7fffffff)
                v = mt[(kk + _M) % _N] ^ (y >> 1)
                if y & 1:
                    v ^= 0x9908b0df
                mt[kk] = v
            self._mti = 0
        y = mt[self._mti]
        self._mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y

    def random(self):
        a = self._genrand() >> 5
        b = self._genrand() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k <= 32:
            return self._genrand() >> (32 - k)
        r = 0
        shift = 0
        while k > 0:
            w = self._genrand()
            if k < 32:
                w >>= 32 - k
            r |= w << shift
            shift += 32
            k -= 32
        return r

    def _randbelow(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        istart = int(start)
        if istart != start:
            raise ValueError('non-integer arg 1 for randrange()')
        if stop is None:
            if istart > 0:
                if _PY2 and istart < 2 ** 53:
                    return int(self.random() * istart)
                return self._randbelow(istart)
            raise ValueError('empty range for randrange()')
        istop = int(stop)
        if istop != stop:
            raise ValueError('non-integer stop for randrange()')
        width = istop - istart
        if step == 1:
            if width > 0:
                if _PY2 and width < 2 ** 53:
                    return int(istart + int(self.random() * width))
                return istart + self._randbelow(width)
            if _PY2:
                raise ValueError('empty range for randrange() (%d,%d, %d)' % (istart, istop, width))
            raise ValueError('empty range for randrange() (%d, %d, %d)' % (istart, istop, width))
        istep = int(step)
        if istep != step:
            raise ValueError('non-integer step for randrange()')
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError('zero step for randrange()')
        if n <= 0:
            raise ValueError('empty range for randrange()')
        if _PY2 and n < 2 ** 53:
            return istart + istep * int(self.random() * n)
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if _PY2:
            return seq[int(self.random() * len(seq))]
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        for i in reversed(range(1, len(x))):
            if _PY2:
                j = int(self.random() * (i + 1))
            else:
                j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        if not _PY2 and isinstance(population, (set, frozenset)):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError('sample larger than population' if _PY2 else 'Sample larger than population or is negative')
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize or (_PY2 and hasattr(population, 'keys')):
            pool = list(population)
            for i in range(k):
                j = int(self.random() * (n - i)) if _PY2 else self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = int(self.random() * n) if _PY2 else self._randbelow(n)
                while j in selected:
                    j = int(self.random() * n) if _PY2 else self._randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(self.random() * n)] for i in range(k)]
            cum_weights = []
            t = 0
            for w in weights:
                t = t + w
                cum_weights.append(t)
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        hi = n - 1
        return [population[_bisect(cum_weights, self.random() * total, 0, hi)] for i in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
getrandbits = _inst.getrandbits
`;

const BISECT = `
def bisect_right(a, x, lo=0, hi=None, key=None):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < (a[mid] if key is None else key(a[mid])):
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, key=None):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if (a[mid] if key is None else key(a[mid])) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, key=None):
    lo = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, key=None):
    lo = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right
`;

/** time: what the native module lacks. The simulated host's time zone is UTC. */
const TIMELIB = `
import sys as _sys
import time as _time

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')
_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def asctime(t=None):
    if t is None:
        t = _time.localtime()
    if len(t) != 9:
        raise TypeError('asctime(): illegal time tuple argument')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def mktime(t):
    if len(t) != 9:
        raise TypeError('mktime(): illegal time tuple argument')
    y = t[0]
    m = t[1]
    if m <= 2:
        y -= 1
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + t[2] - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era * 146097 + doe - 719468
    return float(days * 86400 + t[3] * 3600 + t[4] * 60 + t[5])


def perf_counter_ns():
    return int(_time.perf_counter() * 1000000000)


_FULL_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_FULL_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December')


def strftime(format, t=None):
    explicit = t is not None
    if t is None:
        t = _time.localtime()
    if len(t) != 9:
        raise TypeError('strftime(): illegal time tuple argument')
    y, mo, d, h, mi, s, wd, yd, dst = tuple(t)
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == 'a':
            r = _DAYS[wd]
        elif f == 'A':
            r = _FULL_DAYS[wd]
        elif f == 'b' or f == 'h':
            r = _MONTHS[mo - 1]
        elif f == 'B':
            r = _FULL_MONTHS[mo - 1]
        elif f == 'c':
            r = '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wd], _MONTHS[mo - 1], d, h, mi, s, y)
        elif f == 'd':
            r = '%02d' % d
        elif f == 'e':
            r = '%2d' % d
        elif f == 'H':
            r = '%02d' % h
        elif f == 'I':
            r = '%02d' % ((h + 11) % 12 + 1)
        elif f == 'j':
            r = '%03d' % yd
        elif f == 'm':
            r = '%02d' % mo
        elif f == 'M':
            r = '%02d' % mi
        elif f == 'p':
            r = 'AM' if h < 12 else 'PM'
        elif f == 'S':
            r = '%02d' % s
        elif f == 'U':
            r = '%02d' % ((yd - 1 + 7 - (wd + 1) % 7) // 7)
        elif f == 'W':
            r = '%02d' % ((yd - 1 + 7 - wd) // 7)
        elif f == 'w':
            r = str((wd + 1) % 7)
        elif f == 'u':
            r = str(wd + 1)
        elif f == 'x' or f == 'D':
            r = '%02d/%02d/%02d' % (mo, d, y % 100)
        elif f == 'X' or f == 'T':
            r = '%02d:%02d:%02d' % (h, mi, s)
        elif f == 'R':
            r = '%02d:%02d' % (h, mi)
        elif f == 'F':
            r = '%d-%02d-%02d' % (y, mo, d)
        elif f == 'y':
            r = '%02d' % (y % 100)
        elif f == 'Y':
            r = str(y)
        elif f == 'Z':
            # Python 3 takes the zone from the tuple: gmtime()'s is GMT (the sim's tuples carry none)
            r = 'GMT' if explicit and _sys.version_info[0] == 3 else 'UTC'
        elif f == 'z':
            r = '+0000'
        elif f == 'n':
            r = '\\n'
        elif f == 't':
            r = '\\t'
        elif f == '%':
            r = '%'
        else:
            r = '%' + f
        out.append(r)
    return ''.join(out)
`;

/** json.dump/json.load: dumps/loads through a file. */
const JSONLIB = `
import json as _json


def dump(obj, fp, **kw):
    fp.write(_json.dumps(obj, **kw))


def load(fp, **kw):
    return _json.loads(fp.read(), **kw)


class JSONEncoder(object):
    item_separator = ', '
    key_separator = ': '

    def __init__(self, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        return _json.dumps(o, skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii,
                           allow_nan=self.allow_nan, sort_keys=self.sort_keys, indent=self.indent,
                           separators=(self.item_separator, self.key_separator), default=self.default)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])


class JSONDecoder(object):
    def __init__(self, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _hooks(self):
        kw = {}
        for k in ('object_hook', 'parse_float', 'parse_int', 'parse_constant', 'object_pairs_hook'):
            v = getattr(self, k)
            if v is not None:
                kw[k] = v
        return kw

    def decode(self, s):
        return _json.loads(s, **self._hooks())

    def raw_decode(self, s, idx=0):
        return _json._raw_decode(s, idx, **self._hooks())
`;

/** types: SimpleNamespace (the selectors tutorial's per-connection state) and the type objects. */
const TYPESLIB = `
import sys as _sys


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return '%s(%s)' % (name, ', '.join(['%s=%r' % (k, v) for k, v in vars(self).items()]))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(_f)
GeneratorType = type(_g())
BuiltinFunctionType = type(len)
BuiltinMethodType = type(len)
MethodType = type(_C()._m)
ModuleType = type(_sys)
NoneType = type(None)
del _f, _g, _C
`;

/** urllib.parse: what a small HTTP server or client needs (after CPython's). */
const URLPARSE = `
from collections import namedtuple as _nt

_SAFE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')


class _NetlocMixin:
    @property
    def username(self):
        n = self.netloc
        if '@' in n:
            u = n.rpartition('@')[0].partition(':')[0]
            return u or None
        return None

    @property
    def password(self):
        n = self.netloc
        if '@' in n:
            u = n.rpartition('@')[0]
            return u.partition(':')[2] if ':' in u else None
        return None

    @property
    def hostname(self):
        h = self.netloc.rpartition('@')[2]
        if h.startswith('['):
            h = h[1:].partition(']')[0]
        else:
            h = h.partition(':')[0]
        return h.lower() if h else None

    @property
    def port(self):
        h = self.netloc.rpartition('@')[2]
        if h.startswith('['):
            h = h.partition(']')[2]
        p = h.partition(':')[2]
        if not p:
            return None
        if not p.isdigit():
            raise ValueError("Port could not be cast to integer value as %r" % p)
        n = int(p)
        if not 0 <= n <= 65535:
            raise ValueError('Port out of range 0-65535')
        return n

    def geturl(self):
        return urlunsplit(self) if len(self) == 5 else urlunparse(self)


class SplitResult(_nt('SplitResult', 'scheme netloc path query fragment'), _NetlocMixin):
    pass


class ParseResult(_nt('ParseResult', 'scheme netloc path params query fragment'), _NetlocMixin):
    pass


def urlsplit(url, scheme='', allow_fragments=True):
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isalpha() and all(c.isalnum() or c in '+-.' for c in url[:i]):
        scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        rest = url[2:]
        end = len(rest)
        for c in '/?#':
            j = rest.find(c)
            if j >= 0:
                end = min(end, j)
        netloc, url = rest[:end], rest[end:]
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme='', allow_fragments=True):
    s = urlsplit(url, scheme, allow_fragments)
    path, params = s.path, ''
    if ';' in path:
        path, params = path.split(';', 1)
    return ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment)


def urlunsplit(parts):
    scheme, netloc, url, query, fragment = parts
    if netloc or (scheme and url[:2] != '//' and False):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + netloc + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlunparse(parts):
    scheme, netloc, url, params, query, fragment = parts
    if params:
        url = '%s;%s' % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def quote(string, safe='/', encoding=None, errors=None):
    if isinstance(string, str):
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    out = []
    for b in string:
        c = chr(b)
        if c in _SAFE or c in safe:
            out.append(c)
        else:
            out.append('%%%02X' % b)
    return ''.join(out)


def quote_plus(string, safe='', encoding=None, errors=None):
    if (isinstance(string, str) and ' ' not in string) or (isinstance(string, bytes) and b' ' not in string):
        return quote(string, safe, encoding, errors)
    return quote(string, safe + ' ', encoding, errors).replace(' ', '+')


def unquote_to_bytes(string):
    if isinstance(string, str):
        string = string.encode('utf-8')
    parts = string.split(b'%')
    out = bytearray(parts[0])
    for item in parts[1:]:
        try:
            out += bytes([int(item[:2], 16)]) + item[2:] if len(item) >= 2 else b'%' + item
        except ValueError:
            out += b'%' + item
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    return unquote_to_bytes(string).decode(encoding, errors)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    r = []
    for field in qs.split(separator):
        if not field:
            continue
        if '=' in field:
            name, value = field.split('=', 1)
        elif strict_parsing:
            raise ValueError('bad query field: %r' % (field,))
        elif keep_blank_values:
            name, value = field, ''
        else:
            continue
        if value or keep_blank_values:
            r.append((unquote_plus(name, encoding, errors), unquote_plus(value, encoding, errors)))
    return r


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    d = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors, max_num_fields, separator):
        if name in d:
            d[name].append(value)
        else:
            d[name] = [value]
    return d


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, 'items'):
        query = query.items()
    l = []
    for k, v in query:
        k = quote_via(k if isinstance(k, (str, bytes)) else str(k), safe)
        if doseq and isinstance(v, (list, tuple)):
            for x in v:
                l.append(k + '=' + quote_via(x if isinstance(x, (str, bytes)) else str(x), safe))
        else:
            l.append(k + '=' + quote_via(v if isinstance(v, (str, bytes)) else str(v), safe))
    return '&'.join(l)


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    u = urlsplit(url)
    if u.scheme or u.netloc:
        return url
    b = urlsplit(base)
    if url.startswith('/'):
        path = u.path
    elif not u.path:
        return urlunsplit((b.scheme, b.netloc, b.path, u.query or b.query, u.fragment))
    else:
        path = b.path.rpartition('/')[0] + '/' + u.path
    segs = []
    for seg in path.split('/')[1:]:
        if seg == '..':
            if segs:
                segs.pop()
        elif seg != '.':
            segs.append(seg)
    if path.endswith(('/.', '/..')):
        segs.append('')
    return urlunsplit((b.scheme, b.netloc, '/' + '/'.join(segs), u.query, u.fragment))
`;

/** signal: handlers are recorded (the simulated process never gets a signal); Linux's numbers. */
/** Linux's signal numbers, for both Pythons' signal modules. */
const SIGNAL_NUMBERS: [string, number][] = [
  ['SIGHUP', 1], ['SIGINT', 2], ['SIGQUIT', 3], ['SIGILL', 4], ['SIGTRAP', 5], ['SIGABRT', 6], ['SIGBUS', 7], ['SIGFPE', 8], ['SIGKILL', 9], ['SIGUSR1', 10], ['SIGSEGV', 11], ['SIGUSR2', 12], ['SIGPIPE', 13], ['SIGALRM', 14], ['SIGTERM', 15], ['SIGCHLD', 17], ['SIGCONT', 18], ['SIGSTOP', 19], ['SIGTSTP', 20], ['SIGWINCH', 28],
];

/** What signal has in both Pythons: the descriptions, default_int_handler, the handler table and lookups. */
const SIGNAL_COMMON = `NSIG = 65
_DESCR = {1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted',
          7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
          11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock',
          15: 'Terminated', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped',
          28: 'Window changed'}


class _DefaultIntHandler(object):
    __name__ = 'default_int_handler'

    def __call__(self, signalnum, frame):
        raise KeyboardInterrupt

    def __repr__(self):
        return '<built-in function default_int_handler>'


default_int_handler = _DefaultIntHandler()
_handlers = {2: default_int_handler, 13: SIG_IGN}


def _check(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    return signalnum


def getsignal(signalnum):
    return _handlers.get(_check(signalnum), SIG_DFL)


def alarm(seconds):
    return 0


def raise_signal(signalnum):
    h = getsignal(signalnum)
    if callable(h):
        h(int(signalnum), None)
`;

const SIGNALLIB = `
from enum import IntEnum as _IntEnum


class Signals(_IntEnum):
${SIGNAL_NUMBERS.map(([n, v]) => `    ${n} = ${v}\n`).join('')}

class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
${SIGNAL_NUMBERS.map(([n]) => `${n} = Signals.${n}\n`).join('')}SIGIOT = Signals.SIGABRT
${SIGNAL_COMMON}

def signal(signalnum, handler):
    n = _check(signalnum)
    if handler not in (0, 1) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    import threading
    if threading.current_thread() is not threading.main_thread():
        raise ValueError('signal only works in main thread of the main interpreter')
    if n in (9, 19):
        raise OSError(22, 'Invalid argument')
    old = getsignal(n)
    _handlers[n] = Handlers(handler) if handler in (0, 1) and not callable(handler) else handler
    return old


def strsignal(signalnum):
    return _DESCR.get(_check(signalnum))


def valid_signals():
    return set(range(1, NSIG))


`;
const SIGNALLIB_PY2 = `
SIG_DFL = 0
SIG_IGN = 1
${SIGNAL_NUMBERS.map(([n, v]) => `${n} = ${v}\n`).join('')}SIGIOT = 6
${SIGNAL_COMMON}

def signal(signalnum, handler):
    n = _check(signalnum)
    if handler not in (0, 1) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if n in (9, 19):
        raise RuntimeError(22, 'Invalid argument')
    old = getsignal(n)
    _handlers[n] = handler
    return old


`;

/** pickle: protocol 4 as CPython 3.11 writes it (one frame, memo, batched appends), and loads. */
const PICKLELIB = `
import struct as _struct

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Pickler:
    def __init__(self):
        self.out = bytearray()
        self.memo = {}

    def memoize(self, key):
        self.memo[key] = len(self.memo)
        self.out += b'\\x94'

    def get(self, key):
        n = self.memo[key]
        if n < 256:
            self.out += b'h' + bytes([n])
        else:
            self.out += b'j' + _struct.pack('<I', n)

    def save(self, obj):
        out = self.out
        t = type(obj)
        if obj is None:
            out += b'N'
        elif obj is True:
            out += b'\\x88'
        elif obj is False:
            out += b'\\x89'
        elif t is int:
            if 0 <= obj < 256:
                out += b'K' + bytes([obj])
            elif 0 <= obj < 65536:
                out += b'M' + _struct.pack('<H', obj)
            elif -2147483648 <= obj < 2147483648:
                out += b'J' + _struct.pack('<i', obj)
            else:
                n = (obj.bit_length() + 8) // 8
                data = obj.to_bytes(n, 'little', signed=True)
                if obj < 0 and n > 1 and data[-1] == 0xff and (data[-2] & 0x80):
                    data = data[:-1]
                if len(data) < 256:
                    out += b'\\x8a' + bytes([len(data)]) + data
                else:
                    out += b'\\x8b' + _struct.pack('<i', len(data)) + data
        elif t is float:
            out += b'G' + _struct.pack('>d', obj)
        elif t is str:
            key = ('s', obj)
            if key in self.memo:
                return self.get(key)
            data = obj.encode('utf-8', 'surrogatepass')
            if len(data) < 256:
                out += b'\\x8c' + bytes([len(data)]) + data
            else:
                out += b'X' + _struct.pack('<I', len(data)) + data
            self.memoize(key)
        elif t is bytes:
            key = ('b', obj)
            if key in self.memo:
                return self.get(key)
            if len(obj) < 256:
                out += b'C' + bytes([len(obj)]) + obj
            else:
                out += b'B' + _struct.pack('<I', len(obj)) + obj
            self.memoize(key)
        elif t is bytearray:
            self.save_reduce_global('builtins', 'bytearray', (bytes(obj),), obj)
        elif t is tuple:
            if not obj:
                out += b')'
                return
            key = id(obj)
            if key in self.memo:
                return self.get(key)
            if len(obj) <= 3:
                for x in obj:
                    self.save(x)
                if key in self.memo:
                    out += b'0' * len(obj)
                    return self.get(key)
                out += b'\\x85\\x86\\x87'[len(obj) - 1:len(obj)]
            else:
                out += b'('
                for x in obj:
                    self.save(x)
                out += b't'
            self.memoize(key)
        elif t is list:
            key = id(obj)
            if key in self.memo:
                return self.get(key)
            out += b']'
            self.memoize(key)
            self.batch(obj, b'a', b'e')
        elif t is dict:
            key = id(obj)
            if key in self.memo:
                return self.get(key)
            out += b'}'
            self.memoize(key)
            self.batch_items(list(obj.items()))
        elif t is set:
            key = id(obj)
            if key in self.memo:
                return self.get(key)
            out += b'\\x8f'
            self.memoize(key)
            items = list(obj)
            for i in range(0, len(items), 1000):
                out += b'('
                for x in items[i:i + 1000]:
                    self.save(x)
                out += b'\\x90'
        elif t is frozenset:
            out += b'('
            for x in obj:
                self.save(x)
            out += b'\\x91'
            self.memoize(id(obj))
        elif isinstance(obj, type) or callable(obj) and hasattr(obj, '__qualname__') and not hasattr(obj, '__dict__'):
            self.save_global(obj.__module__, obj.__qualname__)
        else:
            key = id(obj)
            if key in self.memo:
                return self.get(key)
            cls = type(obj)
            try:
                vars(obj)
            except (TypeError, AttributeError):
                raise TypeError("cannot pickle '%s' object" % cls.__name__)
            if cls.__module__ == 'builtins':
                raise TypeError("cannot pickle '%s' object" % cls.__name__)
            self.save_global(cls.__module__, cls.__qualname__)
            getargs = getattr(obj, '__getnewargs__', None)
            args = getargs() if getargs is not None else ()
            self.save(args)
            out += b'\\x81'
            self.memoize(key)
            getstate = getattr(obj, '__getstate__', None)
            state = getstate() if getstate is not None and cls.__dict__.get('__getstate__') is not None else vars(obj)
            if state:
                self.save(state)
                out += b'b'

    def save_global(self, module, name):
        key = ('g', module, name)
        if key in self.memo:
            return self.get(key)
        self.save(module)
        self.save(name)
        self.out += b'\\x93'
        self.memoize(key)

    def save_reduce_global(self, module, name, args, obj):
        self.save_global(module, name)
        self.save(args)
        self.out += b'R'
        self.memoize(id(obj))

    def batch(self, items, one, many):
        n = len(items)
        if n == 1:
            self.save(items[0])
            self.out += one
            return
        for i in range(0, n, 1000):
            chunk = items[i:i + 1000]
            if len(chunk) == 1:
                self.save(chunk[0])
                self.out += one
            else:
                self.out += b'('
                for x in chunk:
                    self.save(x)
                self.out += many

    def batch_items(self, items):
        n = len(items)
        for i in range(0, n, 1000):
            chunk = items[i:i + 1000]
            if len(chunk) == 1:
                self.save(chunk[0][0])
                self.save(chunk[0][1])
                self.out += b's'
            else:
                self.out += b'('
                for k, v in chunk:
                    self.save(k)
                    self.save(v)
                self.out += b'u'


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    if protocol is not None and protocol < 0:
        protocol = HIGHEST_PROTOCOL
    p = _Pickler()
    p.save(obj)
    p.out += b'.'
    body = bytes(p.out)
    if len(body) >= 4:
        body = b'\\x95' + _struct.pack('<Q', len(body)) + body
    return b'\\x80\\x04' + body


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    file.write(dumps(obj, protocol))


class _Mark:
    pass


def _find_class(module, name, globs):
    if module in ('builtins', '__builtin__'):
        import builtins
        return getattr(builtins, name)
    if module == '__main__':
        import sys
        return getattr(sys._main(), name)
    return getattr(__import__(module), name)


def loads(data, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = bytes(data)
    stack = []
    marks = []
    memo = {}
    i = 0
    n = len(data)

    def take(k):
        nonlocal i
        if i + k > n:
            raise UnpicklingError('pickle data was truncated')
        b = data[i:i + k]
        i += k
        return b

    def pop_mark():
        m = marks.pop()
        items = stack[m:]
        del stack[m:]
        return items

    while True:
        if i >= n:
            raise EOFError('Ran out of input') if n == 0 else UnpicklingError('pickle data was truncated')
        op = data[i]
        i += 1
        c = chr(op)
        if op == 0x80:
            take(1)
        elif op == 0x95:
            take(8)
        elif c == '.':
            return stack.pop()
        elif c == 'N':
            stack.append(None)
        elif op == 0x88:
            stack.append(True)
        elif op == 0x89:
            stack.append(False)
        elif c == 'K':
            stack.append(take(1)[0])
        elif c == 'M':
            stack.append(_struct.unpack('<H', take(2))[0])
        elif c == 'J':
            stack.append(_struct.unpack('<i', take(4))[0])
        elif op == 0x8a:
            k = take(1)[0]
            stack.append(int.from_bytes(take(k), 'little', signed=True))
        elif op == 0x8b:
            k = _struct.unpack('<i', take(4))[0]
            stack.append(int.from_bytes(take(k), 'little', signed=True))
        elif c == 'G':
            stack.append(_struct.unpack('>d', take(8))[0])
        elif op == 0x8c:
            stack.append(take(take(1)[0]).decode('utf-8', 'surrogatepass'))
        elif c == 'X':
            stack.append(take(_struct.unpack('<I', take(4))[0]).decode('utf-8', 'surrogatepass'))
        elif op == 0x8d:
            stack.append(take(_struct.unpack('<Q', take(8))[0]).decode('utf-8', 'surrogatepass'))
        elif c == 'C':
            stack.append(take(take(1)[0]))
        elif c == 'B':
            stack.append(take(_struct.unpack('<I', take(4))[0]))
        elif op == 0x8e:
            stack.append(take(_struct.unpack('<Q', take(8))[0]))
        elif op == 0x96:
            stack.append(bytearray(take(_struct.unpack('<Q', take(8))[0])))
        elif c == ')':
            stack.append(())
        elif op in (0x85, 0x86, 0x87):
            k = op - 0x84
            items = tuple(stack[-k:])
            del stack[-k:]
            stack.append(items)
        elif c == '(':
            marks.append(len(stack))
        elif c == 't':
            stack.append(tuple(pop_mark()))
        elif c == ']':
            stack.append([])
        elif c == 'l':
            stack.append(pop_mark())
        elif c == 'a':
            v = stack.pop()
            stack[-1].append(v)
        elif c == 'e':
            items = pop_mark()
            stack[-1].extend(items)
        elif c == '}':
            stack.append({})
        elif c == 'd':
            items = pop_mark()
            stack.append({items[j]: items[j + 1] for j in range(0, len(items), 2)})
        elif c == 's':
            v = stack.pop()
            k = stack.pop()
            stack[-1][k] = v
        elif c == 'u':
            items = pop_mark()
            d = stack[-1]
            for j in range(0, len(items), 2):
                d[items[j]] = items[j + 1]
        elif op == 0x8f:
            stack.append(set())
        elif op == 0x90:
            items = pop_mark()
            stack[-1].update(items)
        elif op == 0x91:
            stack.append(frozenset(pop_mark()))
        elif op == 0x94:
            memo[len(memo)] = stack[-1]
        elif c == 'q':
            memo[take(1)[0]] = stack[-1]
        elif c == 'r':
            memo[_struct.unpack('<I', take(4))[0]] = stack[-1]
        elif c == 'h':
            stack.append(memo[take(1)[0]])
        elif c == 'j':
            stack.append(memo[_struct.unpack('<I', take(4))[0]])
        elif c == '0':
            stack.pop()
        elif op == 0x93:
            name = stack.pop()
            module = stack.pop()
            stack.append(_find_class(module, name, None))
        elif c == 'c':
            line = data[i:data.index(b'\\n', i)]
            i += len(line) + 1
            line2 = data[i:data.index(b'\\n', i)]
            i += len(line2) + 1
            stack.append(_find_class(line.decode(), line2.decode(), None))
        elif op == 0x81:
            args = stack.pop()
            cls = stack.pop()
            new = getattr(cls, '__new__', None)
            stack.append(new(cls, *args) if new is not None else object.__new__(cls))
        elif c == 'R':
            args = stack.pop()
            f = stack.pop()
            stack.append(f(*args))
        elif c == 'b':
            state = stack.pop()
            inst = stack[-1]
            setstate = getattr(inst, '__setstate__', None)
            if setstate is not None:
                setstate(state)
            else:
                for k, v in state.items():
                    setattr(inst, k, v)
        else:
            raise UnpicklingError(("invalid load key, '%s'." % c) if 32 <= op < 127 else "invalid load key, '\\\\x%02x'." % op)


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    return loads(file.read())
`;

/** operator and heapq (after CPython's pure-Python versions). */
const OPERATORLIB = `
def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return bool(a)
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def index(a): return a.__index__()
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
def concat(a, b): return a + b
def contains(a, b): return b in a
def countOf(a, b): return sum(1 for x in a if x is b or x == b)
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]
def iadd(a, b):
    a += b
    return a


class itemgetter:
    def __init__(self, item, *items):
        self._items = (item,) + items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))


class attrgetter:
    def __init__(self, attr, *attrs):
        self._attrs = (attr,) + attrs

    def _get(self, obj, name):
        for part in name.split('.'):
            obj = getattr(obj, part)
        return obj

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return self._get(obj, self._attrs[0])
        return tuple(self._get(obj, a) for a in self._attrs)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))


class methodcaller:
    def __init__(self, name, *args, **kwargs):
        self._name, self._args, self._kwargs = name, args, kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)
`;

const HEAPQLIB = `
def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def merge(*iterables, key=None, reverse=False):
    out = []
    for it in iterables:
        out.extend(it)
    return iter(sorted(out, key=key, reverse=reverse))
`;

/** string.Template ($name, ${name}, $$), merged into the native string module. */
const STRINGLIB = `
class Template(object):
    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        s = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            braced = k < n and s[k] == '{'
            start = k + 1 if braced else k
            e = start
            if e < n and (s[e] == '_' or ('a' <= s[e].lower() <= 'z')):
                e += 1
                while e < n and (s[e] == '_' or ('a' <= s[e].lower() <= 'z') or '0' <= s[e] <= '9'):
                    e += 1
            name = s[start:e]
            if not name or (braced and (e >= n or s[e] != '}')):
                if safe:
                    out.append(d)
                    i = k
                    continue
                lines = s[:k].splitlines(True)
                if not lines:
                    colno = 1
                    lineno = 1
                else:
                    colno = k - len(''.join(lines[:-1]))
                    lineno = len(lines)
                raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))
            end = e + 1 if braced else e
            if safe:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(s[j:end])
            else:
                out.append('%s' % (mapping[name],))
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            m = dict(mapping)
            m.update(kws)
            mapping = m
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            m = dict(mapping)
            m.update(kws)
            mapping = m
        return self._scan(mapping, True)

    def get_identifiers(self):
        ids = []
        s = self.template
        i = 0
        while True:
            j = s.find('$', i)
            if j < 0 or j + 1 >= len(s):
                return ids
            k = j + 1
            if s[k] == '$':
                i = k + 1
                continue
            start = k + 1 if s[k] == '{' else k
            e = start
            while e < len(s) and (s[e] == '_' or s[e].isalnum()):
                e += 1
            if s[start:e] and s[start:e] not in ids:
                ids.append(s[start:e])
            i = max(e, k)
`;

/** textwrap: wrap/fill/shorten/dedent/indent and TextWrapper, after CPython 3.11's (same chunking and line breaking). */
const TEXTWRAP = `
_WS = '\\t\\n\\x0b\\x0c\\r '


def _isletter(c):
    return c.isalpha()


class TextWrapper(object):
    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\\t\\n\\x0b\\x0c\\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _WS:
                while j < n and text[j] in _WS:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _WS:
                    j += 1
                word = text[i:j]
                if self.break_on_hyphens:
                    self._split_word(word, chunks)
                else:
                    chunks.append(word)
            i = j
        return chunks

    def _split_word(self, word, chunks):
        # em-dashes (two or more hyphens between words) are chunks of their own
        k = 0
        start = 0
        n = len(word)
        while k < n:
            if word[k] == '-' and k > 0 and (word[k - 1].isalnum() or word[k - 1] in '_!"\\'&.,?'):
                e = k
                while e < n and word[e] == '-':
                    e += 1
                if e - k >= 2 and e < n and (word[e].isalnum() or word[e] == '_'):
                    self._split_hyphens(word[start:k], chunks)
                    chunks.append(word[k:e])
                    start = e
                k = e
            else:
                k += 1
        self._split_hyphens(word[start:], chunks)

    def _split_hyphens(self, word, chunks):
        start = 0
        for k in range(2, len(word) - 2):
            if (word[k] == '-' and _isletter(word[k - 1]) and (_isletter(word[k - 2]) or (word[k - 2] == '-' and k >= 3 and _isletter(word[k - 3])))
                    and _isletter(word[k + 1])
                    and (_isletter(word[k + 2]) or (word[k + 2] == '-' and k + 3 < len(word) and _isletter(word[k + 3])))):
                chunks.append(word[start:k + 1])
                start = k + 1
        if word[start:]:
            chunks.append(word[start:])

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if chunks[i + 1] == ' ' and len(c) >= 2 and c[-1] in '.!?' and c[-2].islower() or (
                    chunks[i + 1] == ' ' and len(c) >= 3 and c[-1] in '"\\'' and c[-2] in '.!?' and c[-3].islower()):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    lines = text.split('\\n')
    for i, line in enumerate(lines):
        if line and line.strip(' \\t') == '':
            lines[i] = ''
    margin = None
    for line in lines:
        if line == '':
            continue
        k = 0
        while k < len(line) and line[k] in ' \\t':
            k += 1
        if k == len(line):
            continue
        ind = line[:k]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            for j, (x, y) in enumerate(zip(margin, ind)):
                if x != y:
                    margin = margin[:j]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\\n'.join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
`;

/** pprint: pprint/pformat/pp/PrettyPrinter, after CPython 3.11's (sorted dicts, width 80, str chunks). */
const PPRINT = `
import sys as _sys


class _Key:
    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _Key(t[0]), _Key(t[1])


def _recursion(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        stream.write(self.pformat(object) + "\\n")

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return ''.join(out)

    def isreadable(self, object):
        return True

    def isrecursive(self, object):
        return False

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.append(_recursion(object))
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            t = type(object)
            p = None
            if t is dict:
                p = self._pprint_dict
            elif t is list:
                p = self._pprint_list
            elif t is tuple:
                p = self._pprint_tuple
            elif t is set or t is frozenset:
                p = self._pprint_set
            elif t is str:
                p = self._pprint_str
            if p is not None:
                context[objid] = 1
                p(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.append(rep)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.append('{')
        if self._indent_per_level > 1:
            stream.append((self._indent_per_level - 1) * ' ')
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.append('}')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.append('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.append(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.append('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.append(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.append(repr(object))
            return
        typ = type(object)
        if typ is set:
            stream.append('{')
            endchar = '}'
        else:
            stream.append(typ.__name__ + '({')
            endchar = '})'
            indent += len(typ.__name__) + 1
        object = sorted(object, key=_Key)
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.append(endchar)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.append(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ''
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
            else:
                parts = []
                k = 0
                while k < len(line):
                    j = k
                    while j < len(line) and not line[j].isspace():
                        j += 1
                    while j < len(line) and line[j].isspace():
                        j += 1
                    parts.append(line[k:j])
                    k = j
                max_width2 = max_width
                current = ''
                for j, part in enumerate(parts):
                    candidate = current + part
                    if j == len(parts) - 1 and i == len(lines) - 1:
                        max_width2 -= allowance
                    if len(repr(candidate)) > max_width2:
                        if current:
                            chunks.append(repr(current))
                        current = part
                    else:
                        current = candidate
                if current:
                    chunks.append(repr(current))
        if len(chunks) == 1:
            stream.append(rep)
            return
        if level == 1:
            stream.append('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                stream.append('\\n' + ' ' * indent)
            stream.append(rep)
        if level == 1:
            stream.append(')')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        delimnl = ',\\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.append(rep)
            stream.append(': ')
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                stream.append(delimnl)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.append((self._indent_per_level - 1) * ' ')
        delimnl = ',\\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        n = len(items)
        for i, ent in enumerate(items):
            last = i == n - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    stream.append(delim)
                    delim = ', '
                    stream.append(rep)
                    continue
            stream.append(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        return self._safe_repr(object, context, self._depth, level)

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level), True, False

    def _safe_repr(self, object, context, maxlevels, level):
        t = type(object)
        if t is int and self._underscore_numbers:
            return '{:_d}'.format(object)
        if t is dict:
            if not object:
                return '{}'
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return '{...}'
            if objid in context:
                return _recursion(object)
            context[objid] = 1
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            parts = []
            for k, v in items:
                parts.append('%s: %s' % (self._safe_repr(k, context, maxlevels, level + 1),
                                         self._safe_repr(v, context, maxlevels, level + 1)))
            del context[objid]
            return '{%s}' % ', '.join(parts)
        if t is list or t is tuple:
            if t is list:
                if not object:
                    return '[]'
                fmt = '[%s]'
            elif len(object) == 1:
                fmt = '(%s,)'
            else:
                if not object:
                    return '()'
                fmt = '(%s)'
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return fmt % '...'
            if objid in context:
                return _recursion(object)
            context[objid] = 1
            parts = [self._safe_repr(o, context, maxlevels, level + 1) for o in object]
            del context[objid]
            return fmt % ', '.join(parts)
        return repr(object)


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def isreadable(object):
    return True


def isrecursive(object):
    return False
`;

/** abc: ABC/ABCMeta (metaclass=ABCMeta is compiled as a base), abstractmethod; callClass refuses a class whose __abstractmethods__ is not empty. */
const ABCLIB = `
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _isabstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    for attr in ('fget', 'fset', 'fdel', '__func__'):
        try:
            f = getattr(value, attr)
        except Exception:
            continue
        if getattr(f, '__isabstractmethod__', False):
            return True
    return False


def _abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _isabstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _isabstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


class ABC:
    def __init_subclass__(cls, **kwargs):
        _abstracts(cls)


class ABCMeta:
    def __init_subclass__(cls, **kwargs):
        _abstracts(cls)


def abstractproperty(f):
    return property(abstractmethod(f))


def abstractclassmethod(f):
    return classmethod(abstractmethod(f))


def abstractstaticmethod(f):
    return staticmethod(abstractmethod(f))
`;

/** datetime: date, time, datetime, timedelta, timezone (after CPython's _pydatetime; the local zone is UTC, as time.localtime's). */
const DATETIME = `
import time as _time
import sys as _sys

MINYEAR = 1
MAXYEAR = 9999
_DIM = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DBM = [-1]
_dbm = 0
for _dim in _DIM[1:]:
    _DBM.append(_dbm)
    _dbm += _dim
del _dbm, _dim
_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLMONTHS = [None, "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
_FULLDAYS = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DIM[month]


def _days_before_month(year, month):
    return _DBM[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DBM[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DIM[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _index(v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return v


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold=0):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    return hour, minute, second, microsecond


def _cmperror(x, y):
    raise TypeError("can't compare '%s' to '%s'" % (type(x).__name__, type(y).__name__))


def _round_half_even(x):
    return int(round(x))


def _format_offset(off, sep=':'):
    s = ''
    if off is not None:
        if off.days < 0:
            sign = '-'
            off = -off
        else:
            sign = '+'
        hh, mm = divmod(off, timedelta(hours=1))
        mm, ss = divmod(mm, timedelta(minutes=1))
        s = '%s%02d%s%02d' % (sign, hh, sep, mm)
        if ss or ss.microseconds:
            s += '%s%02d' % (sep, ss.seconds)
            if ss.microseconds:
                s += '.%06d' % ss.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _wrap_strftime(obj, fmt, timetuple):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch == '%' and i < n:
            ch = fmt[i]
            i += 1
            if ch == 'f':
                out.append('%06d' % getattr(obj, 'microsecond', 0))
            elif ch == 'z':
                off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
                out.append(_format_offset(off, '') if off is not None else '')
            elif ch == 'Z':
                name = obj.tzname() if hasattr(obj, 'tzname') else None
                out.append((name or '').replace('%', '%%'))
            else:
                out.append('%' + ch)
        else:
            out.append(ch)
    return _time.strftime(''.join(out), timetuple)


class timedelta(object):
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not isinstance(v, (int, float)):
                raise TypeError("unsupported type for timedelta %s component: %s" % ('days', type(v).__name__))
        if all(isinstance(v, int) for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks)):
            total = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000 + milliseconds * 1000 + microseconds
        else:
            total = 0
            for v, mul in ((weeks, 604800000000), (days, 86400000000), (hours, 3600000000), (minutes, 60000000), (seconds, 1000000), (milliseconds, 1000)):
                if isinstance(v, int):
                    total += v * mul
                else:
                    whole = int(v)
                    total += whole * mul
                    total += (v - whole) * mul
            total += microseconds
            total = _round_half_even(total)
        d, rest = divmod(total, 86400000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        if _sys.version_info[0] == 2:
            if self._microseconds:
                return "datetime.timedelta(%d, %d, %d)" % (self._days, self._seconds, self._microseconds)
            if self._seconds:
                return "datetime.timedelta(%d, %d)" % (self._days, self._seconds)
            return "datetime.timedelta(%d)" % self._days
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append('0')
        return "datetime.timedelta(%s)" % ', '.join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = ("%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "")) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(0, 0, -self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, bool) or isinstance(other, int):
            return timedelta(0, 0, self._us() * other)
        if isinstance(other, float):
            return timedelta(0, 0, _round_half_even(self._us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta(0, 0, self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta(0, 0, _round_half_even(self._us() / other))
        if isinstance(other, float):
            return timedelta(0, 0, _round_half_even(self._us() / other))
        return NotImplemented

    __div__ = __floordiv__

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta(0, 0, r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._us() != 0

    __nonzero__ = __bool__


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo(object):
    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        dtoff = dt.utcoffset()
        dtdst = dt.dst() or timedelta(0)
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst() or timedelta(0)
        return dt + dtdst


_tzinfo_class = tzinfo


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if not timedelta(hours=-24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %r." % (offset,))
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc or (self._name is None and not self._offset):
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class date(object):
    def __init__(self, year, month=None, day=None):
        self._year, self._month, self._day = _check_date_fields(year, month, day)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            ymd = _parse_isodate(date_string, True)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        first = _isoweek1monday(year)
        return cls.fromordinal(first + (week - 1) * 7 + day - 1)

    def __repr__(self):
        return "datetime.%s(%d, %d, %d)" % (self.__class__.__name__, self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), _days_before_month(self._year, self._month) + self._day, -1)) if hasattr(_time, 'struct_time') else (self._year, self._month, self._day, 0, 0, 0, self.weekday(), _days_before_month(self._year, self._month) + self._day, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._cmp(other) == 0
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= 3652059:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)


def IsoCalendarDate(year, week, weekday):
    return _IsoCal((year, week, weekday))


class _IsoCal(object):
    def __init__(self, t):
        self._t = tuple(t)

    def __getitem__(self, i):
        return self._t[i]

    def __iter__(self):
        return iter(self._t)

    def __len__(self):
        return 3

    def __eq__(self, other):
        return self._t == tuple(other)

    def __hash__(self):
        return hash(self._t)

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % (self[0], self[1], self[2])


def _isoweek1monday(year):
    THURSDAY = 3
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > THURSDAY:
        week1monday += 7
    return week1monday


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time(object):
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, fold=0):
        self._hour, self._minute, self._second, self._microsecond = _check_time_fields(hour, minute, second, microsecond)
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "datetime.%s(%d, %d%s)" % (self.__class__.__name__, self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        try:
            return cls(*_parse_isotime(time_string))
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (time_string,))

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _parse_isodate(s, exact):
    if len(s) >= 10 and s[4] == '-' and s[7] == '-':
        y, m, d = s[0:4], s[5:7], s[8:10]
        rest = s[10:]
    elif len(s) >= 8 and s[:8].isdigit():
        y, m, d = s[0:4], s[4:6], s[6:8]
        rest = s[8:]
    else:
        raise ValueError('bad date')
    for part in (y, m, d):
        if not part.isdigit() or not part.isascii():
            raise ValueError('bad date')
    if exact and rest:
        raise ValueError('extra')
    return int(y), int(m), int(d)


def _parse_isotime(s):
    tz = None
    for i, c in enumerate(s):
        if c in '+-Z':
            tzs = s[i:]
            s = s[:i]
            if tzs == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if tzs[0] == '-' else 1
                parts = tzs[1:].replace(':', '')
                if not parts.isdigit() or len(parts) not in (2, 4, 6):
                    raise ValueError('bad tz')
                hh = int(parts[0:2])
                mm = int(parts[2:4] or 0)
                ss = int(parts[4:6] or 0)
                off = timedelta(hours=hh, minutes=mm, seconds=ss)
                tz = timezone.utc if not off else timezone(sign * off)
            break
    us = 0
    if '.' in s or ',' in s:
        s, frac = s.replace(',', '.').split('.', 1)
        if not frac.isdigit() or len(frac) > 9 or not frac:
            raise ValueError('bad frac')
        us = int((frac + '000000')[:6])
    if ':' in s:
        parts = s.split(':')
    else:
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3:
        raise ValueError('bad time')
    for p in parts:
        if len(p) != 2 or not p.isdigit():
            raise ValueError('bad time')
    vals = [int(p) for p in parts] + [0] * (3 - len(parts))
    return vals[0], vals[1], vals[2], us, tz


class datetime(date):
    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, fold=0):
        self._year, self._month, self._day = _check_date_fields(year, month, day)
        self._hour, self._minute, self._second, self._microsecond = _check_time_fields(hour, minute, second, microsecond)
        if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tzinfo).__name__)
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac = t - int(t) if isinstance(t, float) else 0
        t = int(t) if isinstance(t, float) else t
        if frac < 0 and False:
            pass
        us = _round_half_even(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, weekday, jday, dst = converter(t)
        ss = min(ss, 59)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        result = cls._fromtimestamp(t, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, tzinfo)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            y, m, d = _parse_isodate(date_string, False)
            rest = date_string[10:] if date_string[4:5] == '-' else date_string[8:]
            if rest:
                if rest[0] not in 'T ':
                    raise ValueError('sep')
                hh, mi, ss, us, tz = _parse_isotime(rest[1:])
            else:
                hh = mi = ss = us = 0
                tz = None
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(y, m, d, hh, mi, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def timetuple(self):
        dst = -1
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second, self.weekday(), _days_before_month(self._year, self._month) + self._day, dst)) if hasattr(_time, 'struct_time') else (self._year, self._month, self._day, self._hour, self._minute, self._second, self.weekday(), _days_before_month(self._year, self._month) + self._day, dst)

    def timestamp(self):
        if self._tzinfo is None:
            return (self - _EPOCH_NAIVE).total_seconds()
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        off = self.utcoffset()
        if off:
            self = self - off
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self.weekday(), _days_before_month(self._year, self._month) + self._day, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc if False else timezone(timedelta(0), 'UTC')
        off = self.utcoffset()
        if off is None:
            off = timedelta(0)
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        s = ("%04d-%02d-%02d%c" % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "datetime.%s(%s)" % (self.__class__.__name__, ", ".join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(self)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def _us(self):
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond)
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return us

    def _cmpcheck(self, other, eq):
        if not isinstance(other, datetime):
            if eq:
                return None
            raise TypeError("can't compare %s to %s" % ('datetime.datetime', 'datetime.date' if isinstance(other, date) else type(other).__name__))
        if (self._tzinfo is None) != (other._tzinfo is None) and self.utcoffset() != other.utcoffset():
            if eq:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return self._us() - other._us()

    def __eq__(self, other):
        if not isinstance(other, date):
            return NotImplemented
        c = self._cmpcheck(other, True)
        return c is not None and c == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        if not isinstance(other, date):
            return NotImplemented
        return self._cmpcheck(other, False) < 0

    def __le__(self, other):
        if not isinstance(other, date):
            return NotImplemented
        return self._cmpcheck(other, False) <= 0

    def __gt__(self, other):
        if not isinstance(other, date):
            return NotImplemented
        return self._cmpcheck(other, False) > 0

    def __ge__(self, other):
        if not isinstance(other, date):
            return NotImplemented
        return self._cmpcheck(other, False) >= 0

    def __hash__(self):
        return hash(self._us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond) + other._us()
        secs, us = divmod(us, 1000000)
        days, secs = divmod(secs, 86400)
        if not 0 < days <= 3652059:
            raise OverflowError("date value out of range")
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        y, m, d = _ord2ymd(days)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond)
        b = ((other.toordinal() * 86400 + other._hour * 3600 + other._minute * 60 + other._second) * 1000000 + other._microsecond)
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if (myoff is None) != (otoff is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if myoff is not None:
                a -= myoff._us()
                b -= otoff._us()
        return timedelta(0, 0, a - b)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)


def _strptime(cls, data, fmt):
    vals = {'Y': 1900, 'm': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0, 'f': 0}
    ampm = None
    tz = None
    i = 0
    j = 0
    n = len(fmt)

    def fail():
        raise ValueError("time data %r does not match format %r" % (data, fmt))

    def num(j, maxw, lo, hi):
        k = j
        while k < len(data) and k - j < maxw and data[k].isdigit():
            k += 1
        while k > j:
            v = int(data[j:k])
            if lo <= v <= hi:
                return v, k
            k -= 1
        fail()

    def name(j, names):
        best = None
        for idx, nm in enumerate(names):
            if nm is None:
                continue
            if data[j:j + len(nm)].lower() == nm.lower() and (best is None or len(nm) > len(names[best])):
                best = idx
        if best is None:
            fail()
        return best, j + len(names[best])

    while i < n:
        c = fmt[i]
        if c == '%' and i + 1 < n:
            d = fmt[i + 1]
            i += 2
            if d == 'Y':
                if not (data[j:j + 4].isdigit() and len(data[j:j + 4]) == 4):
                    fail()
                vals['Y'], j = int(data[j:j + 4]), j + 4
            elif d == 'y':
                y, j = num(j, 2, 0, 99)
                vals['Y'] = y + (2000 if y <= 68 else 1900)
            elif d == 'm':
                vals['m'], j = num(j, 2, 1, 12)
            elif d == 'd':
                if data[j:j + 1] == ' ':
                    j += 1
                vals['d'], j = num(j, 2, 1, 31)
            elif d == 'H':
                vals['H'], j = num(j, 2, 0, 23)
            elif d == 'I':
                vals['H'], j = num(j, 2, 1, 12)
            elif d == 'M':
                vals['M'], j = num(j, 2, 0, 59)
            elif d == 'S':
                vals['S'], j = num(j, 2, 0, 61)
            elif d == 'f':
                k = j
                while k < len(data) and k - j < 6 and data[k].isdigit():
                    k += 1
                if k == j:
                    fail()
                vals['f'] = int((data[j:k] + '000000')[:6])
                j = k
            elif d == 'j':
                vals['j'], j = num(j, 3, 1, 366)
            elif d == 'b' or d == 'h':
                vals['m'], j = name(j, _MONTHNAMES)
            elif d == 'B':
                vals['m'], j = name(j, _FULLMONTHS)
            elif d == 'a':
                _, j = name(j, _DAYNAMES)
            elif d == 'A':
                _, j = name(j, _FULLDAYS)
            elif d == 'p':
                ampm, j = name(j, ['am', 'pm'])
            elif d == 'z':
                if data[j:j + 1] == 'Z':
                    tz = timezone.utc
                    j += 1
                else:
                    sign = data[j:j + 1]
                    if sign not in ('+', '-'):
                        fail()
                    k = j + 1
                    digits = ''
                    while k < len(data) and (data[k].isdigit() or data[k] == ':') and len(digits) < 6:
                        if data[k] != ':':
                            digits += data[k]
                        k += 1
                    if len(digits) < 4:
                        fail()
                    off = timedelta(hours=int(digits[0:2]), minutes=int(digits[2:4]), seconds=int(digits[4:6] or 0))
                    tz = timezone(-off if sign == '-' else off)
                    j = k
            elif d == 'Z':
                _, j = name(j, ['UTC', 'GMT'])
            elif d == '%':
                if data[j:j + 1] != '%':
                    fail()
                j += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
        elif c.isspace():
            i += 1
            while j < len(data) and data[j].isspace():
                j += 1
        else:
            if data[j:j + 1] != c:
                fail()
            i += 1
            j += 1
    if j < len(data):
        raise ValueError("unconverted data remains: %s" % data[j:])
    h = vals['H']
    if ampm is not None:
        if ampm == 0 and h == 12:
            h = 0
        elif ampm == 1 and h != 12:
            h += 12
    if 'j' in vals:
        base = date(vals['Y'], 1, 1).toordinal() + vals['j'] - 1
        y, m, dd = _ord2ymd(base)
        vals['m'] = m
        vals['d'] = dd
    return cls(vals['Y'], vals['m'], vals['d'], h, vals['M'], vals['S'], vals['f'], tz)
`;

/** statistics: mean/median/mode/variance/stdev... with exact sums (as CPython 3.11's: ints stay ints, stdev is a correctly rounded sqrt). */
const STATISTICS = `
import math as _math
from collections import Counter as _Counter


class StatisticsError(ValueError):
    pass


def _exact(x):
    if isinstance(x, bool) or isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        return x.as_integer_ratio()
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _sum(data):
    T = int
    num = 0
    den = 1
    n = 0
    for x in data:
        n += 1
        if isinstance(x, float):
            T = float
        p, q = _exact(x)
        num = num * q + p * den
        den = den * q
        g = _math.gcd(num, den)
        num //= g
        den //= g
    return T, num, den, n


def _convert(num, den, T):
    if T is int and den == 1:
        return num
    return num / den


def _frac_div(num, den, k):
    den = den * k
    g = _math.gcd(num, den)
    return num // g, den // g


def mean(data):
    T, num, den, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    num, den = _frac_div(num, den, n)
    return _convert(num, den, T)


def fmean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError('fmean requires at least one data point')
    if weights is None:
        return _math.fsum(data) / len(data)
    weights = list(weights)
    return _math.fsum(x * w for x, w in zip(data, weights)) / _math.fsum(weights)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def mode(data):
    pairs = _Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data')


def multimode(data):
    counts = _Counter(iter(data)).most_common()
    if not counts:
        return []
    top = counts[0][1]
    return [v for v, c in counts if c == top]


def _ss(data, c=None):
    data = list(data)
    T, num, den, n = _sum(data)
    if c is None:
        if n:
            cn, cd = _frac_div(num, den, n)
        else:
            cn, cd = 0, 1
    else:
        cn, cd = _exact(c)
        if isinstance(c, float):
            T = float
    sn = 0
    sd = 1
    for x in data:
        p, q = _exact(x)
        dn = p * cd - cn * q
        dd = q * cd
        tn = dn * dn
        td = dd * dd
        sn = sn * td + tn * sd
        sd = sd * td
        g = _math.gcd(sn, sd)
        sn //= g
        sd //= g
    return T, sn, sd, n


def _isqrt_frac_rto(n, m):
    a = _math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        numerator = _isqrt_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _isqrt_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def variance(data, xbar=None):
    T, sn, sd, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    sn, sd = _frac_div(sn, sd, n - 1)
    return _convert(sn, sd, T)


def pvariance(data, mu=None):
    T, sn, sd, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    sn, sd = _frac_div(sn, sd, n)
    return _convert(sn, sd, T)


def stdev(data, xbar=None):
    T, sn, sd, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    sn, sd = _frac_div(sn, sd, n - 1)
    return _float_sqrt_of_frac(sn, sd)


def pstdev(data, mu=None):
    T, sn, sd, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    sn, sd = _frac_div(sn, sd, n)
    return _float_sqrt_of_frac(sn, sd)
`;

/** ast: literal_eval only (evalexpr.ts walks the expression's syntax tree). */
const ASTLIB = `
from _ast import literal_eval
`;

/** hmac: HMAC over hashlib (new/digest/compare_digest). */
const HMACLIB = `
import hashlib as _hashlib

trans_5C = bytes([x ^ 0x5C for x in range(256)])
trans_36 = bytes([x ^ 0x36 for x in range(256)])
digest_size = None


class HMAC:
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        if isinstance(digestmod, str):
            name = digestmod
            self._cons = lambda d=b'': _hashlib.new(name, d)
        elif callable(digestmod):
            self._cons = digestmod
        else:
            self._cons = lambda d=b'': digestmod.new(d)
        self._outer = self._cons()
        self._inner = self._cons()
        self.digest_size = self._inner.digest_size
        self.block_size = self._inner.block_size
        key = bytes(key)
        if len(key) > self.block_size:
            key = self._cons(key).digest()
        key = key.ljust(self.block_size, b'\\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = HMAC.__new__(HMAC)
        other._cons = self._cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return new(key, msg, digest).digest()


def compare_digest(a, b):
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        return a == b
    if isinstance(a, (bytes, bytearray)) and isinstance(b, (bytes, bytearray)):
        return bytes(a) == bytes(b)
    raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'" % (type(a).__name__, type(b).__name__))
`;

/** shlex: split (POSIX rules, comments=), quote, join. */
const SHLEXLIB = `
def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError("s argument must not be None")
    out = []
    cur = None
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in ' \\t\\r\\n':
            if cur is not None:
                out.append(cur)
                cur = None
            i += 1
        elif comments and c == '#':
            if cur is not None:
                out.append(cur)
                cur = None
            while i < n and s[i] != '\\n':
                i += 1
        elif c == "'":
            j = s.find("'", i + 1)
            if j < 0:
                raise ValueError("No closing quotation")
            cur = (cur or '') + s[i + 1:j]
            i = j + 1
        elif c == '"':
            i += 1
            buf = ''
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                ch = s[i]
                if ch == '"':
                    i += 1
                    break
                if ch == '\\\\' and i + 1 >= n:
                    raise ValueError("No escaped character")
                if ch == '\\\\' and i + 1 < n and s[i + 1] in '"\\\\':
                    buf += s[i + 1]
                    i += 2
                    continue
                buf += ch
                i += 1
            cur = (cur or '') + buf
        elif c == '\\\\':
            if i + 1 >= n:
                raise ValueError("No escaped character")
            cur = (cur or '') + s[i + 1]
            i += 2
        else:
            cur = (cur or '') + c
            i += 1
    if cur is not None:
        out.append(cur)
    return out


_safe = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_')


def quote(s):
    if not s:
        return "''"
    if all(c in _safe for c in s):
        return s
    return "'" + s.replace("'", "'\\"'\\"'") + "'"


def join(split_command):
    return ' '.join(quote(arg) for arg in split_command)
`;

/** uuid: UUID, uuid3/uuid5 (name-based, deterministic), uuid4/uuid1 from random. */
const UUIDLIB = `
import hashlib as _hashlib
import random as _random

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = ['reserved for NCS compatibility', 'specified in RFC 4122', 'reserved for Microsoft compatibility', 'reserved for future definition']


class UUID(object):
    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '')
            hex = hex.strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = _int(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = (bytes_le[4 - 1::-1] + bytes_le[6 - 1:4 - 1:-1] + bytes_le[8 - 1:6 - 1:-1] + bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = _int.from_bytes(bytes, 'big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            (time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node) = fields
            clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
            int = ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64) | (clock_seq << 48) | node)
        if int is not None and not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, 'int', int)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        hex = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (hex[:8], hex[8:12], hex[12:16], hex[16:20], hex[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        elif not self.int & (0x4000 << 48):
            return RFC_4122
        elif not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xf)


_int = int


def uuid3(namespace, name):
    if isinstance(name, str):
        name = name.encode('utf-8')
    h = _hashlib.md5(namespace.bytes + name).digest()
    return UUID(bytes=h[:16], version=3)


def uuid4():
    return UUID(int=_random.getrandbits(128), version=4)


def uuid5(namespace, name):
    if isinstance(name, str):
        name = name.encode('utf-8')
    h = _hashlib.sha1(namespace.bytes + name).digest()
    return UUID(bytes=h[:16], version=5)


def uuid1(node=None, clock_seq=None):
    return UUID(int=_random.getrandbits(128), version=1)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
`;

/** secrets: tokens and choices from the random module. */
const SECRETSLIB = `
import base64 as _base64
import random as _random
from hmac import compare_digest

DEFAULT_ENTROPY = 32


def randbits(k):
    return _random.getrandbits(k)


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _random.randrange(exclusive_upper_bound)


def choice(seq):
    return _random.choice(seq)


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return bytes([_random.getrandbits(8) for _ in range(nbytes)])


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    return _base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')


class SystemRandom(_random.Random):
    pass
`;

/** csv: reader/writer/DictReader/DictWriter with the excel dialect options. */
const CSVLIB = `
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


class Dialect(object):
    delimiter = ','
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = '\\r\\n'
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = '\\t'


class unix_dialect(Dialect):
    lineterminator = '\\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def _params(dialect, kw):
    if isinstance(dialect, str):
        if dialect not in _dialects:
            raise Error('unknown dialect')
        dialect = _dialects[dialect]
    p = {}
    for k in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace', 'lineterminator', 'quoting', 'strict'):
        p[k] = kw.pop(k, getattr(dialect, k))
    if kw:
        raise TypeError("'%s' is an invalid keyword argument for this function" % list(kw)[0])
    return p


class _Reader(object):
    def __init__(self, f, p):
        self._it = iter(f)
        self._p = p
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        p = self._p
        d = p['delimiter']
        q = p['quotechar']
        esc = p['escapechar']
        line = next(self._it)
        self.line_num += 1
        fields = []
        field = ''
        quoted = False
        inq = False
        i = 0
        start = True
        if p['skipinitialspace']:
            while i < len(line) and line[i] == ' ':
                i += 1
        while True:
            if i >= len(line):
                if inq:
                    try:
                        line += next(self._it)
                    except StopIteration:
                        if p['strict']:
                            raise Error('unexpected end of data')
                        break
                    self.line_num += 1
                    continue
                break
            c = line[i]
            if inq:
                if esc is not None and c == esc and i + 1 < len(line):
                    field += line[i + 1]
                    i += 2
                    continue
                if c == q:
                    if p['doublequote'] and i + 1 < len(line) and line[i + 1] == q:
                        field += q
                        i += 2
                        continue
                    inq = False
                    i += 1
                    continue
                field += c
                i += 1
                continue
            if c == d:
                fields.append(self._value(field, quoted))
                field = ''
                quoted = False
                start = True
                i += 1
                if p['skipinitialspace']:
                    while i < len(line) and line[i] == ' ':
                        i += 1
                continue
            if c in '\\r\\n':
                i += 1
                continue
            if c == q and p['quoting'] != QUOTE_NONE and start and not field:
                inq = True
                quoted = True
                start = False
                i += 1
                continue
            if esc is not None and c == esc and i + 1 < len(line):
                field += line[i + 1]
                i += 2
                continue
            field += c
            start = False
            i += 1
        if fields or field or quoted or line.strip('\\r\\n'):
            fields.append(self._value(field, quoted))
        return fields

    next = __next__

    def _value(self, field, quoted):
        if self._p['quoting'] == QUOTE_NONNUMERIC and not quoted:
            if field == '':
                return field
            return float(field)
        return field


def reader(csvfile, dialect='excel', **kw):
    return _Reader(csvfile, _params(dialect, kw))


class _Writer(object):
    def __init__(self, f, p):
        self._f = f
        self._p = p

    def _field(self, v):
        p = self._p
        q = p['quotechar']
        if v is None:
            s = ''
        elif isinstance(v, float):
            s = repr(v)
        else:
            s = str(v)
        quoting = p['quoting']
        need = quoting == QUOTE_ALL or (quoting == QUOTE_NONNUMERIC and not isinstance(v, (int, float)))
        if not need and quoting != QUOTE_NONE:
            need = (p['delimiter'] in s or (q is not None and q in s) or '\\r' in s or '\\n' in s
                    or (s == '' and False))
        if quoting == QUOTE_NONE:
            esc = p['escapechar']
            for ch in (p['delimiter'], q, '\\r', '\\n'):
                if ch and ch in s:
                    if esc is None:
                        raise Error('need to escape, but no escapechar set')
                    s = s.replace(ch, esc + ch)
            return s
        if need:
            if p['doublequote']:
                s = s.replace(q, q + q)
            elif p['escapechar'] is not None:
                s = s.replace(q, p['escapechar'] + q)
            return q + s + q
        return s

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__)
        if len(items) == 1 and (items[0] == '' or items[0] is None):
            if self._p['quoting'] == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            line = self._p['quotechar'] * 2 + self._p['lineterminator']
        else:
            line = self._p['delimiter'].join([self._field(v) for v in items]) + self._p['lineterminator']
        return self._f.write(line)

    def writerows(self, rows):
        for r in rows:
            self.writerow(r)


def writer(csvfile, dialect='excel', **kw):
    return _Writer(csvfile, _params(dialect, kw))


class DictReader(object):
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', **kw):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, **kw)
        self.line_num = 0

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    def __iter__(self):
        return self

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    next = __next__


class DictWriter(object):
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', **kw):
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, **kw)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        for r in rowdicts:
            self.writerow(r)
`;

/** Python 2's string module functions (string.upper(s), string.join(words, sep) ...). */
const STRINGLIB_PY2_FUNCS = `


def atoi(s, base=10):
    return int(s, base)


def atol(s, base=10):
    return long(s, base)


def atof(s):
    return float(s)


def lower(s):
    return s.lower()


def upper(s):
    return s.upper()


def swapcase(s):
    return s.swapcase()


def capitalize(s):
    return s.capitalize()


def strip(s, chars=None):
    return s.strip(chars)


def lstrip(s, chars=None):
    return s.lstrip(chars)


def rstrip(s, chars=None):
    return s.rstrip(chars)


def split(s, sep=None, maxsplit=-1):
    return s.split(sep, maxsplit)


splitfields = split


def rsplit(s, sep=None, maxsplit=-1):
    return s.rsplit(sep, maxsplit)


def join(words, sep=' '):
    return sep.join(words)


joinfields = join


def find(s, *args):
    return s.find(*args)


def rfind(s, *args):
    return s.rfind(*args)


def index(s, *args):
    return s.index(*args)


def rindex(s, *args):
    return s.rindex(*args)


def count(s, *args):
    return s.count(*args)


def replace(s, old, new, maxreplace=-1):
    return s.replace(old, new, maxreplace)


def expandtabs(s, tabsize=8):
    return s.expandtabs(tabsize)


def ljust(s, width, *args):
    return s.ljust(width, *args)


def rjust(s, width, *args):
    return s.rjust(width, *args)


def center(s, width, *args):
    return s.center(width, *args)


def zfill(x, width):
    if not isinstance(x, basestring):
        x = repr(x)
    return x.zfill(width)
`;

export const PY_LIBS: Record<string, PyLib> = {
  operator: { source: OPERATORLIB },
  heapq: { source: HEAPQLIB, version: 3 },
  pickle: { source: PICKLELIB, version: 3 },
  signal: { source: SIGNALLIB, py2: SIGNALLIB_PY2 },
  'urllib.parse': { source: URLPARSE, version: 3, triggers: ['urllib'] },
  types: { source: TYPESLIB, version: 3 },
  _jsonlib: { source: JSONLIB, triggers: ['json'], extends: 'json' },
  _stringlib: { source: STRINGLIB, triggers: ['string'], extends: 'string', py2: STRINGLIB + STRINGLIB_PY2_FUNCS },
  textwrap: { source: TEXTWRAP },
  abc: { source: ABCLIB, version: 3 },
  datetime: { source: DATETIME },
  statistics: { source: STATISTICS, version: 3 },
  ast: { source: ASTLIB },
  hmac: { source: HMACLIB, version: 3 },
  shlex: { source: SHLEXLIB, version: 3 },
  uuid: { source: UUIDLIB, version: 3 },
  secrets: { source: SECRETSLIB, version: 3 },
  csv: { source: CSVLIB, version: 3 },
  pprint: { source: PPRINT, version: 3 },
  _timelib: { source: TIMELIB, triggers: ['time'], extends: 'time' },
  bisect: { source: BISECT },
  _randomlib: { source: RANDOMLIB, triggers: ['random'], extends: 'random' },
  posixpath: { source: POSIXPATH, triggers: ['os', 'posixpath'] },
  _oslib: { source: OSLIB, triggers: ['os'], extends: 'os' },
  atexit: { source: ATEXIT },
  enum: { source: ENUM, version: 3 },
  dataclasses: { source: DATACLASSES, version: 3 },
  io: { source: IO, version: 3 },
  contextlib: { source: CONTEXTLIB, version: 3 },
  _iterlib: { source: ITERLIB, triggers: ['iter'] },
  re: { source: RE, version: 3 },
  _files: { source: FILES, version: 3, triggers: ['open', 'os'] },
  argparse: { source: ARGPARSE, version: 3 },
  hashlib: { source: HASHLIB, version: 3 },
  typing: { source: TYPING, version: 3 },
  itertools: { source: ITERTOOLS, version: 3 },
  functools: { source: FUNCTOOLS, version: 3 },
  logging: { source: LOGGING, version: 3 },
  _structlib: { source: STRUCT_EXTRA, triggers: ['struct'], extends: 'struct' },
  collections: { source: COLLECTIONS },
  selectors: { source: SELECTORS, version: 3 },
  queue: { source: QUEUE3, version: 3 },
  _thread: { source: THREAD, version: 3 },
  threading: { source: THREADING, py2: THREADING_PY2 },
  socketserver: { source: SOCKETSERVER, version: 3 },
  'concurrent.futures': { source: CONCURRENT_FUTURES, version: 3, triggers: ['concurrent'] },
  Queue: { source: QUEUE_PY2, version: 2 },
  thread: { source: THREAD_PY2, version: 2 },
  SocketServer: { source: SOCKETSERVER_PY2, version: 2 },
};
