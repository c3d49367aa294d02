"""``eventwire show ARTICLE_ID|FILE``: one article with its events laid out and explained.

Shows the text with triggers highlighted, then each event (who, what, whom, when, where,
how certain, according to whom, and the rule that coded it), then an actor report and the
time, place and attribution layers, so a reader can see why every field has its value.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import EXIT_REJECTS, app
from .common import build_config, open_store, parse_date_option
from .render import QUAD_STYLE, wide_console


def _actor(a: dict[str, Any]) -> str:
    bits = [a.get("name") or a.get("text") or "?"]
    codes = [x for x in (a.get("country"), a.get("sector")) if x]
    if codes:
        bits.append("/".join(codes))
    if a.get("cameo"):
        bits.append(f"CAMEO {a['cameo']}")
    if a.get("kb_id"):
        bits.append(a["kb_id"])
    return " ".join(bits[:1]) + (f" ({', '.join(bits[1:])})" if len(bits) > 1 else "")


def _when(w: dict[str, Any] | None) -> str:
    if not w:
        return "unknown (no time expression governs this event)"
    start, end = w.get("start"), w.get("end")
    span = start if start == end or not end else f"{start} .. {end}"
    out = f"{span or '?'}  precision={w.get('precision')}  basis={w.get('basis')}"
    if w.get("text"):
        out += f'  from "{w["text"]}"'
    if w.get("value"):
        out += f"  value={w['value']}"
    if w.get("modifier"):
        out += f"  ({w['modifier']})"
    return out


def _where(p: dict[str, Any] | None) -> str:
    if not p:
        return "-"
    out = f"{p.get('name') or p.get('text')}"
    extra = [x for x in (p.get("country"), p.get("admin1") and f"admin1 {p['admin1']}") if x]
    if p.get("lat") is not None:
        extra.append(f"{p['lat']:.4f}, {p['lon']:.4f}")
    if p.get("geonameid"):
        extra.append(f"geonames {p['geonameid']}")
    if p.get("resolution"):
        extra.append(f"resolution {p['resolution']}")
    if p.get("text") and p.get("text") != p.get("name"):
        extra.append(f'from "{p["text"]}"')
    return out + (f" ({', '.join(extra)})" if extra else "")


def _chain(chain: list[dict[str, Any]]) -> str:
    if not chain:
        return "- (stated by the article itself)"
    links = []
    for at in chain:
        src = at.get("source") or {}
        unnamed = "unnamed outlet" if at.get("kind") == "outlet" else "unnamed source"
        name = src.get("name") or src.get("text") or unnamed
        marks = (", anonymous" if at.get("anonymous") else "") + (", denies" if at.get("denial") else "")
        links.append(f"{name} ({at.get('cue')}, {at.get('kind')}{marks})")
    return " -> ".join(links)


def highlighted_text(article: dict[str, Any]) -> Text:
    """The article text, triggers coloured by quad class and numbered, actor mentions underlined."""
    text = Text(article["text"])
    for m in article.get("mentions") or []:
        text.stylize("underline", m["start"], m["end"])
    for n, e in enumerate(article.get("events") or [], 1):
        t = e.get("trigger") or {}
        style = QUAD_STYLE.get((e.get("cameo") or {}).get("quad_class") or 0, "magenta")
        text.stylize(f"bold {style} reverse", t.get("start", 0), t.get("end", 0))
    return text


def render_article(article: dict[str, Any], console: Console) -> None:
    head = article.get("title") or "(untitled)"
    console.rule(f"[bold]{head}")
    meta = [f"id {article['id']}"] + [f"{k} {article[k]}" for k in ("outlet", "published", "url", "origin") if article.get(k)]
    console.print("[dim]" + " | ".join(meta) + "[/]")
    console.print(highlighted_text(article))
    events = article.get("events") or []
    console.rule(f"{len(events)} events")
    for n, e in enumerate(events, 1):
        p, c = e.get("plover") or {}, e.get("cameo") or {}
        t = e.get("trigger") or {}
        style = QUAD_STYLE.get(c.get("quad_class") or 0, "magenta")
        console.print(f"[bold {style}]#{n} {p.get('type')} / CAMEO {c.get('code')}[/]  "
                      f'trigger "{t.get("text") or article["text"][t.get("start", 0):t.get("end", 0)]}" '
                      f"(sentence {e.get('sentence')}, chars {t.get('start')}-{t.get('end')})")
        rows = [
            ("why", f"{e.get('evidence') or '?'} (lemma {e.get('lemma')!r}, confidence {e.get('confidence')})"),
            ("who", "; ".join(_actor(a) for a in e.get("actor") or []) or "-"),
            ("what", f"PLOVER {p.get('type')}" + (f" mode={p['mode']}" if p.get("mode") else "")
             + (f" context={','.join(p['context'])}" if p.get("context") else "")
             + f" | CAMEO {c.get('code')} root {c.get('root')} quad {c.get('quad_class')} goldstein {c.get('goldstein')}"),
            ("whom", "; ".join(_actor(a) for a in e.get("recipient") or []) or "-"),
            ("when", _when(e.get("when"))),
            ("where", _where(e.get("where"))),
            ("modality", f"{e.get('modality')}" + ("  historical: yes" if e.get("historical") else "  historical: no")),
            ("according to", _chain(e.get("according_to") or [])),
        ]
        if e.get("quantities"):
            rows.append(("quantities", ", ".join(f"{k}={v:g}" for k, v in e["quantities"].items())))
        rows.append(("sentence", e.get("text") or ""))
        for key, value in rows:
            console.print(f"   [bold]{key:>12}[/] {value}", highlight=False)
    _layers(article, console)


def _layers(article: dict[str, Any], console: Console) -> None:
    text = article["text"]
    mentions: dict[int, list[dict[str, Any]]] = {}
    for m in article.get("mentions") or []:
        mentions.setdefault(m.get("entity", -1), []).append(m)
    actors = Table(title="actors (one row per entity, with every mention)")
    for col in ("#", "name", "kind", "country", "sector", "cameo", "kb_id", "mentions"):
        actors.add_column(col)
    for i, ent in enumerate(article.get("entities") or []):
        ms = mentions.get(ent.get("entity", i), []) or [
            {"start": s["start"], "end": s["end"], "kind": ""} for s in ent.get("spans") or []]
        listed = "; ".join(f'"{text[m["start"]:m["end"]]}"@{m["start"]}' + (f" {m['kind']}" if m.get("kind") else "")
                           for m in ms)
        actors.add_row(str(i), ent.get("name") or ent.get("text") or "", ent.get("kind") or "",
                       ent.get("country") or "", ent.get("sector") or "", ent.get("cameo") or "",
                       ent.get("kb_id") or "", listed)
    console.print(actors)
    times = Table(title="time expressions")
    for col in ("text", "interval", "precision", "type/value", "at"):
        times.add_column(col)
    for t in article.get("timexes") or []:
        span = t.get("span") or {}
        times.add_row(t.get("text") or "", f"{t.get('start')} .. {t.get('end')}", t.get("precision") or "",
                      f"{t.get('type')} {t.get('value') or ''}", str(span.get("start", "")))
    console.print(times)
    places = Table(title="places")
    for col in ("text", "resolved", "at"):
        places.add_column(col)
    for p in article.get("places") or []:
        places.add_row(p.get("text") or "", _where(p), str((p.get("span") or {}).get("start", "")))
    console.print(places)
    attrs = Table(title="attributions")
    for col in ("#", "source", "cue", "kind", "via", "content"):
        attrs.add_column(col)
    for a in article.get("attributions") or []:
        src = a.get("source") or {}
        content = a.get("content_span") or {}
        # the attributed words themselves: a content in pieces ('“A,” he said, “B.”') is joined by "…"
        snippet = a.get("text") or (text[content.get("start", 0):content.get("end", 0)] if content else "")
        attrs.add_row(str(a.get("id")), _actor(src) if src else "-", a.get("cue") or "", a.get("kind") or "",
                      "" if a.get("via") is None else str(a["via"]), snippet[:120])
    console.print(attrs)


@app.command("show")
def show_command(
    target: Annotated[str, typer.Argument(help="A stored article id, or a file to code now")],
    db: Annotated[Path, typer.Option("--db", help="Event store to look the id up in")] = Path("eventwire.duckdb"),
    published: Annotated[Optional[str], typer.Option(help="Publication date when coding a file")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy model package or path")] = None,
    config: Annotated[Optional[Path], typer.Option(help="TOML configuration file")] = None,
) -> None:
    """Show one article with its events laid out and explained."""
    console = wide_console()
    if Path(target).is_file() or target == "-":
        from ..ingest import ReadOptions, Reject, read
        from ..pipeline import Pipeline
        from ..store.rows import article_view

        cfg = build_config(model, config)
        opts = ReadOptions(max_chars=cfg.max_chars, published=parse_date_option(published, "--published"))
        pipeline = Pipeline(config=cfg)
        shown = 0
        for item in read([target], opts):
            if isinstance(item, Reject):
                console.print(f"[red]rejected {item.origin}: {item.reason}[/]")
                continue
            render_article(article_view(pipeline(item)), console)
            shown += 1
        if not shown:
            raise typer.Exit(EXIT_REJECTS)
        return
    store = open_store(db, read_only=True)
    article = store.article(target)
    if article is None:
        raise typer.BadParameter(f"no article {target!r} in {db} and no such file", param_hint="ARTICLE_ID|FILE")
    render_article(article, console)
