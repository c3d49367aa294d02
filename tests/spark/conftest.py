"""One real local-mode Spark session for the Spark tests (two cores, small memory, no UI)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark")
    from eventwire.spark import local_session
    from eventwire.spark.session import java_command

    if java_command() is None:
        pytest.skip("no Java runtime for Spark")
    session = local_session("local[2]", memory="512m")
    yield session
    session.stop()
