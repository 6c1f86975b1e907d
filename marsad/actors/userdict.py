"""User dictionaries: Marsad's YAML format for actors and agents that users bring themselves
(written by hand or by ``marsad dict import`` from PETRARCH/TABARI files), loaded with ``--dict``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field

from marsad.actors.codes import NON_STATE
from marsad.actors.importer import ImportedActor
from marsad.build.common import Strict, keys, load_yaml

FORMAT_VERSION = 1


class UserRole(Strict):
    code: str = Field(pattern=r"^[A-Z0-9-]{3,15}$")
    start: date | None = None
    end: date | None = None


class UserActor(Strict):
    name: str
    names: list[str] = Field(min_length=1)
    roles: list[UserRole] = Field(min_length=1)


class UserAgent(Strict):
    sector: str = Field(pattern=r"^[A-Z0-9]{3,12}$")
    names: list[str] = Field(min_length=1)


class UserDictionary(Strict):
    marsad_dictionary: int = FORMAT_VERSION
    source: str | None = None
    actors: list[UserActor] = Field(default_factory=list)
    agents: list[UserAgent] = Field(default_factory=list)


def to_yaml(actors: list[ImportedActor], agents: list[dict[str, Any]], source: str) -> str:
    doc = {
        "marsad_dictionary": FORMAT_VERSION,
        "source": source,
        "actors": [a.to_dict() for a in actors],
        "agents": agents,
    }
    header = f"# Marsad user dictionary, imported from {source} by 'marsad dict import'.\n"
    return header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)


def load(path: str | Path) -> UserDictionary:
    spec: UserDictionary = load_yaml(Path(path), UserDictionary)
    return spec


def records(path: str | Path) -> list[dict[str, Any]]:
    """Compiled actor records (the shape of marsad/data/actors.json entries) of a user dictionary."""
    spec = load(path)
    tag = Path(path).stem
    out: list[dict[str, Any]] = []
    for k, actor in enumerate(spec.actors):
        out.append(_actor_record(f"user:{tag}:{k}", actor))
    for k, agent in enumerate(spec.agents):
        out.append(
            {
                "id": f"user:{tag}:agent:{k}",
                "kind": "agent",
                "code": agent.sector,
                "country": None,
                "sector": agent.sector,
                "org": None,
                "name": None,
                "keys": keys(agent.names),
            }
        )
    return out


def _actor_record(id_: str, actor: UserActor) -> dict[str, Any]:
    roles = actor.roles
    if (
        len(roles) == 1
        and roles[0].start is None
        and roles[0].end is None
        and len(roles[0].code) == 3
        and roles[0].code not in NON_STATE
    ):
        code = roles[0].code  # a plain country code: an anchor that agents combine with
        return {
            "id": id_,
            "kind": "country",
            "code": code,
            "country": code,
            "sector": None,
            "org": None,
            "name": actor.name,
            "keys": keys(actor.names),
        }
    compiled = [
        {
            "code": r.code,
            "country": None if r.code[:3] in NON_STATE else r.code[:3],
            "sector": None if r.code[:3] in NON_STATE else (r.code[3:6] or None),
            "org": None,
            "title": "",
            "start": r.start.isoformat() if r.start else None,
            "end": r.end.isoformat() if r.end else None,
        }
        for r in sorted(roles, key=lambda r: (r.start is not None or r.end is not None, r.start or date.min))
    ]
    return {
        "id": id_,
        "kind": "person",
        "code": compiled[-1]["code"],
        "country": None,
        "sector": None,
        "org": None,
        "name": actor.name,
        "keys": keys(actor.names),
        "roles": compiled,
    }
