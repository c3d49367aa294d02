"""The DuckDB schema of an event store, and its version.

Flattened query columns (dates, codes, places, modality...) sit beside JSON columns that
keep every annotation layer, so an article can be laid out again without re-parsing.
Nothing here depends on wall-clock time except ``runs``: re-running the same input, or
resuming a killed run, leaves byte-identical rows in every other table.
"""

from __future__ import annotations

#: Bump when a table changes; :class:`~eventwire.store.EventStore` refuses other versions.
#: Version 2 added ``clusters`` and ``cluster_members`` (dedup); opening a version-1 file for
#: writing creates them and bumps the version, read-only opens read it without them.
#: Version 3 added ``attributions.anonymous``; opening an older file for writing adds it
#: (NULL on the rows already stored, which were coded before anonymity was told).
SCHEMA_VERSION = 3
READABLE_VERSIONS: tuple[int, ...] = (1, 2, 3)
#: Columns added to existing tables after version 1, as (version, table, column definition).
ADDED_COLUMNS: tuple[tuple[int, str, str], ...] = ((3, "attributions", "anonymous BOOLEAN"),)

TABLES: tuple[str, ...] = (
    "articles", "events", "event_actors", "places", "attributions", "rejects", "runs",
    "clusters", "cluster_members",
)

