"""API keys. A key is ``marsad_<key_id>_<secret>``; the store keeps the key id, a name, a scope and the
SHA-256 of the secret, never the secret. The secret is 32 random bytes, so a fast hash is enough (no
password stretching is needed for a key nobody chose), and the check compares hashes in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, update

from marsad.errors import ApiError
from marsad.store.db import Store
from marsad.store.schema import api_keys

PREFIX = "marsad"
SCOPES = ("read", "write")


@dataclass(frozen=True, slots=True)
class ApiKey:
    key_id: str
    name: str
    scope: str
    created_at: str
    revoked_at: str | None

    def allows(self, scope: str) -> bool:
        return self.revoked_at is None and (self.scope == "write" or scope == "read")


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def create_key(store: Store, name: str, scope: str = "write") -> tuple[str, ApiKey]:
    """A new key: returns the full key (shown once, never stored) and its record."""
    if scope not in SCOPES:
        raise ApiError("E606", detail=f"scope must be one of {', '.join(SCOPES)}, not {scope!r}")
    key_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
    row = {"key_id": key_id, "name": name, "secret_hash": _hash(secret), "scope": scope, "created_at": _now()}
    with store.engine.begin() as conn:
        conn.execute(insert(api_keys).values(**row))
    return f"{PREFIX}_{key_id}_{secret}", ApiKey(key_id, name, scope, row["created_at"], None)


def list_keys(store: Store) -> list[ApiKey]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(api_keys).order_by(api_keys.c.created_at, api_keys.c.key_id))
        return [_key(r._mapping) for r in rows]


def revoke_key(store: Store, key_id: str) -> ApiKey:
    with store.engine.begin() as conn:
        conn.execute(
            update(api_keys)
            .where(api_keys.c.key_id == key_id, api_keys.c.revoked_at.is_(None))
            .values(revoked_at=_now())
        )
        row = conn.execute(select(api_keys).where(api_keys.c.key_id == key_id)).first()
    if row is None:
        raise ApiError("E608", key_id=key_id)
    return _key(row._mapping)


def verify_key(store: Store, presented: str | None) -> ApiKey:
    """The key record for a presented key; ApiError E601 (no key) or E602 (unknown, wrong or revoked)."""
    if not presented:
        raise ApiError("E601")
    parts = presented.strip().split("_", 2)
    if len(parts) != 3 or parts[0] != PREFIX or not parts[1] or not parts[2]:
        raise ApiError("E602")
    with store.engine.connect() as conn:
        row = conn.execute(select(api_keys).where(api_keys.c.key_id == parts[1])).first()
    # compare in constant time, and hash even when the id is unknown so both paths cost the same
    expected = row.secret_hash if row is not None else _hash(secrets.token_urlsafe(32))
    if not hmac.compare_digest(_hash(parts[2]), expected) or row is None or row.revoked_at is not None:
        raise ApiError("E602")
    return _key(row._mapping)


def _key(m: Any) -> ApiKey:
    return ApiKey(m["key_id"], m["name"], m["scope"], m["created_at"], m["revoked_at"])
