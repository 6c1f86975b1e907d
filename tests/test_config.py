from __future__ import annotations

from pathlib import Path

import pytest

from marsad.config import Settings, default_db_url, load_settings
from marsad.errors import ConfigError


def test_config_defaults_use_the_embedded_sqlite_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MARSAD_DB", raising=False)
    s = load_settings()
    assert s.db == default_db_url() and s.db.startswith("sqlite:///") and s.db.endswith("marsad.db")
    assert s.lang == "auto"


def test_config_precedence_file_then_env_then_flags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "marsad.toml"
    cfg.write_text('lang = "en"\nwindow = 5\ndb = "sqlite:///from-file.db"\n', encoding="utf-8")
    monkeypatch.setenv("MARSAD_WINDOW", "7")
    s = load_settings(cfg, db="sqlite:///flag.db", lang=None)
    assert (s.lang, s.window, s.db) == ("en", 7, "sqlite:///flag.db")


@pytest.mark.parametrize("bad", [{"window": 0}, {"lang": "fr"}, {"date": "18/07/2025"}, {"colour": "red"}])
def test_config_rejects_invalid_values_with_e101(bad: dict[str, object]) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(**bad)
    assert info.value.code == "E101"


def test_config_every_field_has_help_text() -> None:
    assert all(f.description for f in Settings.model_fields.values())
