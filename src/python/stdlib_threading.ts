/**
 * `_thread` and `threading` written in Python (after CPython 3.11's threading.py) on top of the
 * native `_threadcore` module (threads.ts): starting a thread, the running thread's ident, and
 * waiting for a lock (the only way a thread blocks here besides the blocking calls of sockets and
 * time.sleep). Everything else (RLock, Condition, Event, Semaphore, Barrier, Timer, join) is built
 * on locks, as CPython builds it.
 */

export const THREAD = `
import _threadcore as _core

error = RuntimeError
TIMEOUT_MAX = 9223372036.0
get_ident = _core.get_ident
get_native_id = _core.get_native_id


class lock(object):
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1, _why=None):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError('timeout value must be positive')
        if timeout > TIMEOUT_MAX:
            raise OverflowError('timestamp out of range for platform time_t')
        if not self._locked:
            self._locked = True
            return True
        if not blocking or timeout == 0:
            return False
        return _core.wait_lock(self, timeout, _why or 'blocked in acquire(): the lock is held by another thread')

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __repr__(self):
        return '<%s _thread.lock object at %s>' % ('locked' if self._locked else 'unlocked', _core.addr(self))


LockType = lock


def allocate_lock():
    return lock()


allocate = allocate_lock


class RLock(object):
    def __init__(self):
        self._block = lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout, 'blocked in acquire(): the RLock is held by another thread')
        if rc:
            self._owner = me
            self._count = 1
        return rc

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def __repr__(self):
        return '<%s _thread.RLock object owner=%d count=%d at %s>' % (
            'locked' if self._block._locked else 'unlocked', self._owner or 0, self._count, _core.addr(self))


def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    return _core.start(function, args, kwargs, None)


start_new = start_new_thread


def _count():
    return _core.count()
`;

export const THREADING = `
import _thread
import _threadcore as _core
from _thread import get_ident, get_native_id, TIMEOUT_MAX
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError',
           'Timer', 'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook', 'ExceptHookArgs',
           'gettrace', 'getprofile', 'get_native_id']

ThreadError = _thread.error
Lock = _thread.allocate_lock
_allocate_lock = _thread.allocate_lock


def RLock(*args, **kwargs):
    return _thread.RLock(*args, **kwargs)


def setprofile(func):
    pass


def settrace(func):
    pass


def gettrace():
    return None


def getprofile():
    return None


def stack_size(size=0):
    return 0


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
        if hasattr(lock, '_acquire_restore'):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = []

    def _at_fork_reinit(self):
        pass

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        else:
            return True

    def wait(self, timeout=None, _why=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        why = _why or 'blocked in Condition.wait(): waiting for notify()'
        try:
            if timeout is None:
                waiter.acquire(True, -1, why)
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout, why)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _core.deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return '<%s.%s at %s: value=%d>' % (self.__class__.__module__, self.__class__.__qualname__, _core.addr(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout, 'blocked in Semaphore.acquire(): its value is 0')
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return '<%s.%s at %s: value=%d/%d>' % (self.__class__.__module__, self.__class__.__qualname__, _core.addr(self),
                                               self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return '<%s.%s at %s: %s>' % (self.__class__.__module__, self.__class__.__qualname__, _core.addr(self), status)

    def is_set(self):
        return self._flag

    def isSet(self):
        _core.deprecated('isSet() is deprecated, use is_set() instead')
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout, 'blocked in Event.wait(): the event is not set')
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        if self.broken:
            return '<%s.%s at %s: broken>' % (self.__class__.__module__, self.__class__.__qualname__, _core.addr(self))
        return '<%s.%s at %s: waiters=%d/%d>' % (self.__class__.__module__, self.__class__.__qualname__, _core.addr(self),
                                                  self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait(None, 'blocked in Barrier.wait(): the barrier is resetting')
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


_counter = 0


def _newname(name_template='Thread-%d'):
    global _counter
    _counter += 1
    return name_template % _counter


_active = {}


class ExceptHookArgs(object):
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))

    def __repr__(self):
        return 'ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)' % tuple(self)


def excepthook(args):
    if args.exc_type == SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    _core.print_exception('Exception in thread %s:\\n' % name, args.exc_value)


__excepthook__ = excepthook


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    target_name = target.__name__
                    name += ' (' + target_name + ')'
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started.is_set():
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        _core.start(self._bootstrap_inner, (), None, self)
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        lock = _allocate_lock()
        lock.acquire()
        self._tstate_lock = lock
        _active[self._ident] = self
        self._started.set()
        try:
            try:
                self.run()
            except SystemExit:
                pass
            except BaseException as exc:
                excepthook(ExceptHookArgs(type(exc), exc, None, self))
        finally:
            try:
                del _active[self._ident]
            except KeyError:
                pass
            self._is_stopped = True
            lock.release()

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        lock = self._tstate_lock
        if lock is None:
            return
        why = 'blocked in join(): %s has not ended' % self._name
        if timeout is None:
            got = lock.acquire(True, -1, why)
        else:
            timeout = max(timeout, 0)
            got = lock.acquire(True, timeout, why) if timeout > 0 else lock.acquire(False)
        if got:
            lock.release()
            self._stop()

    @property
    def name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._native_id

    def is_alive(self):
        assert self._initialized, 'Thread.__init__() not called'
        if self._is_stopped or not self._started.is_set():
            return False
        return True

    @property
    def daemon(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        _core.deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _core.deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _core.deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _core.deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started._flag = True
        self._ident = _core.main_ident()
        self._native_id = _core.get_native_id()
        self._tstate_lock = None
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname('Dummy-%d'), daemon=True)
        self._started._flag = True
        self._ident = get_ident()
        _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError('cannot join a dummy thread')


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _core.deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    return len(_active)


def activeCount():
    _core.deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def enumerate():
    return list(_active.values())


def main_thread():
    return _main_thread


_local_data = {}


_threading_atexits = []


def _register_atexit(func, *arg, **kwargs):
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _run_atexits():
    # Called once when the main thread ends, before waiting for the non-daemon threads.
    for atexit_call in reversed(_threading_atexits):
        atexit_call()


class local(object):
    # Each thread sees its own attributes (kept outside the object, by object and thread).
    def __getattr__(self, name):
        d = _local_data.get(id(self), {}).get(get_ident(), {})
        if name in d:
            return d[name]
        raise AttributeError("'_thread._local' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        _local_data.setdefault(id(self), {}).setdefault(get_ident(), {})[name] = value


_main_thread = None
_main_thread = _MainThread()
`;

