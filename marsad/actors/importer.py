"""Import PETRARCH/TABARI-format actor and agent dictionaries into Marsad's user-dictionary format.

Actor files hold blocks like::

    ASIF_ALI_ZARDARI                 # a name (words joined by _; a final _ marks a whole word)
    +PRESIDENT_ZARDARI               # synonyms
        [PAKGOV 20080909-20130908]   # dated codes: YYYYMMDD (or TABARI's YYMMDD) ranges, >after, <before
        [PAKELI]                     # an undated code: the default outside the dated ranges
    HEZBOLLAH_ [LBNREB] # comment    # or a code on the name's own line

Agent files hold ``NAME {PLURAL} [~SECTOR]`` lines and ``!MACRO! = A, B`` substitutions.
The result is plain data (``to_yaml``) that users keep, edit and load with ``--dict``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product
from typing import Any

from marsad.errors import DictionaryError

_CODE = re.compile(r"\[([^\]]*)\]")
_DATE = re.compile(r"^\d{6}(\d{2})?$")


@dataclass
class ImportedRole:
    code: str
    start: str | None = None
    end: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "start": self.start, "end": self.end}


@dataclass
class ImportedActor:
    name: str
    names: list[str] = field(default_factory=list)
    roles: list[ImportedRole] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "names": self.names, "roles": [r.to_dict() for r in self.roles]}


def iso_date(raw: str) -> str:
    """PETRARCH dates: YYYYMMDD, or TABARI's YYMMDD (years 50-99 are 19xx, 00-49 20xx)."""
    if not _DATE.match(raw):
        raise ValueError(f"not a date: {raw!r}")
    if len(raw) == 6:
        yy = int(raw[:2])
        raw = f"{1900 + yy if yy >= 50 else 2000 + yy}{raw[2:]}"
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"


def parse_role(text: str) -> ImportedRole:
    """``PAKGOV 20080909-20130908``, ``IGO >091201``, ``ISR <950101``, ``PAK``."""
    parts = text.split()
    if not parts:
        raise ValueError("empty code")
    # a compound code ("ELR/GAL": the name stands for several actors) keeps its first actor
    code, rest = parts[0].strip("~").split("/")[0].upper(), "".join(parts[1:])
    if not rest:
        return ImportedRole(code)
    if rest.startswith(">"):
        return ImportedRole(code, start=iso_date(rest[1:]))
    if rest.startswith("<"):
        return ImportedRole(code, end=iso_date(rest[1:]))
    start, _, end = rest.partition("-")
    s, e = iso_date(start), iso_date(end) if end else None
    if e is not None and e < s:
        e = None  # UniversalPetrarch writes an open end as a date before the start (18000101)
    return ImportedRole(code, s, e)


def _name(raw: str) -> str:
    """PETRARCH writes names in capitals with _ between words; Marsad matches Latin names in any case."""
    return " ".join(raw.replace("_", " ").split()).lower()


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def parse_actors(text: str, source: str = "<text>", problems: list[str] | None = None) -> list[ImportedActor]:
    """Actors of a PETRARCH actor file. A malformed line is skipped and described in ``problems``
    (when given; otherwise it raises E401)."""
    actors: list[ImportedActor] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw)
        stripped = line.strip()
        if not stripped or stripped.startswith("<!--") or stripped.startswith(("-->", "<")):
            continue
        try:
            _actor_line(actors, line, stripped)
        except ValueError as exc:
            if problems is None:
                raise DictionaryError("E401", path=source, detail=f"line {number}: {exc}") from None
            problems.append(f"{source}:{number}: {exc}; line skipped")
    # "---" and "+++" mark names that stand for no actor (PETRARCH's null codes): they are not imported
    return [a for a in actors if a.roles and not any(r.code.strip("-+") == "" for r in a.roles)]


def _actor_line(actors: list[ImportedActor], line: str, stripped: str) -> None:
    codes = [parse_role(c) for c in _CODE.findall(stripped)]
    head = _CODE.sub("", stripped).strip()
    if stripped.startswith("+"):
        if not actors:
            raise ValueError("a synonym (+) before any actor")
        actors[-1].names.append(_name(head[1:]))
        actors[-1].roles.extend(codes)
    elif line[:1].isspace() and not head:
        if not actors:
            raise ValueError("a code line before any actor")
        actors[-1].roles.extend(codes)
    elif head:
        name = _name(head)
        actors.append(ImportedActor(name, [name], codes))


def parse_agents(text: str, source: str = "<text>", problems: list[str] | None = None) -> list[dict[str, Any]]:
    """Agents as ``{"sector": ..., "names": [...]}``, macros expanded, plurals in braces kept.
    A malformed line is skipped and described in ``problems`` (when given; otherwise it raises E401)."""
    macros: dict[str, list[str]] = {}
    by_sector: dict[str, list[str]] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw).strip()
        if not line or line.startswith(("<", "-->")):
            continue
        macro = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(line)
        if not codes:
            if problems is None:
                raise DictionaryError("E401", path=source, detail=f"line {number}: no [~CODE] in {line!r}")
            problems.append(f"{source}:{number}: no [~CODE] in {line!r}; line skipped")
            continue
        sector = codes[0].strip().strip("~").upper()
        head = _CODE.sub("", line)
        plurals = re.findall(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        names = [head, *[p for group in plurals for p in group.split(",")]]
        for name in names:
            for expanded in _expand(name.strip(), macros):
                if expanded:
                    by_sector.setdefault(sector, []).append(_name(expanded))
    return [{"sector": s, "names": sorted(set(n))} for s, n in sorted(by_sector.items())]


def _expand(name: str, macros: dict[str, list[str]]) -> list[str]:
    keys = re.findall(r"![A-Z]+!", name)
    if not keys:
        return [name]
    parts = re.split(r"(![A-Z]+!)", name)
    options = [macros.get(p, [p]) if p in keys else [p] for p in parts]
    return ["".join(choice) for choice in product(*options)]