DDL: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS schema_version (
        version INTEGER NOT NULL,
        created_by VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY,
        url VARCHAR,
        title VARCHAR,
        outlet VARCHAR,
        published VARCHAR,          -- ISO 8601 as given: a date, or a datetime with offset
        published_date DATE,
        language VARCHAR,
        origin VARCHAR,             -- file[:line] the article came from
        text VARCHAR NOT NULL,
        n_sentences INTEGER,
        n_events INTEGER NOT NULL,
        sentences VARCHAR,          -- JSON [[start, end], ...] character offsets
        layers VARCHAR,             -- JSON: entities, mentions, timexes, places, attributions
        run_id VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY,
        article_id VARCHAR NOT NULL,
        published_date DATE,
        outlet VARCHAR,
        sentence INTEGER,
        sentence_text VARCHAR,
        trigger_start INTEGER,
        trigger_end INTEGER,
        trigger_text VARCHAR,
        lemma VARCHAR,
        plover_type VARCHAR,
        plover_mode VARCHAR,
        plover_context VARCHAR[],
        plover_intensity DOUBLE,
        cameo_code VARCHAR,         -- string, leading zeros kept ("036")
        cameo_root VARCHAR,
        quad_class TINYINT,
        goldstein DOUBLE,
        date_start DATE,
        date_end DATE,
        date_precision VARCHAR,
        date_text VARCHAR,
        date_value VARCHAR,
        date_modifier VARCHAR,
        date_basis VARCHAR,
        date_span_start INTEGER,
        date_span_end INTEGER,
        place_text VARCHAR,
        place_name VARCHAR,
        place_geonameid BIGINT,
        place_lat DOUBLE,
        place_lon DOUBLE,
        place_country VARCHAR,
        place_admin1 VARCHAR,
        place_feature_class VARCHAR,
        place_feature_code VARCHAR,
        place_resolution TINYINT,
        place_span_start INTEGER,
        place_span_end INTEGER,
        actor_names VARCHAR[],
        actor_countries VARCHAR[],
        actor_sectors VARCHAR[],
        recipient_names VARCHAR[],
        recipient_countries VARCHAR[],
        recipient_sectors VARCHAR[],
        claimant VARCHAR,           -- first link of the according-to chain (original source)
        modality VARCHAR,
        historical BOOLEAN,
        confidence DOUBLE,
        evidence VARCHAR,
        quantities VARCHAR,         -- JSON object
        record VARCHAR NOT NULL     -- JSON of the whole Event, to rebuild it exactly
    )""",
    """CREATE TABLE IF NOT EXISTS event_actors (
        event_id VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL,
        role VARCHAR NOT NULL,      -- actor | recipient
        position INTEGER NOT NULL,
        text VARCHAR,
        name VARCHAR,
        country VARCHAR,
        sector VARCHAR,
        cameo VARCHAR,
        kb_id VARCHAR,
        kind VARCHAR,
        entity INTEGER,
        span_start INTEGER,
        span_end INTEGER,
        PRIMARY KEY (event_id, role, position)
    )""",
    """CREATE TABLE IF NOT EXISTS places (
        article_id VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        text VARCHAR,
        name VARCHAR,
        geonameid BIGINT,
        lat DOUBLE,
        lon DOUBLE,
        country VARCHAR,
        admin1 VARCHAR,
        feature_class VARCHAR,
        feature_code VARCHAR,
        resolution TINYINT,
        sentence INTEGER,
        span_start INTEGER,
        span_end INTEGER,
        PRIMARY KEY (article_id, position)
    )""",
    """CREATE TABLE IF NOT EXISTS attributions (
        event_id VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL,
        position INTEGER NOT NULL,  -- 0 = original claimant ... last = closest to the outlet
        relation_id INTEGER,
        via INTEGER,
        source_text VARCHAR,
        source_name VARCHAR,
        source_country VARCHAR,
        source_sector VARCHAR,
        source_cameo VARCHAR,
        source_kb_id VARCHAR,
        cue VARCHAR,
        kind VARCHAR,
        text VARCHAR,
        denial BOOLEAN,
        anonymous BOOLEAN,          -- unnamed people ("sources said") or granted anonymity
        cue_start INTEGER,
        cue_end INTEGER,
        source_start INTEGER,
        source_end INTEGER,
        content_start INTEGER,
        content_end INTEGER,
        PRIMARY KEY (event_id, position)
    )""",
    """CREATE TABLE IF NOT EXISTS rejects (
        key VARCHAR PRIMARY KEY,    -- hash of origin + reason: the same reject is stored once
        origin VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        run_id VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS runs (
        id VARCHAR PRIMARY KEY,     -- hash of inputs + config: re-running updates, never adds
        inputs VARCHAR,
        config VARCHAR,
        eventwire_version VARCHAR,
        executions INTEGER,
        status VARCHAR,             -- running | finished | failed
        started_at TIMESTAMP,
        finished_at TIMESTAMP,
        articles_seen BIGINT,
        articles_added BIGINT,
        articles_skipped BIGINT,
        events_added BIGINT,
        rejects BIGINT
    )""",
    """CREATE TABLE IF NOT EXISTS clusters (
        id VARCHAR PRIMARY KEY,     -- hash of the founding event id
        seq BIGINT NOT NULL,        -- creation order (ties between equally good clusters go to the older)
        canonical_event VARCHAR,    -- member whose type coding the cluster uses
        plover_type VARCHAR,
        plover_mode VARCHAR,
        cameo_code VARCHAR,
        cameo_root VARCHAR,
        quad_class TINYINT,
        goldstein DOUBLE,
        actor_names VARCHAR[],
        actor_countries VARCHAR[],
        recipient_names VARCHAR[],
        recipient_countries VARCHAR[],
        date_start DATE,            -- from the most precisely dated member
        date_end DATE,
        date_precision VARCHAR,
        place_name VARCHAR,         -- from the most resolved placed member
        place_geonameid BIGINT,
        place_lat DOUBLE,
        place_lon DOUBLE,
        place_country VARCHAR,
        place_admin1 VARCHAR,
        place_resolution TINYINT,
        modality VARCHAR,
        historical BOOLEAN,         -- every member is a historical mention
        num_mentions INTEGER NOT NULL,
        num_articles INTEGER NOT NULL,
        num_sources INTEGER NOT NULL,  -- distinct known outlets
        first_seen DATE,            -- earliest / latest publication day of a member
        last_seen DATE,
        outlets VARCHAR[],
        record VARCHAR NOT NULL     -- JSON of the whole EventCluster
    )""",
    """CREATE TABLE IF NOT EXISTS cluster_members (
        event_id VARCHAR PRIMARY KEY,
        cluster_id VARCHAR NOT NULL,
        position INTEGER NOT NULL,  -- joining order in the cluster, 0 = founder
        score DOUBLE,               -- match evidence when it joined (NULL for the founder)
        article_id VARCHAR NOT NULL,
        outlet VARCHAR,
        published_date DATE,
        historical BOOLEAN
    )""",
)
