import socket, select, sys
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(('', 40918))
server.listen(5)
inputs = [server]
served = 0
while served < 1:
    readable, writable, exceptional = select.select(inputs, [], [])
    for s in readable:
        if s is server:
            conn, addr = s.accept()
            print "connection from", addr[0]
            inputs.append(conn)
        else:
            data = s.recv(1024)
            if data:
                print "received", repr(data)
                s.send(data)
            else:
                print "closing"
                inputs.remove(s)
                s.close()
                served += 1
server.close()
