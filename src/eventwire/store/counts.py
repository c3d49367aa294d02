"""Events counted by one field: what happened, where, when, and how each claim is sourced
(its original claimant, that claimant's code, anonymity, the news medium it went through).

Each entry is one SQL query over the filtered events (``{where}``, the filter clause);
``{anonymous}`` is the ``attributions.anonymous`` column, or NULL on stores older than
schema version 3, whose claims count as "(not recorded)".
"""

from __future__ import annotations


def _by_first_claimant(label: str, column: str, name: str) -> str:
    """Events counted by ``label``, a CASE over ``first``: each event's first link that names a
    source, with its ``kind`` and its ``column`` as ``name`` (NULL kept, never a later link's)."""
    return (f"SELECT CASE WHEN first.kind IS NULL OR first.kind = 'outlet' THEN '(the article itself)' {label}, "
            "count(*) AS events FROM (SELECT * FROM events{where}) events LEFT JOIN ("
            f"SELECT event_id, arg_min_null({column}, position) AS {name}, arg_min(kind, position) AS kind "
            "FROM attributions WHERE source_name IS NOT NULL OR source_text IS NOT NULL GROUP BY event_id"
            ") first ON first.event_id = events.id GROUP BY 1 ORDER BY 2 DESC, 1")


#: Field name -> SQL over the filtered events.
COUNT_BY: dict[str, str] = {
    # the original claimant: the first link of the chain that names a source (as events.claimant)
    "claimant": ("SELECT COALESCE(claimant, '(the article itself)') AS claimant, count(*) AS events "
                 "FROM events{where} GROUP BY 1 ORDER BY 2 DESC, 1"),
    # ... and its CAMEO actor code: "PRKMED" (North Korean media), "KORMIL", ...
    "claimant_code": _by_first_claimant("ELSE COALESCE(first.code, '(unresolved)') END AS claimant_code",
                                        "source_cameo", "code"),
    # how the original claim is sourced: by the article itself, a named source or an anonymous one
    "sourcing": _by_first_claimant("WHEN first.anonymous IS NULL THEN '(not recorded)' "
                                   "WHEN first.anonymous THEN 'anonymous' ELSE 'not anonymous' END AS sourcing",
                                   "{anonymous}", "anonymous"),
    # the first news medium the claim went through before the outlet (the claimant itself,
    # or a relay: "Kim said in a statement carried by KCNA" is PRKMED)
    "media_code": ("SELECT CASE WHEN media.event_id IS NULL THEN '(no medium but the outlet)' "
                   "ELSE COALESCE(media.code, '(unresolved)') END AS media_code, count(*) AS events "
                   "FROM (SELECT * FROM events{where}) events LEFT JOIN ("
                   "SELECT event_id, arg_min_null(source_cameo, position) AS code FROM attributions "
                   "WHERE kind <> 'outlet' AND source_sector = 'JRN' GROUP BY event_id"
                   ") media ON media.event_id = events.id GROUP BY 1 ORDER BY 2 DESC, 1"),
    "type": "SELECT plover_type AS type, count(*) AS events FROM events{where} GROUP BY 1 ORDER BY 2 DESC, 1",
    "country": ("SELECT ea.country AS country, count(DISTINCT events.id) AS events FROM (SELECT * FROM events{where}) events "
                "JOIN event_actors ea ON ea.event_id = events.id AND ea.country IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1"),
    "modality": "SELECT modality, count(*) AS events FROM events{where} GROUP BY 1 ORDER BY 2 DESC, 1",
    "cameo_root": "SELECT cameo_root, count(*) AS events FROM events{where} GROUP BY 1 ORDER BY 2 DESC, 1",
    "quad_class": "SELECT quad_class, count(*) AS events FROM events{where} GROUP BY 1 ORDER BY 2 DESC, 1",
    "month": ("SELECT strftime(COALESCE(date_start, published_date), '%Y-%m') AS month, count(*) AS events "
              "FROM events{where} GROUP BY 1 ORDER BY 1"),
    "outlet": "SELECT outlet, count(*) AS events FROM events{where} GROUP BY 1 ORDER BY 2 DESC, 1",
}
