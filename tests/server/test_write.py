"""Coding and storing articles: the size limit, the token rule, and readers during writes."""

from __future__ import annotations

import threading

import httpx
import pytest

pytestmark = pytest.mark.slow

ARTICLE = {"text": "Norway met Chile in Oslo on 2 March 2021. Chile accused Ghana in Accra, according to the foreign ministry.",
           "published": "2021-03-04", "title": "Two events"}


def test_code_without_storing(start_server):
    srv = start_server()
    with srv.client() as c:
        before = c.get("/v1/stats").json()["total"]
        r = c.post("/v1/code", json=ARTICLE)
        assert r.status_code == 200
        art = r.json()
        assert not art["stored"]
        assert [e["plover"]["type"] for e in art["events"]] == ["CONSULT", "ACCUSE"]
        e = art["events"][1]
        assert e["according_to"][0]["source"]["name"] == "Foreign Ministry"
        assert art["text"][e["trigger"]["start"]:e["trigger"]["end"]] == "accused"
        assert [ARTICLE["text"][s:e].strip()[:5] for s, e in art["sentences"]] == ["Norwa", "Chile"]
        assert c.get("/v1/stats").json()["total"] == before


def test_storing_on_loopback_needs_no_token(start_server):
    srv = start_server()
    with srv.client() as c:
        before = c.get("/v1/stats").json()["tables"]
        art = c.post("/v1/code", json={**ARTICLE, "store": True}).json()
        assert art["stored"] and not art["already_stored"]
        after = c.get("/v1/stats").json()["tables"]
        assert (after["articles"], after["events"]) == (before["articles"] + 1, before["events"] + 2)
        assert c.get(f"/v1/articles/{art['id']}").json()["events"] == art["events"]
        assert after["cluster_members"] == after["events"]  # every stored event is clustered at once
        again = c.post("/v1/code", json={**ARTICLE, "store": True}).json()
        assert again["already_stored"] and not again["stored"]
        assert c.get("/v1/stats").json()["tables"]["events"] == after["events"]


def test_body_size_limit(start_server):
    srv = start_server("--max-body", "4000")
    with srv.client() as c:
        small = c.post("/v1/code", json={"text": "Norway met Chile in Oslo."})
        assert small.status_code == 200
        big = c.post("/v1/code", json={"text": "Norway met Chile. " * 400})
        assert big.status_code == 413
        assert big.json()["status"] == 413 and "4,000" in big.json()["message"]

        def chunks():  # no Content-Length: the server must count as it reads
            yield b'{"text": "'
            for _ in range(100):
                yield b"Norway met Chile. " * 5
            yield b'"}'

        chunked = c.post("/v1/code", content=chunks(), headers={"content-type": "application/json"})
        assert chunked.status_code == 413
        assert c.get("/v1/stats").status_code == 200  # the server is fine afterwards


def test_non_loopback_without_token_cannot_store(start_server):
    srv = start_server("--bind-as", "0.0.0.0")
    with srv.client() as c:
        r = c.post("/v1/code", json={**ARTICLE, "store": True})
        assert r.status_code == 403 and "--token" in r.json()["message"]
        assert c.post("/v1/code", json=ARTICLE).status_code == 200  # coding alone writes nothing
        assert c.get("/v1/meta").json()["writing"] == {"token_required": True, "enabled": False}


def test_non_loopback_with_token(start_server):
    srv = start_server("--bind-as", "192.0.2.10", "--token", "s3cret-token")
    with srv.client() as c:
        body = {**ARTICLE, "store": True}
        no = c.post("/v1/code", json=body)
        assert no.status_code == 401 and no.headers["www-authenticate"] == "Bearer"
        wrong = c.post("/v1/code", json=body, headers={"Authorization": "Bearer guess"})
        assert wrong.status_code == 401
        basic = c.post("/v1/code", json=body, headers={"Authorization": "Basic czNjcmV0LXRva2Vu"})
        assert basic.status_code == 401
        ok = c.post("/v1/code", json=body, headers={"Authorization": "Bearer s3cret-token"})
        assert ok.status_code == 200 and ok.json()["stored"]
        assert c.get("/v1/events", params={"article_id": ok.json()["id"]}).json()["total"] == 2


