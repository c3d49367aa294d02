"""Clear errors before Spark starts: no Java, no pyspark."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.spark.session import java_command, require_java


def test_missing_java_is_a_clear_config_error(monkeypatch, tmp_path):
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))  # a folder without bin/java
    assert java_command() is None
    with pytest.raises(ConfigError, match="Java 17"):
        require_java()


def test_cli_reports_missing_java_as_usage_error(monkeypatch, tmp_path, capsys):
    from eventwire.cli import main

    src = tmp_path / "a.txt"
    src.write_text("Chile and Peru met.\n", encoding="utf-8")
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    monkeypatch.setattr("sys.argv", ["eventwire", "spark", str(src), "--out", str(tmp_path / "out")])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 2
    assert "Java 17" in capsys.readouterr().err


@pytest.mark.slow
def test_quiet_spark_run_prints_no_log_chatter(tmp_path):
    """``--quiet`` in its own process (a fresh JVM): no progress, no Spark log-level notice."""
    import subprocess
    import sys

    pytest.importorskip("pyspark")
    if java_command() is None:
        pytest.skip("no Java runtime for Spark")
    src = tmp_path / "a.txt"
    src.write_text("Chile and Peru signed a trade agreement in Lima on Monday.\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "eventwire", "spark", str(src), "--out", str(tmp_path / "out"), "--quiet"],
        capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr
    assert "log level" not in run.stderr
    assert not [line for line in run.stderr.splitlines() if " WARN " in line or " INFO " in line]
