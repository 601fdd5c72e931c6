"""A fault-injecting HTTP proxy on loopback, between the kiosk's client and the real service.

Real sockets, real threads, no mocks. Each request gets its own upstream connection (the
proxy asks for `Connection: close` both ways), so every request can be judged on its own.
Faults are switched at run time; a rule applies to the next `times` requests whose path
matches `path` (a regular expression searched in the request target), then lapses:

    proxy.down()                  # server down: the listening socket is closed (ECONNREFUSED)
    proxy.up()                    # listening again, same port
    proxy.fail(500, times=2)      # answer 500 without forwarding
    proxy.hold(path="/commit$")   # forward, keep the answer until heal(): past any timeout
    proxy.reset(after=1000, path="/chunks/")  # forward 1000 body bytes, then RST both ways
    proxy.heal()                  # pass-through again (up, no rules, held answers dropped)

`seen` lists every request that reached the proxy, with the fault it got; `held`, those
whose answer the service gave and the proxy kept (so the service did the work).
"""

from __future__ import annotations

import contextlib
import re
import socket
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import pytest

HEAD_END = b"\r\n\r\n"
MAX_HEAD = 64 * 1024
IO_TIMEOUT = 60.0  # a stuck test fails on its own timeout rather than hangs the proxy forever


@dataclass
class Rule:
    kind: str  # "fail" | "hold" | "reset"
    times: int | None  # None: every matching request
    path: re.Pattern[str] | None
    status: int = 500
    after: int = 0  # reset: body bytes forwarded before the cut


@dataclass(frozen=True)
class Seen:
    method: str
    target: str
    fault: str | None


class FaultProxy:
    def __init__(self, upstream_url: str) -> None:
        parts = urlsplit(upstream_url)
        assert parts.hostname and parts.port, upstream_url
        self.upstream = (parts.hostname, parts.port)
        self.port = 0
        self.seen: list[Seen] = []
        self.held: list[Seen] = []
        self._rules: list[Rule] = []
        self._lock = threading.Lock()
        self._released = threading.Event()  # set by heal()/close(): held answers are dropped
        self._listener: socket.socket | None = None
        self._reserved: socket.socket | None = None
        self._acceptor: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- switches ---------------------------------------------------------------------------
    def up(self) -> None:
        if self._listener is not None:
            return
        listener, self._reserved = self._reserved or _bound(self.port), None
        listener.listen(64)
        listener.settimeout(0.1)  # accept() polls, so down() can stop it promptly
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._acceptor = threading.Thread(target=self._accept, args=(listener,), daemon=True,
                                          name="fault-proxy")
        self._acceptor.start()

    def down(self) -> None:
        """Stop listening: a connection attempt is refused as by a host with nothing on the port."""
        listener, self._listener = self._listener, None
        if listener is not None:
            assert self._acceptor is not None
            self._acceptor.join()  # it closes the socket on its way out
            self._acceptor = None
            # Bound but not listening: a SYN gets a reset (ECONNREFUSED), and the port stays ours.
            self._reserved = _bound(self.port)

    def fail(self, status: int = 500, *, times: int | None = 1, path: str | None = None) -> None:
        self._add(Rule("fail", times, _pattern(path), status=status))

    def hold(self, *, times: int | None = 1, path: str | None = None) -> None:
        self._add(Rule("hold", times, _pattern(path)))

    def reset(self, after: int, *, times: int | None = 1, path: str | None = None) -> None:
        self._add(Rule("reset", times, _pattern(path), after=after))

    def heal(self) -> None:
        with self._lock:
            self._rules.clear()
        self._released.set()  # held connections close without an answer
        self._released = threading.Event()
        self.up()

    def faults(self, kind: str) -> list[Seen]:
        return [s for s in self.seen if s.fault == kind]

    # -- life cycle -------------------------------------------------------------------------
    def close(self) -> None:
        self._released.set()
        self.down()
        if self._reserved is not None:
            self._reserved.close()

    def __enter__(self) -> FaultProxy:
        self.up()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    # -- plumbing ---------------------------------------------------------------------------
    def _add(self, rule: Rule) -> None:
        with self._lock:
            self._rules.append(rule)

    def _take(self, target: str) -> Rule | None:
        """The first live rule for this request, counted as used."""
        with self._lock:
            for rule in self._rules:
                if rule.path is None or rule.path.search(target):
                    if rule.times is not None:
                        rule.times -= 1
                        if rule.times == 0:
                            self._rules.remove(rule)
                    return rule
        return None

    def _accept(self, listener: socket.socket) -> None:
        with listener:
            while self._listener is listener:
                try:
                    client, _ = listener.accept()
                except TimeoutError:
                    continue
                client.settimeout(IO_TIMEOUT)
                threading.Thread(target=self._serve, args=(client,), daemon=True,
                                 name="fault-proxy-conn").start()

    def _serve(self, client: socket.socket) -> None:
        with client, contextlib.suppress(OSError):
            head, body = _read_head(client)
            if head is None:
                return
            request_line, headers = _parse_head(head)
            method, target, _ = request_line.split(" ", 2)
            length = int(headers.get("content-length", "0"))
            rule = self._take(target)
            released = self._released  # the event of this request's time, not a later one
            seen = Seen(method, target, rule.kind if rule else None)
            self.seen.append(seen)
            if rule is not None and rule.kind == "fail":
                _read_body(client, body, length)  # the client finishes sending, then reads
                client.sendall(_error_answer(rule.status))
                return
            with socket.create_connection(self.upstream, timeout=IO_TIMEOUT) as upstream:
                upstream.sendall(_close_after(head))
                if rule is not None and rule.kind == "reset":
                    upstream.sendall(_read_body(client, body, min(rule.after, length)))
                    _rst(upstream)
                    _rst(client)
                    return
                upstream.sendall(_read_body(client, body, length))
                answer = _read_to_end(upstream)  # the service closes: we asked it to
            if rule is not None and rule.kind == "hold":
                self.held.append(seen)
                released.wait()  # the client gives up first; then the answer is lost
                return
            client.sendall(answer)


