"""Shared pieces of the data build: strict schemas, YAML/TSV loading, trie keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from marsad.errors import DictionaryError
from marsad.lang.tokenize import entry_key


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def load_yaml(path: Path, model: type[Strict]) -> Any:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return model.model_validate(data)
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError("E401", path=path, detail=str(exc)) from None
    except ValidationError as exc:
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:5])
        raise DictionaryError("E401", path=path, detail=detail) from None


def keys(names: list[str]) -> list[list[str]]:
    out: list[list[str]] = []
    for name in names:
        key = list(entry_key(name))
        if key and key not in out:
            out.append(key)
    return out


def data_lines(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DictionaryError("E401", path=path, detail=str(exc)) from None
    return [line for line in lines if line.strip() and not line.startswith("#")]