/** queue (Python 3) as CPython's queue.py: a list guarded by a lock and three conditions. */
export const QUEUE3 = `
import threading
from time import monotonic as time


class Empty(Exception):
    pass


class Full(Exception):
    pass


Empty.__module__ = '_queue'


class Queue(object):
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait(None, 'blocked in Queue.join(): tasks are unfinished')

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait(None, 'blocked in Queue.put(): the queue is full')
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    endtime = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining, 'blocked in Queue.put(): the queue is full')
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait(None, 'blocked in Queue.get(): the queue is empty')
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = time() + timeout
                while not self._qsize():
                    remaining = endtime - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining, 'blocked in Queue.get(): the queue is empty')
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


class LifoQueue(Queue):
    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    def _put(self, item):
        i = 0
        while i < len(self.queue) and not (item < self.queue[i]):
            i += 1
        self.queue.insert(i, item)


class SimpleQueue(Queue):
    pass
`;

/** socketserver, after CPython 3.11's socketserver.py (no forking or Unix-domain servers). */
export const SOCKETSERVER = `
import socket
import selectors
import os
import sys
import threading
from time import monotonic as time

__all__ = ['BaseServer', 'TCPServer', 'UDPServer', 'ThreadingUDPServer', 'ThreadingTCPServer', 'BaseRequestHandler',
           'StreamRequestHandler', 'DatagramRequestHandler', 'ThreadingMixIn']

_ServerSelector = selectors.PollSelector


class BaseServer:
    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self._BaseServer__is_shut_down = threading.Event()
        self._BaseServer__shutdown_request = False

    def server_activate(self):
        pass

    def serve_forever(self, poll_interval=0.5):
        self._BaseServer__is_shut_down.clear()
        try:
            with _ServerSelector() as selector:
                selector.register(self, selectors.EVENT_READ)
                while not self._BaseServer__shutdown_request:
                    ready = selector.select(poll_interval)
                    if self._BaseServer__shutdown_request:
                        break
                    if ready:
                        self._handle_request_noblock()
                    self.service_actions()
        finally:
            self._BaseServer__shutdown_request = False
            self._BaseServer__is_shut_down.set()

    def shutdown(self):
        self._BaseServer__shutdown_request = True
        self._BaseServer__is_shut_down._cond.acquire()
        try:
            if not self._BaseServer__is_shut_down._flag:
                self._BaseServer__is_shut_down._cond.wait(None, 'blocked in shutdown(): serve_forever() has not returned yet')
        finally:
            self._BaseServer__is_shut_down._cond.release()

    def service_actions(self):
        pass

    def handle_request(self):
        timeout = self.socket.gettimeout()
        if timeout is None:
            timeout = self.timeout
        elif self.timeout is not None:
            timeout = min(timeout, self.timeout)
        if timeout is not None:
            deadline = time() + timeout
        with _ServerSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            while True:
                ready = selector.select(timeout)
                if ready:
                    return self._handle_request_noblock()
                else:
                    if timeout is not None:
                        timeout = deadline - time()
                        if timeout < 0:
                            return self.handle_timeout()

    def _handle_request_noblock(self):
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if self.verify_request(request, client_address):
            try:
                self.process_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
                self.shutdown_request(request)
            except:
                self.shutdown_request(request)
                raise
        else:
            self.shutdown_request(request)

    def handle_timeout(self):
        pass

    def verify_request(self, request, client_address):
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        print('-' * 40, file=sys.stderr)
        print('Exception occurred during processing of request from', client_address, file=sys.stderr)
        import traceback
        traceback.print_exc()
        print('-' * 40, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except:
                self.server_close()
                raise

    def server_bind(self):
        if self.allow_reuse_address and hasattr(socket, 'SO_REUSEADDR'):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if self.allow_reuse_port and hasattr(socket, 'SO_REUSEPORT'):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def shutdown_request(self, request):
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        data, client_addr = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_addr

    def server_activate(self):
        pass

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass


class _Threads(object):
    def __init__(self):
        self.items = []

    def append(self, thread):
        self.reap()
        if thread.daemon:
            return
        self.items.append(thread)

    def pop_all(self):
        result = self.items
        self.items = []
        return result

    def join(self):
        for thread in self.pop_all():
            thread.join()

    def reap(self):
        self.items = [thread for thread in self.items if thread.is_alive()]


class _NoThreads:
    def append(self, thread):
        pass

    def join(self):
        pass


class ThreadingMixIn:
    daemon_threads = False
    block_on_close = True
    _threads = _NoThreads()

    def process_request_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        if self.block_on_close:
            if '_threads' not in vars(self):
                self._threads = _Threads()
        t = threading.Thread(target=self.process_request_thread, args=(request, client_address))
        t.daemon = self.daemon_threads
        self._threads.append(t)
        t.start()

    def server_close(self):
        super().server_close()
        self._threads.join()


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


class BaseRequestHandler:
    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = self.connection.makefile('rb', self.rbufsize)
        if self.wbufsize == 0:
            self.wfile = _SocketWriter(self.connection)
        else:
            self.wfile = self.connection.makefile('wb', self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except socket.error:
                pass
        self.wfile.close()
        self.rfile.close()


class _SocketWriter(object):
    def __init__(self, sock):
        self._sock = sock
        self.closed = False

    def writable(self):
        return True

    def readable(self):
        return False

    def write(self, b):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        self._sock.sendall(b)
        return len(b)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def close(self):
        self.closed = True

    def fileno(self):
        return self._sock.fileno()


class _BytesIO(object):
    def __init__(self, data=b''):
        self._data = bytes(data)
        self._pos = 0
        self.closed = False

    def read(self, n=-1):
        end = len(self._data) if n is None or n < 0 else self._pos + n
        chunk = self._data[self._pos:end]
        self._pos += len(chunk)
        return chunk

    def readline(self, n=-1):
        i = self._data.find(b'\\n', self._pos)
        end = len(self._data) if i < 0 else i + 1
        if n is not None and n >= 0:
            end = min(end, self._pos + n)
        chunk = self._data[self._pos:end]
        self._pos += len(chunk)
        return chunk

    def write(self, b):
        self._data = self._data[:self._pos] + bytes(b) + self._data[self._pos + len(b):]
        self._pos += len(b)
        return len(b)

    def getvalue(self):
        return self._data

    def close(self):
        self.closed = True


class DatagramRequestHandler(BaseRequestHandler):
    def setup(self):
        self.packet, self.socket = self.request
        self.rfile = _BytesIO(self.packet)
        self.wfile = _BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)
`;

