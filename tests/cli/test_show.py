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
