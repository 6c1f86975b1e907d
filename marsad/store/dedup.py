"""Story-level duplicates: MinHash signatures of a document's normalised word shingles, banded for
look-up (locality-sensitive hashing), so the same story from several outlets falls into one cluster."""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Sequence

import numpy as np

from marsad.lang.normalize import normalize

NUM_HASHES = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard similarity meet in at least one band
ROWS = NUM_HASHES // BANDS
SHINGLE = 4
THRESHOLD = 0.6  # estimated Jaccard similarity above which two documents tell the same story
#: a document this close to one already in its cluster adds no bands of its own: the earlier one finds
#: its later near-copies, and a story reported a thousand times costs one candidate, not a thousand
NEAR_COPY = 0.9
_MASK = (1 << 64) - 1
_SEEDS = [
    int.from_bytes(hashlib.blake2b(str(i).encode(), digest_size=8).digest(), "big") | 1 for i in range(NUM_HASHES)
]
_SEED_ARRAY = np.array(_SEEDS, dtype=np.uint64)
_MULT = np.uint64(0x9E3779B97F4A7C15)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = [w for w in normalize(text).split() if any(ch.isalnum() for ch in w)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> list[int]:
    """The MinHash signature: for each of the hash functions, the least hash over the shingles.
    Hash i of a shingle is ``((h ^ seed_i) * 0x9E3779B97F4A7C15) mod 2**64``, computed for all
    shingles and seeds at once in unsigned 64-bit arithmetic (which wraps, as the modulus asks)."""
    base = [int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big") for s in shingles(text)]
    if not base:
        return [0] * NUM_HASHES
    hashed = (np.array(base, dtype=np.uint64)[None, :] ^ _SEED_ARRAY[:, None]) * _MULT
    return [int(x) for x in hashed.min(axis=1)]


def signature_reference(text: str) -> list[int]:
    """The same signature in plain Python integers (the definition the fast one is tested against)."""
    base = [int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big") for s in shingles(text)]
    if not base:
        return [0] * NUM_HASHES
    return [min(((h ^ seed) * 0x9E3779B97F4A7C15) & _MASK for h in base) for seed in _SEEDS]


def bands(sig: Sequence[int]) -> list[str]:
    """One key per band of the signature (band number and a digest of its rows)."""
    out = []
    for b in range(BANDS):
        rows = struct.pack(f">{ROWS}Q", *sig[b * ROWS : (b + 1) * ROWS])
        out.append(f"{b}:{hashlib.blake2b(rows, digest_size=8).hexdigest()}")
    return out


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two documents' shingle sets."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / NUM_HASHES


def encode(sig: Sequence[int]) -> str:
    return ",".join(format(x, "x") for x in sig)


def decode(text: str) -> list[int]:
    return [int(x, 16) for x in text.split(",")]