/**
 * concurrent.futures with ThreadPoolExecutor, after CPython 3.11's (_base.py, thread.py). One
 * difference: Executor.map() waits for all its results before it returns its iterator, so that
 * list(executor.map(...)) works (a builtin may not consume a generator that blocks).
 */
export const CONCURRENT_FUTURES = `
import threading
import queue
from time import monotonic as _time

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError', 'BrokenExecutor',
           'Future', 'Executor', 'wait', 'as_completed', 'ThreadPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled',
                             CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished'}


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future(object):
    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                import sys
                print('exception calling callback for %r' % self, file=sys.stderr)

    def __repr__(self):
        addr = _addr(self)
        if self._state == FINISHED:
            if self._exception:
                return '<%s at %s state=%s raised %s>' % (self.__class__.__name__, addr,
                                                        _STATE_TO_DESCRIPTION_MAP[self._state],
                                                        self._exception.__class__.__name__)
            return '<%s at %s state=%s returned %s>' % (self.__class__.__name__, addr,
                                                      _STATE_TO_DESCRIPTION_MAP[self._state],
                                                      self._result.__class__.__name__)
        return '<%s at %s state=%s>' % (self.__class__.__name__, addr, _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._notify_waiters()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def _get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            import sys
            print('exception calling callback for %r' % self, file=sys.stderr)

    def _wait_done(self, timeout, why):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            if self._state == FINISHED:
                return
            if timeout is None:
                while self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                    self._condition.wait(None, why)
            else:
                end = _time() + timeout
                while self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                    remaining = end - _time()
                    if remaining <= 0:
                        raise TimeoutError()
                    self._condition.wait(remaining, why)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()

    def result(self, timeout=None):
        self._wait_done(timeout, 'blocked in Future.result(): the call has not finished')
        return self._get_result()

    def exception(self, timeout=None):
        self._wait_done(timeout, 'blocked in Future.exception(): the call has not finished')
        return self._exception

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            self._condition.notify_all()
        self._notify_waiters()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            self._condition.notify_all()
        self._notify_waiters()
        self._invoke_callbacks()

    def _notify_waiters(self):
        for w in self._waiters:
            w.set()


def _addr(obj):
    import _threadcore
    return _threadcore.addr(obj)


def _done_sets(fs):
    done = set()
    not_done = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            not_done.add(f)
    return done, not_done


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    end = None if timeout is None else _time() + timeout
    ev = threading.Event()
    for f in fs:
        f._waiters.append(ev)
    try:
        while True:
            done, not_done = _done_sets(fs)
            if not not_done:
                break
            if return_when == FIRST_COMPLETED and done:
                break
            if return_when == FIRST_EXCEPTION and any(f._exception is not None or f.cancelled() for f in done):
                break
            remaining = None
            if end is not None:
                remaining = end - _time()
                if remaining <= 0:
                    break
            ev.clear()
            if not ev._flag:
                ev._cond.acquire()
                try:
                    if not ev._flag:
                        ev._cond.wait(remaining, 'blocked in wait(): the futures have not finished')
                finally:
                    ev._cond.release()
    finally:
        for f in fs:
            f._waiters.remove(ev)
    return _DoneAndNotDone(done, not_done)


class _DoneAndNotDone(object):
    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __getitem__(self, i):
        return (self.done, self.not_done)[i]

    def __len__(self):
        return 2

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self.done, self.not_done)


def as_completed(fs, timeout=None):
    end = None if timeout is None else _time() + timeout
    fs = list(dict.fromkeys(fs))
    pending = list(fs)
    total = len(fs)
    ev = threading.Event()
    for f in fs:
        f._waiters.append(ev)
    try:
        for f in [f for f in pending if f.done()]:
            pending.remove(f)
            yield f
        while pending:
            ev.clear()
            finished = [f for f in pending if f.done()]
            if not finished:
                remaining = None
                if end is not None:
                    remaining = end - _time()
                    if remaining <= 0:
                        raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
                ev._cond.acquire()
                try:
                    if not ev._flag:
                        ev._cond.wait(remaining, 'blocked in as_completed(): no future has finished')
                finally:
                    ev._cond.release()
                continue
            for f in finished:
                pending.remove(f)
                yield f
    finally:
        for f in fs:
            f._waiters.remove(ev)


class Executor(object):
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end_time = None if timeout is None else timeout + _time()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        outcomes = []
        try:
            for f in fs:
                try:
                    if end_time is None:
                        outcomes.append((True, f.result()))
                    else:
                        outcomes.append((True, f.result(end_time - _time())))
                except BaseException as e:
                    outcomes.append((False, e))
                    break
        finally:
            for f in fs:
                f.cancel()
        return _map_results(outcomes)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _map_results(outcomes):
    for ok, value in outcomes:
        if not ok:
            raise value
        yield value


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


_shutdown = False
_threads_queues = []


def _python_exit():
    global _shutdown
    _shutdown = True
    items = list(_threads_queues)
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            import sys
            print('Exception in initializer:', file=sys.stderr)
            executor._initializer_failed()
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        if _shutdown or executor._shutdown:
            executor._shutdown = True
            work_queue.put(None)
            return


class BrokenThreadPool(BrokenExecutor):
    pass


_executor_counter = 0


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        global _executor_counter
        if max_workers is None:
            max_workers = min(32, 2 + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._work_queue = queue.Queue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = 'ThreadPoolExecutor-%d' % _executor_counter
            _executor_counter += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.append(t)
            _threads_queues.append((t, self._work_queue))

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
`;

