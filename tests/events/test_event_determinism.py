"""The same article gives the same events in every process, whatever Python's hash seed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

SCRIPT = """
import json, eventwire
text = ("Lawmakers in parliament accused the army and the spy agency of rigging the election, "
        "and a court ordered troops back to their barracks before the vote.")
print(json.dumps([[e.id, e.plover.type, e.plover.context] for e in eventwire.code(text, published="2021-05-03")]))
"""


def test_contexts_and_events_do_not_depend_on_the_hash_seed():
    outs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        p = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300)
        assert p.returncode == 0, p.stderr
        outs.append(p.stdout)
    assert outs[0] == outs[1] == outs[2]
    assert any(len(ctx) > 1 for _, _, ctx in json.loads(outs[0]))  # several contexts to order