def test_readers_keep_answering_while_a_writer_stores(start_server):
    srv = start_server()
    n_articles = 12
    with srv.client() as c:
        start = c.get("/v1/stats").json()["tables"]
    failures: list[str] = []
    totals: list[int] = []
    done = threading.Event()

    def write() -> None:
        with srv.client() as c:
            for i in range(n_articles):
                text = f"Japan signed a deal with Kenya in Tokyo on {i + 1} May 2021. Kenya sent aid to Chile in Santiago."
                r = c.post("/v1/code", json={"text": text, "published": "2021-05-20", "store": True})
                if r.status_code != 200 or not r.json()["stored"]:
                    failures.append(f"write {i}: {r.status_code} {r.text[:200]}")
        done.set()

    def read() -> None:
        with srv.client() as c:
            while not done.is_set():
                for path in ("/v1/events?limit=20&sort=-date", "/v1/stats", "/v1/views/network"):
                    r = c.get(path)
                    if r.status_code != 200:
                        failures.append(f"read {path}: {r.status_code} {r.text[:200]}")
                totals.append(c.get("/v1/events", params={"limit": 1}).json()["total"])

    threads = [threading.Thread(target=write)] + [threading.Thread(target=read) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not failures
    assert totals and min(totals) >= start["events"]
    with srv.client() as c:
        end = c.get("/v1/stats").json()["tables"]
    assert end["articles"] == start["articles"] + n_articles
    assert end["events"] == start["events"] + 2 * n_articles
    # Each reader saw the store grow, never shrink or show half an article.
    assert all(t % 2 == start["events"] % 2 for t in totals)


def test_eventwire_serve_command(tmp_path, fixture_db):
    import shutil
    import sys

    from .conftest import LiveServer, free_port

    db = tmp_path / "s.duckdb"
    shutil.copy(fixture_db, db)
    port = free_port()
    exe = [sys.executable, "-c", "from eventwire.cli import main; main()"]
    srv = LiveServer([*exe, "serve", "--db", str(db), "--port", str(port), "--read-only", "--log-level", "warning"],
                     port, tmp_path / "log.txt").start()
    try:
        with httpx.Client(base_url=srv.url, timeout=120) as c:
            assert c.get("/v1/stats").json()["tables"]["articles"] == 40
            r = c.post("/v1/code", json={"text": "Norway met Chile.", "store": True})
            assert r.status_code == 403 and "read-only" in r.json()["message"]
            assert c.get("/").status_code == 200
            # Coding without storing runs the default pipeline (spaCy loads on this first call).
            text = "The foreign ministers met in Oslo on Monday. They signed a trade pact."
            r = c.post("/v1/code", json={"text": text, "published": "2021-03-10"})
            assert r.status_code == 200, r.text
            art = r.json()
            assert [text[s:e].strip() for s, e in art["sentences"]] == [
                "The foreign ministers met in Oslo on Monday.", "They signed a trade pact."]
            assert art["stored"] is False and isinstance(art["events"], list)
    finally:
        srv.stop()
    assert "serving" in (tmp_path / "log.txt").read_text()


def test_serve_refuses_a_store_another_process_holds(tmp_path, fixture_db):
    import shutil
    import subprocess
    import sys

    from eventwire.store import EventStore

    db = tmp_path / "held.duckdb"
    shutil.copy(fixture_db, db)
    with EventStore(db):  # this test process owns the file, as `eventwire code` would
        done = subprocess.run([sys.executable, "-c", "from eventwire.cli import main; main()", "serve", "--db", str(db),
                               "--port", "1"], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "cannot open" in done.stderr and str(db) in done.stderr