function swap(src: string, pairs: [string, string][]): string {
  for (const [a, b] of pairs) {
    if (!src.includes(a)) throw new Error(`stdlib_threading: cannot adapt for Python 2: ${a.slice(0, 40)}`);
    src = src.split(a).join(b);
  }
  return src;
}

/** Python 2's `thread` module: the same locks; thread.error is its own exception class. */
export const THREAD_PY2 = swap(THREAD, [["error = RuntimeError\n", 'class error(Exception):\n    pass\n']]);

/** Python 2.7's threading: Thread(group, target, name, args, kwargs, verbose), names without the target's, no warnings. */
export const THREADING_PY2 = swap(THREADING, [
  ['import _thread\n', 'import thread as _thread\n'],
  ['from _thread import get_ident, get_native_id, TIMEOUT_MAX\n', 'from thread import get_ident, get_native_id, TIMEOUT_MAX\n'],
  ['args=(), kwargs=None, *, daemon=None):', 'args=(), kwargs=None, verbose=None, daemon=None):'],
  [`            name = _newname('Thread-%d')
            if target is not None:
                try:
                    target_name = target.__name__
                    name += ' (' + target_name + ')'
                except AttributeError:
                    pass
`, `            name = _newname('Thread-%d')
`],
  ["    def isDaemon(self):", '    isAlive = is_alive\n\n    def isDaemon(self):'],
  ["raise AttributeError(\"'_thread._local' object", "raise AttributeError(\"'thread._local' object"],
]);

