"""One validated settings object, read from defaults, a TOML file, MARSAD_* variables and flags."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from marsad.errors import ConfigError


def default_db_url() -> str:
    """The embedded default: a SQLite file in the user's data directory."""
    path = Path(platformdirs.user_data_dir("marsad", appauthor=False)) / "marsad.db"
    return f"sqlite:///{path}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MARSAD_", extra="forbid", frozen=True)

    db: str = Field(
        default_factory=default_db_url,
        description="Database URL (sqlite:///PATH); default: marsad.db in the user data dir.",
    )
    lang: Literal["auto", "ar", "en"] = Field(
        "auto", description="Language of input documents that do not say; 'auto' detects it by script."
    )
    date: str | None = Field(None, description="Publication date (YYYY-MM-DD) for documents that do not give one.")
    window: int = Field(
        8, ge=1, le=40, description="How many tokens from a trigger an actor may stand and still be its argument."
    )
    complement_window: int = Field(
        6, ge=1, le=20, description="How many tokens after a trigger a pattern's complement word may stand."
    )
    dictionaries: list[str] = Field(
        default_factory=list,
        description="User dictionaries (Marsad YAML, e.g. from 'marsad dict import') loaded with the built-in ones.",
    )
    patterns: list[str] = Field(
        default_factory=list,
        description="User event-pattern files (data_src/events schema, e.g. from 'marsad dict import-verbs').",
    )
    patterns_mode: Literal["add", "replace"] = Field(
        "add", description="'add' user patterns before the built-in ones, or 'replace' the built-in ones."
    )
    min_confidence: float = Field(0.0, ge=0.0, le=1.0, description="Events below this confidence are dropped.")
    max_document_chars: int = Field(
        5_000_000,
        ge=1,
        description="Longer documents are recorded as failed (E308), not coded (coding takes ~10 s a million).",
    )
    # REST API ('marsad serve')
    api_read_open: bool = Field(
        True, description="Read endpoints answer without an API key (write endpoints always need one)."
    )
    api_max_body: int = Field(5_000_000, ge=1_000, description="Largest request body the API accepts, in bytes.")
    api_max_page: int = Field(500, ge=1, le=10_000, description="Largest page of events one API request returns.")
    api_max_documents: int = Field(500, ge=1, description="Most documents one POST /v1/documents may carry.")
    api_rate: int = Field(600, ge=1, description="Requests per minute one client (API key or address) may make.")
    api_write_rate: int = Field(120, ge=1, description="Write requests per minute one API key may make.")
    api_cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed to call the API from a browser (CORS); none by default."
    )

    @field_validator("date")
    @classmethod
    def _check_date(cls, value: str | None) -> str | None:
        if value is not None:
            check_date(value)
        return value


def check_date(value: str) -> str:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise ConfigError("E103", value=value) from None
    if len(value) != 10:
        raise ConfigError("E103", value=value)
    return value


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Settings from (lowest first) defaults, a TOML file, MARSAD_* variables, then ``overrides``.

    ``None`` overrides are ignored, so CLI flags that were not given do not mask the file or env.
    """
    values: dict[str, Any] = {}
    try:
        if config_file is not None:
            try:
                values.update(tomllib.loads(Path(config_file).read_text(encoding="utf-8")))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError("E101", detail=f"cannot read {config_file}: {exc}") from None
        env = Settings()  # defaults + MARSAD_* variables
        values.update({name: getattr(env, name) for name in env.model_fields_set})
        values.update({k: v for k, v in overrides.items() if v is not None})
        return Settings(**values)
    except ValidationError as exc:
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ConfigError("E101", detail=detail) from None
