"""The scale bench's HTTP client: a kept-alive connection that costs the server little."""

from __future__ import annotations

import re
import socket


class LeanConnection:
    """A kept-alive HTTP/1.1 connection that asks and reads as little as a client can.

    The load generator shares the machine's two cores with the server; ``http.client``
    parses every header with the ``email`` package, about 0.6 ms of processor time a page
    that the server then lacks. This reads the status and Content-Length only (Django sets
    it on every page) and counts anything else as an error.
    """

    def __init__(self, port: int) -> None:
        self.port = port
        self.socket = socket.create_connection(("127.0.0.1", port), timeout=60)
        self.socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.closing = False

    def get(self, path: str, cookie: str) -> int:
        """Return the status of GET ``path``, having read the whole answer."""
        request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\nCookie: {cookie}\r\n\r\n"
        self.socket.sendall(request.encode())
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self.socket.recv(65536)
            if not chunk:
                raise OSError("the server closed the connection")
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        found = LENGTH.search(head)
        if found is None:
            raise OSError("an answer without Content-Length")
        remaining = int(found.group(1)) - len(body)
        while remaining > 0:
            chunk = self.socket.recv(min(remaining, 1 << 18))
            if not chunk:
                raise OSError("the server closed the connection")
            remaining -= len(chunk)
        # The server may end a kept-alive connection after any answer: the next asks anew.
        self.closing = b"connection: close" in head.lower()
        return int(head[9:12])

    def close(self) -> None:
        self.socket.close()


LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)", re.IGNORECASE)