/** Python 2's Queue: the thread-aware queue of Python 3 under Python 2's module name. */
export const QUEUE_PY2 = swap(QUEUE3, [
  ["Empty.__module__ = '_queue'", "Empty.__module__ = 'Queue'"],
  ['\n\nclass SimpleQueue(Queue):\n    pass\n', '\n'],
]);

/** Python 2's SocketServer: the same servers, with select.select and 2.7's error report. */
export const SOCKETSERVER_PY2 = swap(SOCKETSERVER, [
  ['import selectors\n', 'import select\n'],
  ['_ServerSelector = selectors.PollSelector\n', `class _ServerSelector(object):
    def __init__(self):
        self._objs = []

    def register(self, fileobj, events):
        self._objs.append(fileobj)

    def select(self, timeout=None):
        return select.select(self._objs, [], [], timeout)[0]

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass
`],
  ['selectors.EVENT_READ', '1'],
  [`        print('-' * 40, file=sys.stderr)
        print('Exception occurred during processing of request from', client_address, file=sys.stderr)
        import traceback
        traceback.print_exc()
        print('-' * 40, file=sys.stderr)
`, `        sys.stdout.write('-' * 40 + '\\n')
        sys.stdout.write('Exception happened during processing of request from %s\\n' % (client_address,))
        import traceback
        traceback.print_exc()
        sys.stdout.write('-' * 40 + '\\n')
`],
  ['        super().server_close()\n', '        TCPServer.server_close(self)\n'],
]);
