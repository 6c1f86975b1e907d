"""The CAMEO event ontology with Goldstein scores, QuadClass and PLOVER 2021 types."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from marsad import data
from marsad.errors import DictionaryError


@dataclass(frozen=True, slots=True)
class CodeInfo:
    code: str
    label: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


class Ontology:
    def __init__(self, codes: dict[str, dict[str, Any]]) -> None:
        self._codes = {code: CodeInfo(code=code, **rec) for code, rec in codes.items()}

    def __getitem__(self, code: str) -> CodeInfo:
        try:
            return self._codes[code]
        except KeyError:
            raise DictionaryError("E403", code=code, where="the ontology") from None

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __len__(self) -> int:
        return len(self._codes)

    def codes(self) -> list[str]:
        return sorted(self._codes)

    @classmethod
    def default(cls) -> Ontology:
        return cls(data.load("ontology.json")["codes"])
