"""What one running server holds: the store, the pipeline (built on first use) and its locks.

DuckDB lets one process own a database file. The server is that process: it opens the
store once; every request thread reads through its own cursor (``EventStore.cursor``),
and writes go through one lock, so readers keep answering while an article is stored.
"""

from __future__ import annotations

import hmac
import ipaddress
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..pipeline import Pipeline
from ..store import EventStore

#: Default request size limit (bytes): larger bodies are answered with 413.
DEFAULT_MAX_BODY = 5 * 1024 * 1024


def is_loopback(host: str | None) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``: only this machine can connect."""
    if host is None:
        return True
    h = host.strip().strip("[]").lower()
    if h == "localhost":
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


@dataclass
class WritePolicy:
    """Who may store articles: anyone on loopback, else only holders of the bearer token."""

    token: str | None = None
    host: str | None = "127.0.0.1"
    read_only: bool = False

    @property
    def token_required(self) -> bool:
        # A configured token is always enforced; without one, only a loopback bind may write.
        return self.token is not None or not is_loopback(self.host)

    def check(self, authorization: str | None) -> tuple[int, str] | None:
        """``None`` when a write is allowed, else ``(status, reason)``."""
        if self.read_only:
            return 403, "the store is open read-only (server started with --read-only)"
        if not self.token_required:
            return None
        if self.token is None:
            return 403, (f"storing is disabled: the server is bound to {self.host}, a non-loopback "
                         "address, without a token; restart it with --token (or EVENTWIRE_TOKEN)")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            return 401, "storing needs an 'Authorization: Bearer <token>' header"
        if not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            return 401, "wrong bearer token"
        return None


@dataclass
class ServerState:
    """Shared by every request of one app (kept on ``app.state.eventwire``)."""

    store: EventStore
    policy: WritePolicy
    max_body: int = DEFAULT_MAX_BODY
    pipeline_factory: Callable[[], Pipeline] = Pipeline
    _pipeline: Pipeline | None = None
    #: spaCy and the stages are not promised to be thread-safe: one article is coded at a time.
    code_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def open(cls, db_path: str | Path, policy: WritePolicy, **kw: Any) -> ServerState:
        return cls(EventStore(db_path, read_only=policy.read_only), policy, **kw)

    def pipeline(self) -> Pipeline:
        """The pipeline, loaded on first use (loading spaCy takes a second or two)."""
        if self._pipeline is None:
            with self.code_lock:
                if self._pipeline is None:
                    self._pipeline = self.pipeline_factory()
        return self._pipeline

    def close(self) -> None:
        self.store.close()
