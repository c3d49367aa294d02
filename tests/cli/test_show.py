"""How ``eventwire show`` writes an according-to chain."""

from __future__ import annotations

from eventwire.cli.show import _chain


def test_chain_names_unnamed_sources_and_outlets():
    chain = [
        {"source": None, "cue": "report", "kind": "report"},
        {"source": {"name": "Yonhap", "text": "Yonhap news agency"}, "cue": "say", "kind": "indirect", "denial": True},
        {"source": None, "cue": "publish", "kind": "outlet"},
    ]
    assert _chain(chain) == (
        "unnamed source (report, report) -> Yonhap (say, indirect, denies) -> unnamed outlet (publish, outlet)"
    )
    assert _chain([]) == "- (stated by the article itself)"


def test_attribution_content_in_pieces_is_shown_without_the_words_between():
    from rich.console import Console

    from eventwire.cli.show import render_article

    text = "The vote was delayed, which the speaker said would happen next week."
    start = text.index("which")
    article = {
        "id": "a1", "text": text, "events": [],
        "attributions": [{
            "id": 0, "cue": "say", "kind": "indirect", "source": {"text": "the speaker", "name": "the speaker"},
            "text": "which … would happen next week",
            "content_span": {"start": start, "end": len(text) - 1},
        }],
    }
    console = Console(record=True, width=200)
    render_article(article, console)
    (row,) = [line for line in console.export_text().splitlines() if "│ say" in line]
    assert "which … would happen next week" in row
    assert "which the speaker said" not in row
