"""Streaming a store export over HTTP without holding it in memory.

The store's exporters write to a text stream. A worker thread runs the exporter into a
:class:`QueueWriter`; the response iterates the queue. The queue is bounded, so a slow
client slows the export instead of filling memory, and a client that hangs up stops it.
The thread reads through its own cursor (the store gives each thread one), so it never
shares a connection with request threads.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any

log = logging.getLogger("eventwire.server")

_DONE = object()
CHUNK = 64 * 1024


class Cancelled(Exception):
    """The client went away: stop exporting."""


class QueueWriter:
    """A write-only text stream that hands ``CHUNK``-sized byte blocks to a queue."""

    def __init__(self, q: queue.Queue, cancelled: threading.Event) -> None:
        self._q = q
        self._cancelled = cancelled
        self._buf: list[str] = []
        self._size = 0

    def write(self, s: str) -> int:
        self._buf.append(s)
        self._size += len(s)
        if self._size >= CHUNK:
            self.flush()
        return len(s)

    def flush(self) -> None:
        if self._buf:
            data = "".join(self._buf).encode("utf-8")
            self._buf, self._size = [], 0
            while True:
                if self._cancelled.is_set():
                    raise Cancelled
                try:
                    self._q.put(data, timeout=0.5)
                    return
                except queue.Full:
                    continue


def stream(produce: Callable[[QueueWriter], Any], *, max_chunks: int = 16) -> Iterator[bytes]:
    """Run ``produce(writer)`` in a thread and yield what it writes."""
    q: queue.Queue = queue.Queue(maxsize=max_chunks)
    cancelled = threading.Event()
    writer = QueueWriter(q, cancelled)

    def run() -> None:
        try:
            produce(writer)
            writer.flush()
        except Cancelled:
            pass
        except Exception:  # noqa: BLE001 - the status line is already sent; log and end the body
            log.exception("export failed mid-stream")
        finally:
            while True:  # the end marker must get through even if the queue is full
                if cancelled.is_set():
                    break
                try:
                    q.put(_DONE, timeout=0.5)
                    break
                except queue.Full:
                    continue

    worker = threading.Thread(target=run, name="eventwire-export", daemon=True)
    worker.start()
    try:
        while True:
            item = q.get()
            if item is _DONE:
                return
            yield item
    finally:
        cancelled.set()
