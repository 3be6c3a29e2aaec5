import socket, select
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('', 40912))
srv.listen(5)
inputs = [srv]
done = 0
while done < 2:
    r, w, x = select.select(inputs, [], [])
    for s in r:
        if s is srv:
            c, a = srv.accept()
            inputs.append(c)
            print("new client")
        else:
            d = s.recv(100)
            if d:
                print("data", d)
                s.send(b'echo:' + d)
            else:
                print("client left")
                inputs.remove(s)
                s.close()
                done += 1
srv.close()
