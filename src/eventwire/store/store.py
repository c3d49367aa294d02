"""``EventStore``: events, articles and their annotations in one DuckDB file.

Writes happen in one transaction per batch (an article and all its rows commit together),
so a run killed at any moment leaves only whole articles behind; a re-run skips articles
whose id is stored, so it adds nothing twice. Reads return DuckDB relations: call
``.df()``, ``.pl()``, ``.arrow()`` or ``.fetchall()`` on them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from .counts import COUNT_BY
from .filters import event_filters, order_sql, to_date
from .rows import document_rows, dumps, reject_key
from .schema import ADDED_COLUMNS, DDL, READABLE_VERSIONS, SCHEMA_VERSION, TABLES

DEFAULT_PATH = "eventwire.duckdb"

#: Columns of ``events`` returned by :meth:`EventStore.events` unless ``columns`` says otherwise
#: (the full JSON ``record`` is left out: ask for it with ``columns=["*"]``).
EVENT_COLUMNS = "* EXCLUDE (record)"


@dataclass
class AddCounts:
    """What one :meth:`EventStore.add` call changed."""

    articles_seen: int = 0
    articles_added: int = 0
    articles_skipped: int = 0
    events_added: int = 0
    rejects: int = 0

    def __iadd__(self, other: AddCounts) -> AddCounts:
        for k, v in asdict(other).items():
            setattr(self, k, getattr(self, k) + v)
        return self

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def run_id(inputs: Iterable[str], config: dict[str, Any]) -> str:
    """Same inputs and settings -> same run id, so re-running updates its ``runs`` row."""
    return "r" + hashlib.blake2b(dumps({"inputs": list(inputs), "config": config}).encode(), digest_size=8).hexdigest()


class EventStore:
    """An eventwire database. ``EventStore("eventwire.duckdb").events(country="PRK").df()``.

    One process may open the file for writing; DuckDB locks it against other processes.
    Inside a process the store may be shared between threads: each thread reads through
    its own cursor, and writes are serialised by a lock.
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such event store")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {self.path}: {exc}") from exc
        self._local = threading.local()
        self._write_lock = threading.RLock()
        if read_only:
            self._check_version()
        else:
            self._create()

    # ----- lifecycle --------------------------------------------------------------------
    def _create(self) -> None:
        with self._write_lock:
            for ddl in DDL:
                self.con.execute(ddl)
            got = self.con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
            if got is None:
                from .. import __version__

                self.con.execute("INSERT INTO schema_version VALUES (?, ?)", [SCHEMA_VERSION, f"eventwire {__version__}"])
            elif got in READABLE_VERSIONS and got < SCHEMA_VERSION:
                # Migration: the DDL above created the tables this version added; add its columns.
                from .. import __version__

                for version, table, column in ADDED_COLUMNS:
                    if got < version:
                        self.con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column}")
                self.con.execute("INSERT INTO schema_version VALUES (?, ?)",
                                 [SCHEMA_VERSION, f"eventwire {__version__} (upgraded from {got})"])
            elif got != SCHEMA_VERSION:
                raise StoreError(f"{self.path} has schema version {got}; this eventwire reads version {SCHEMA_VERSION}")
        self.version = SCHEMA_VERSION

    def _check_version(self) -> None:
        try:
            got = self.con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        except duckdb.CatalogException as exc:
            raise StoreError(f"{self.path} is not an eventwire store (no schema_version table)") from exc
        if got not in READABLE_VERSIONS:
            raise StoreError(f"{self.path} has schema version {got}; this eventwire reads version {SCHEMA_VERSION}")
        self.version = got

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"EventStore({self.path!r}, read_only={self.read_only})"

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor (DuckDB connections are not shared between threads)."""
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._local.cursor = self.con.cursor()
        return cur

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """This thread's cursor in one transaction under the write lock: committed when the
        block ends, rolled back if it raises (so a failed write leaves nothing behind)."""
        with self._write_lock:
            cur = self.cursor()
            cur.begin()
            try:
                yield cur
                cur.commit()
            except BaseException:
                cur.rollback()
                raise

    # ----- writing ----------------------------------------------------------------------
    def add(self, outcomes: Iterable[Any], *, rejects: Iterable[tuple[str, str]] = (),
            run_id: str | None = None, batch_size: int = 64) -> AddCounts:
        """Store pipeline outcomes (and ``(origin, reason)`` rejects), ``batch_size`` articles per transaction.

        Articles whose id is already stored are skipped; failed outcomes become rejects.
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        total = AddCounts()
        pending = list(rejects)
        batch: list[Any] = []
        for outcome in outcomes:
            batch.append(outcome)
            if len(batch) >= batch_size:
                total += self._write(batch, pending, run_id)
                batch, pending = [], []
        if batch or pending:
            total += self._write(batch, pending, run_id)
        return total

    def add_reject(self, origin: str, reason: str, run_id: str | None = None) -> bool:
        """Record one rejected input; ``False`` if the same reject was already stored."""
        return self._write([], [(origin, reason)], run_id).rejects == 1

    def _write(self, outcomes: list[Any], rejects: list[tuple[str, str]], run: str | None) -> AddCounts:
        counts = AddCounts()
        tables: dict[str, list[dict[str, Any]]] = {t: [] for t in ("articles", "events", "event_actors", "attributions", "places")}
        reject_rows: dict[str, dict[str, Any]] = {}
        for origin, reason in rejects:
            reject_rows[reject_key(origin, reason)] = {"origin": origin, "reason": reason}
        with self.transaction() as cur:
            ids = [o.article.id for o in outcomes if o.document is not None]
            stored = self._stored_ids(cur, ids)
            for o in outcomes:
                counts.articles_seen += 1
                if o.document is None:
                    origin = o.article.origin or o.article.id
                    reject_rows[reject_key(origin, o.error or "failed")] = {"origin": origin, "reason": o.error or "failed"}
                    continue
                if o.article.id in stored:
                    counts.articles_skipped += 1
                    continue
                stored.add(o.article.id)
                for table, rows in document_rows(o.document, run).items():
                    tables[table].extend(rows)
            counts.articles_added = len(tables["articles"])
            counts.events_added = len(tables["events"])
            for table, rows in tables.items():
                if rows:
                    _insert(cur, table, rows)
            for key, r in reject_rows.items():
                before = cur.execute("SELECT count(*) FROM rejects WHERE key = ?", [key]).fetchone()[0]
                if not before:
                    cur.execute("INSERT INTO rejects VALUES (?, ?, ?, ?)", [key, r["origin"], r["reason"], run])
                    counts.rejects += 1
        return counts

    def import_spark(self, folder: str | Path, *, run_id: str | None = None) -> AddCounts:
        """Add an ``eventwire spark`` output folder: its articles not yet stored, with their
        rows, and its rejects, in one transaction (see :mod:`eventwire.store.imports`)."""
        from .imports import import_spark_output

        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        return import_spark_output(self, folder, run_id=run_id)

    @staticmethod
    def _stored_ids(cur: duckdb.DuckDBPyConnection, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        rows = cur.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
        return {r[0] for r in rows}

    def article_ids(self) -> set[str]:
        """Ids of every stored article (to skip them before parsing when resuming)."""
        return {r[0] for r in self.cursor().execute("SELECT id FROM articles").fetchall()}

    def begin_run(self, inputs: list[str], config: dict[str, Any]) -> str:
        """Record (or re-open) the run for these inputs and settings; returns its id."""
        from .. import __version__

        rid = run_id(inputs, config)
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        with self._write_lock:
            self.cursor().execute(
                """INSERT INTO runs VALUES (?, ?, ?, ?, 1, 'running', ?, NULL, 0, 0, 0, 0, 0)
                   ON CONFLICT (id) DO UPDATE SET executions = runs.executions + 1,
                   status = 'running', started_at = excluded.started_at, finished_at = NULL,
                   eventwire_version = excluded.eventwire_version""",
                [rid, dumps(inputs), dumps(config), __version__, now],
            )
        return rid

    def finish_run(self, rid: str, counts: AddCounts, status: str = "finished") -> None:
        """Close a run with the counts of its latest execution."""
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        with self._write_lock:
            self.cursor().execute(
                """UPDATE runs SET status = ?, finished_at = ?, articles_seen = ?, articles_added = ?,
                   articles_skipped = ?, events_added = ?, rejects = ? WHERE id = ?""",
                [status, now, counts.articles_seen, counts.articles_added, counts.articles_skipped,
                 counts.events_added, counts.rejects, rid],
            )

    # ----- reading ----------------------------------------------------------------------
    def sql(self, query: str, params: list[Any] | dict[str, Any] | None = None) -> duckdb.DuckDBPyRelation:
        """Any SQL over the store's tables, with ``?`` or ``$name`` parameters."""
        try:
            return self.cursor().sql(query, params=params)
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def events(self, *, columns: str | Iterable[str] | None = None, order: str | None = None,
               limit: int | None = None, offset: int = 0, **filters: Any) -> duckdb.DuckDBPyRelation:
        """Events matching every filter given, as a DuckDB relation.

        Filters: ``country`` (actor or recipient, ISO3), ``actor_country``,
        ``recipient_country``, ``actor`` (name/text substring, CAMEO code or kb id, any role),
        ``recipient`` (same, recipient role), ``type`` (PLOVER), ``mode``, ``cameo`` (code
        prefix), ``cameo_root``, ``quad_class``, ``since``/``until`` (interval overlap;
        undated events use the publication day), ``modality``, ``historical``,
        ``claimant`` (any link of the according-to chain), ``anonymous`` (an anonymous source
        in the chain, or with ``False`` none; stores of schema version 3), ``text`` (sentence substring),
        ``bbox`` (min_lon, min_lat, max_lon, max_lat), ``place_country``, ``article_id``,
        ``outlet``, ``min_confidence``. Lists are accepted wherever several values make sense.
        ``order``: date, published, confidence, goldstein, type, cameo, id (``-`` reverses).
        """
        self._check_filters(filters)
        where = event_filters(**filters)
        cols = _columns(columns, EVENT_COLUMNS)
        q = f"SELECT {cols} FROM events{where.sql}{order_sql(order)}{_paging(limit, offset)}"
        return self.cursor().sql(q, params=where.params)

    def count_events(self, **filters: Any) -> int:
        self._check_filters(filters)
        where = event_filters(**filters)
        return self.cursor().execute(f"SELECT count(*) FROM events{where.sql}", where.params).fetchone()[0]

    def count_by(self, field: str, **filters: Any) -> duckdb.DuckDBPyRelation:
        """Events matching the filters counted by ``field``, most first: ``claimant``,
        ``claimant_code``, ``sourcing``, ``media_code``, ``type``, ``country``, ... (see
        :data:`~eventwire.store.counts.COUNT_BY`). One relation: ``.df()``, ``.pl()``, ``.arrow()``."""
        if field not in COUNT_BY:
            raise StoreError(f"cannot count events by {field!r}; choose one of {', '.join(COUNT_BY)}")
        self._check_filters(filters)
        where = event_filters(**filters)
        # a store of schema version 2 or older has no anonymous column: its claims are "(not recorded)"
        column = "anonymous" if self.version >= 3 else "NULL::BOOLEAN"
        return self.cursor().sql(COUNT_BY[field].format(where=where.sql, anonymous=column), params=where.params)

    def _check_filters(self, filters: dict[str, Any]) -> None:
        if filters.get("anonymous") is not None and self.version < 3:
            raise StoreError(f"{self.path} has schema version {self.version}, which does not record anonymous "
                             "sources; open it for writing (eventwire code ... --db FILE) and re-code its articles")

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event as JSON-ready data (the full record) plus its article's citation."""
        row = self.cursor().execute(
            """SELECT e.record, a.id, a.url, a.title, a.outlet, a.published FROM events e
               JOIN articles a ON a.id = e.article_id WHERE e.id = ?""", [event_id]).fetchone()
        if row is None:
            return None
        out = json.loads(row[0])
        out["article"] = {"id": row[1], "url": row[2], "title": row[3], "outlet": row[4], "published": row[5]}
        return out

    def articles(self, *, since: Any = None, until: Any = None, outlet: str | None = None,
                 text: str | None = None, has_events: bool | None = None, limit: int | None = None,
                 offset: int = 0) -> duckdb.DuckDBPyRelation:
        """Stored articles (metadata and counts, not their text) as a relation."""
        parts, params = [], []
        if since is not None:
            parts.append("published_date >= ?")
            params.append(to_date(since, "since"))
        if until is not None:
            parts.append("published_date <= ?")
            params.append(to_date(until, "until"))
        if outlet is not None:
            parts.append("contains(lower(outlet), ?)")
            params.append(outlet.lower())
        if text is not None:
            parts.append("(contains(lower(text), ?) OR contains(lower(title), ?))")
            params.extend([text.lower(), text.lower()])
        if has_events is not None:
            parts.append("n_events > 0" if has_events else "n_events = 0")
        where = (" WHERE " + " AND ".join(parts)) if parts else ""
        q = ("SELECT id, url, title, outlet, published, published_date, language, origin, "
             "length(text) AS n_chars, n_sentences, n_events, run_id FROM articles"
             f"{where} ORDER BY published_date NULLS LAST, id{_paging(limit, offset)}")
        return self.cursor().sql(q, params=params)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """An article with its text, every annotation layer and its events (JSON-ready)."""
        cur = self.cursor()
        row = cur.execute(
            """SELECT id, url, title, outlet, published, language, origin, text, sentences, layers
               FROM articles WHERE id = ?""", [article_id]).fetchone()
        if row is None:
            return None
        keys = ("id", "url", "title", "outlet", "published", "language", "origin", "text")
        out: dict[str, Any] = dict(zip(keys, row[:8]))
        out["sentences"] = json.loads(row[8] or "[]")
        out.update(json.loads(row[9] or "{}"))
        records = cur.execute(
            "SELECT record FROM events WHERE article_id = ? ORDER BY sentence, trigger_start, id",
            [article_id]).fetchall()
        out["events"] = [json.loads(r[0]) for r in records]
        return out

    def iter_records(self, *, layers: bool = False,
                     **filters: Any) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        """``(event JSON, article row)`` pairs for exports, streamed in date order.

        With ``layers`` the article row also holds its annotation layers (JSON text).
        """
        where = event_filters(**filters)
        cur = self.con.cursor()  # own cursor: the caller may query meanwhile
        # Each event's cluster counts ride along (NULL when the event is not clustered yet).
        counts, joins = "NULL, NULL, NULL", ""
        if self.version >= 2:
            counts = "c.num_mentions, c.num_articles, c.num_sources"
            joins = (" LEFT JOIN cluster_members cm ON cm.event_id = e.id"
                     " LEFT JOIN clusters c ON c.id = cm.cluster_id")
        cur.execute(
            "SELECT e.record, a.id, a.url, a.title, a.outlet, a.published, a.text, a.language, " + counts + ", "
            + ("a.layers" if layers else "NULL") + " "
            "FROM (SELECT * FROM events" + where.sql + ") e JOIN articles a ON a.id = e.article_id" + joins + " "
            "ORDER BY COALESCE(e.date_start, e.published_date), e.article_id, e.sentence, e.trigger_start, e.id",
            where.params)
        keys = ("id", "url", "title", "outlet", "published", "text", "language",
                "num_mentions", "num_articles", "num_sources", "layers")
        while True:
            chunk = cur.fetchmany(1000)
            if not chunk:
                break
            for r in chunk:
                yield json.loads(r[0]), dict(zip(keys, r[1:]))
        cur.close()

    # ----- clusters (dedup) -----------------------------------------------------------------
    def update_clusters(self, *, rebuild: bool = False, settings: Any = None) -> Any:
        """Assign events not yet clustered (every event from scratch with ``rebuild``).

        One transaction; idempotent. Returns :class:`~eventwire.store.clusters.ClusterCounts`.
        """
        from .clusters import update_clusters

        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        return update_clusters(self, rebuild=rebuild, settings=settings)

    def _need_clusters(self) -> None:
        if self.version < 2:
            raise StoreError(f"{self.path} has schema version {self.version}, without clusters; "
                             "open it for writing once (e.g. `eventwire dedup --db FILE`) to upgrade it")

    def clusters(self, *, columns: str | Iterable[str] | None = None, order: str | None = None,
                 limit: int | None = None, offset: int = 0, **filters: Any) -> duckdb.DuckDBPyRelation:
        """Event clusters (deduplicated events) matching every filter, as a DuckDB relation.

        Filters: ``country``, ``actor_country``, ``recipient_country``, ``type``, ``cameo_root``,
        ``since``/``until``, ``modality``, ``historical``, ``place_country``, ``min_mentions``,
        ``min_articles``, ``min_sources``, ``event_id`` / ``article_id`` (clusters holding them),
        ``outlet``. ``order``: date, first_seen, last_seen, mentions, articles, sources, type, id.
        """
        from .clusters import cluster_filters, cluster_order

        self._need_clusters()
        where = cluster_filters(**filters)
        cols = _columns(columns, EVENT_COLUMNS)
        q = f"SELECT {cols} FROM clusters{where.sql}{cluster_order(order)}{_paging(limit, offset)}"
        return self.cursor().sql(q, params=where.params)

    def count_clusters(self, **filters: Any) -> int:
        from .clusters import cluster_filters

        self._need_clusters()
        where = cluster_filters(**filters)
        return self.cursor().execute(f"SELECT count(*) FROM clusters{where.sql}", where.params).fetchone()[0]

    def cluster(self, cluster_id: str) -> dict[str, Any] | None:
        """One cluster as JSON-ready data, with each member's article citation and match score."""
        self._need_clusters()
        cur = self.cursor()
        row = cur.execute("SELECT record FROM clusters WHERE id = ?", [cluster_id]).fetchone()
        if row is None:
            return None
        out = json.loads(row[0])
        members = cur.execute(
            """SELECT m.event_id, m.position, m.score, m.article_id, a.outlet, a.url, a.title, a.published,
                      m.historical, e.sentence_text
               FROM cluster_members m JOIN articles a ON a.id = m.article_id
               LEFT JOIN events e ON e.id = m.event_id
               WHERE m.cluster_id = ? ORDER BY m.position""", [cluster_id]).fetchall()
        keys = ("event_id", "position", "score", "article_id", "outlet", "url", "title", "published",
                "historical", "sentence")
        out["mentions"] = [dict(zip(keys, r)) for r in members]
        return out

    def stats(self) -> dict[str, Any]:
        """Row counts, date range and the commonest types, modalities and countries."""
        cur = self.cursor()
        out: dict[str, Any] = {"path": self.path, "schema_version": SCHEMA_VERSION}
        out["tables"] = {t: cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES
                         if self.version >= 2 or not t.startswith("cluster")}
        first, last = cur.execute(
            "SELECT min(COALESCE(date_start, published_date)), max(COALESCE(date_end, published_date)) FROM events"
        ).fetchone()
        out["event_dates"] = {"first": first.isoformat() if first else None, "last": last.isoformat() if last else None}

        def top(sql: str, n: int = 20) -> dict[str, int]:
            return {str(k): v for k, v in cur.execute(sql + f" ORDER BY 2 DESC, 1 LIMIT {n}").fetchall()}

        out["by_type"] = top("SELECT plover_type, count(*) FROM events GROUP BY 1")
        out["by_modality"] = top("SELECT modality, count(*) FROM events GROUP BY 1")
        out["by_quad_class"] = top("SELECT quad_class, count(*) FROM events GROUP BY 1")
        out["by_country"] = top("SELECT country, count(DISTINCT event_id) FROM event_actors "
                                "WHERE country IS NOT NULL GROUP BY 1")
        out["by_claimant"] = top("SELECT source_name, count(DISTINCT event_id) FROM attributions "
                                 "WHERE position = 0 GROUP BY 1")
        out["runs"] = [dict(zip(("id", "status", "executions", "finished_at"), (r[0], r[1], r[2], str(r[3]) if r[3] else None)))
                       for r in cur.execute("SELECT id, status, executions, finished_at FROM runs ORDER BY started_at").fetchall()]
        return out

    def export(self, format: str, out: Any = None, **filters: Any) -> int:  # noqa: A002
        """Write events as ``plover`` JSONL, ``gdelt`` (or ``gdelt-mentions``) TSV, ``csv`` or ``parquet``.

        ``out`` is a path or a text stream (default stdout; Parquet needs a path). Returns
        the number of events written.
        """
        from ..export import export_store

        return export_store(self, format, out, **filters)

    def export_lines(self, format: str, **filters: Any) -> Iterator[str]:  # noqa: A002
        """The export as a stream of lines (plover, gdelt, gdelt-mentions, csv), e.g. for HTTP."""
        from ..export import export_lines

        return export_lines(self, format, **filters)


def _columns(columns: str | Iterable[str] | None, default: str) -> str:
    if columns is None:
        return default
    if isinstance(columns, str):
        columns = [c.strip() for c in columns.split(",")]
    cols = list(columns)
    for c in cols:
        if c != "*" and not c.replace("_", "").isalnum():
            raise StoreError(f"bad column name {c!r}")
    return ", ".join(cols)


def _paging(limit: int | None, offset: int) -> str:
    # Integers only (validated here), so formatting them into the SQL is safe.
    out = ""
    if limit is not None:
        out += f" LIMIT {max(0, int(limit))}"
    if offset:
        out += f" OFFSET {max(0, int(offset))}"
    return out


_ARROW_TYPES: dict[str, Any] = {}


def _arrow_schema(cur: duckdb.DuckDBPyConnection, table: str) -> Any:
    """The table's columns as an Arrow schema (cached): rows are coerced to it, so a stage
    that hands over an int where a string is stored cannot break a batch."""
    import pyarrow as pa

    if table not in _ARROW_TYPES:
        mapping = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
                   "TINYINT": pa.int8(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
                   "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "VARCHAR[]": pa.list_(pa.string())}
        cols = cur.execute(f"DESCRIBE {table}").fetchall()
        _ARROW_TYPES[table] = pa.schema([(c[0], mapping[c[1]]) for c in cols])
    return _ARROW_TYPES[table]


def _coerce(value: Any, typ: Any) -> Any:
    import pyarrow as pa

    if value is None:
        return None
    if pa.types.is_string(typ):
        return value if isinstance(value, str) else str(value)
    if pa.types.is_list(typ):
        return [x if isinstance(x, str) else str(x) for x in value if x is not None]
    if pa.types.is_integer(typ):
        return int(value)
    if pa.types.is_floating(typ):
        return float(value)
    if pa.types.is_boolean(typ):
        return bool(value)
    if pa.types.is_date(typ) and isinstance(value, dt.datetime):
        return value.date()
    return value


def _insert(cur: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    import pyarrow as pa

    schema = _arrow_schema(cur, table)
    columns = {f.name: [_coerce(r.get(f.name), f.type) for r in rows] for f in schema}
    data = pa.Table.from_pydict(columns, schema=schema)
    cur.register("_eventwire_rows", data)
    try:
        cur.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _eventwire_rows")
    finally:
        cur.unregister("_eventwire_rows")
