# An exception raised in a nested call: multi-frame traceback; the last line names it.
import socket

def connect_to(addr):
    s = socket.socket()
    s.settimeout(1.0)
    s.connect(addr)
    return s

def main():
    dead = socket.socket()
    dead.bind(('127.0.0.1', 0))
    print("trying")
    connect_to(dead.getsockname())

main()
