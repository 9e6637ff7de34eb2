"""Requests sent to one chosen gunicorn worker, and the process that answered each of them.

A sync worker serves one connection at a time. Each worker is kept holding an idle connection of
ours (connected, nothing sent yet), so a request written on a worker's connection can only be
answered by that worker; the moment it has answered, a new idle connection is opened for it, and
since every other worker is still holding its own, only that worker can take it. The process
holding the server end of a connection is read from /proc, from outside: the app says nothing
about itself.
"""

from __future__ import annotations

import http.client
import io
import os
import socket
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import requests
import urllib3

from tests.bench.servers import HttpSurvivor

_ESTABLISHED = "01"


def children(parent: int) -> set[int]:
    """The processes whose parent is `parent` (a gunicorn master's workers)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended meanwhile
        if int(fields[1]) == parent:
            found.add(int(stat.parent.name))
    return found


def _server_end_inode(server_port: int, client_port: int) -> int | None:
    """The socket inode of the server's end of our connection from `client_port`, once accepted
    (before that, the kernel lists it with inode 0)."""
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table, encoding="ascii") as rows:
            next(rows)
            for row in rows:
                fields = row.split()
                local, remote, state, inode = fields[1], fields[2], fields[3], int(fields[9])
                if (state == _ESTABLISHED and inode
                        and int(local.rsplit(":", 1)[1], 16) == server_port
                        and int(remote.rsplit(":", 1)[1], 16) == client_port):
                    return inode
    return None


class PinnedWorkers:
    """One idle connection held by each of gunicorn's `workers`; `slot` n is always one worker."""

    def __init__(self, port: int, master_pid: int, workers: int) -> None:
        self.port, self.master_pid, self.workers = port, master_pid, workers
        self.base = f"http://127.0.0.1:{port}"
        self._idle: list[socket.socket] = []
        self.pinned: list[int] = []  # the worker's pid of each slot
        self.answered_by: list[tuple[int, int]] = []  # (slot, pid) of every request, in order

    def __enter__(self) -> PinnedWorkers:
        self._idle = [self._connect() for _ in range(self.workers)]
        # Workers load the app after the port opens: wait until each holds one connection. A
        # worker holding one cannot take another, so these are `workers` different processes.
        self.pinned = [self.holder(slot, timeout=60) for slot in range(self.workers)]
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        for sock in self._idle:
            sock.close()

    def _connect(self) -> socket.socket:
        return socket.create_connection(("127.0.0.1", self.port), timeout=60)

    def holder(self, slot: int, timeout: float = 30) -> int:
        """The pid of the worker holding `slot`'s connection, once it has accepted it."""
        client_port = self._idle[slot].getsockname()[1]
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            inode = _server_end_inode(self.port, client_port)
            for pid in children(self.master_pid) if inode else ():
                try:
                    fds = os.listdir(f"/proc/{pid}/fd")
                except OSError:
                    continue
                for fd in fds:
                    try:
                        if os.readlink(f"/proc/{pid}/fd/{fd}") == f"socket:[{inode}]":
                            return pid
                    except OSError:
                        continue
            time.sleep(0.02)
        raise RuntimeError(f"no worker accepted the connection of slot {slot}")

    def send(self, slot: int, request: requests.PreparedRequest) -> urllib3.HTTPResponse:
        """Write `request` on `slot`'s connection and read the answer; record who answered."""
        pid = self.holder(slot)
        if pid != self.pinned[slot]:
            raise RuntimeError(f"slot {slot} moved from worker {self.pinned[slot]} to {pid}")
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        conn.sock = self._idle[slot]  # http.client connects only when it has no socket
        headers = {**request.headers, "Connection": "close"}
        conn.request(request.method or "GET", request.path_url, body=request.body,
                     headers=headers)
        original = conn.getresponse()
        body = original.read()
        conn.close()
        # The worker that answered is the only one free: this connection is its own again.
        self._idle[slot] = self._connect()
        self.answered_by.append((slot, pid))
        return urllib3.HTTPResponse(
            body=io.BytesIO(body), headers=urllib3.HTTPHeaderDict(original.getheaders()),
            status=original.status, reason=original.reason, preload_content=False,
            original_response=original)

    def session(self, slot: int) -> requests.Session:
        """A requests session whose every request (redirects too) goes to `slot`'s worker."""
        http = requests.Session()
        http.trust_env = False
        adapter = _PinnedAdapter(self, slot)
        http.mount("http://", adapter)
        return http

    def survivor(self, slot: int) -> HttpSurvivor:
        """A survivor (a browser without JS) whose every request goes to `slot`'s worker."""
        survivor = HttpSurvivor(self.base)
        survivor.http = self.session(slot)
        return survivor

    def pids(self, slot: int) -> set[int]:
        """The processes that answered the requests sent to `slot`."""
        return {pid for sent_to, pid in self.answered_by if sent_to == slot}


class _PinnedAdapter(requests.adapters.HTTPAdapter):
    def __init__(self, workers: PinnedWorkers, slot: int) -> None:
        super().__init__()
        self.workers, self.slot = workers, slot

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any
             ) -> requests.Response:
        return self.build_response(request, self.workers.send(self.slot, request))