def _bound(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # the same port again after down()
    sock.bind(("127.0.0.1", port))
    return sock


def _pattern(path: str | None) -> re.Pattern[str] | None:
    return None if path is None else re.compile(path)


def _read_head(sock: socket.socket) -> tuple[bytes | None, bytes]:
    """The request head (up to the blank line) and what already came of the body."""
    data = b""
    while HEAD_END not in data:
        piece = sock.recv(65536)
        if not piece or len(data) > MAX_HEAD:
            return None, b""
        data += piece
    head, _, rest = data.partition(HEAD_END)
    return head, rest


def _parse_head(head: bytes) -> tuple[str, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return lines[0], headers


def _close_after(head: bytes) -> bytes:
    """The head with `Connection: close`: the service answers once and closes."""
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"]) + HEAD_END


def _read_body(sock: socket.socket, already: bytes, length: int) -> bytes:
    data = already[:length]
    while len(data) < length:
        piece = sock.recv(min(65536, length - len(data)))
        if not piece:
            raise ConnectionError("the client closed mid-body")
        data += piece
    return data


def _read_to_end(sock: socket.socket) -> bytes:
    pieces = []
    while piece := sock.recv(65536):
        pieces.append(piece)
    return b"".join(pieces)


def _error_answer(status: int) -> bytes:
    body = b'{"detail":"injected fault"}'
    return (f"HTTP/1.1 {status} Injected\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body


def _rst(sock: socket.socket) -> None:
    """Close with SO_LINGER 0: the peer gets a TCP reset, not an orderly end of stream."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


@pytest.fixture(name="proxy")
def proxy_fixture(central: Any) -> Iterator[FaultProxy]:
    """A pass-through proxy in front of the `central` fixture's service."""
    with FaultProxy(central.url) as running:
        yield running
