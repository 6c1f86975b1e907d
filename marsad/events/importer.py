"""Import PETRARCH/UniversalPetrarch verb dictionaries (CAMEO.2.0.txt, CAMEO.ar.0.5.txt) into
Marsad's pattern format, so users can code with the dictionaries they already have.

A verb block looks like::

    ---  AGREE   [050]  ---          # lemma and the code of the bare verb ([---]: none)
    AGREE                            # verbs of the block, irregular forms in braces
    CONCUR {CONCURS CONCURRED }
    - * (TO PROPOSAL)   [030]        # * is the verb; words after it select the code
    - * (ON TRADE)      [0311]
    - &MILITARY *       [154]        # words before the verb: not expressible in Marsad, skipped

Synonym sets (``&CURRENCY`` followed by ``+WORD`` lines) expand into every member. Source and
target markers ($ +), and secondary codes after ':', are dropped. Every line that cannot be
expressed is reported, never silently lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product
from typing import Any

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")


@dataclass
class VerbBlock:
    lemma: str
    code: str | None
    verbs: list[str] = field(default_factory=list)
    patterns: list[tuple[list[str], str]] = field(default_factory=list)  # (complement phrases, code)


def _code(raw: str) -> str | None:
    code = raw.strip().split(":")[0].strip()
    return code if code and code.isdigit() else None


def _words(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split()).lower()


def parse_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        stripped = line.split("#", 1)[0].strip()
        if stripped.startswith("&") and " " not in stripped:
            current = stripped
            sets[current] = []
        elif stripped.startswith("+") and current:
            sets[current].append(_words(stripped[1:]))
        elif stripped.startswith("---"):
            current = None
    return sets


def parse_verbs(text: str, source: str = "<text>", problems: list[str] | None = None) -> list[VerbBlock]:
    lines = text.splitlines()
    synsets = parse_synsets(lines)
    blocks: list[VerbBlock] = []
    sink = problems if problems is not None else []
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].rstrip()
        stripped = line.strip()
        block = _BLOCK.match(stripped)
        if block:
            blocks.append(VerbBlock(_words(block.group(1)), _code(block.group(2))))
        elif not blocks or not stripped or stripped.startswith(("&", "+", "<")):
            continue
        elif stripped.startswith("-"):
            _pattern_line(blocks[-1], stripped, synsets, f"{source}:{number}", sink)
        else:
            blocks[-1].verbs.append(_verb_spec(stripped))
    return blocks


def _verb_spec(line: str) -> str:
    """``HURRY {HURRIES HURRYING HURRIED }`` -> ``hurry|hurried|hurried`` (Marsad's lemma|past|participle)."""
    head, _, forms = line.partition("{")
    lemma = _words(head)
    irregular = [_words(f) for f in forms.rstrip("} ").split()]
    past = next((f for f in irregular if f.endswith("ed") or (not f.endswith(("s", "ing")))), None)
    return f"{lemma}|{past}|{past}" if past and " " not in lemma else lemma


def _pattern_line(block: VerbBlock, line: str, synsets: dict[str, list[str]], where: str, problems: list[str]) -> None:
    match = _PATTERN.match(line)
    code = _code(match.group(2)) if match else None
    if match is None or code is None:
        problems.append(f"{where}: no usable code in {line!r}; skipped")
        return
    body = match.group(1).replace("$", " ").replace("+", " ")
    before, star, after = body.partition("*")
    if not star or before.strip():
        problems.append(f"{where}: words before the verb cannot be expressed; skipped")
        return
    phrases = _expand(after, synsets)
    block.patterns.append((phrases, code))


def _expand(after: str, synsets: dict[str, list[str]]) -> list[str]:
    """The complement as phrases: parentheses and braces dropped, synonym sets expanded."""
    words = re.sub(r"[(){}]", " ", after).split()
    options = [synsets.get(w, [w.lower()]) if w.startswith("&") else [w.lower().replace("_", " ")] for w in words]
    if not options:
        return []
    phrases = [" ".join(choice).strip() for choice in product(*options)]
    return sorted({p for p in phrases if p})[:50]


def known_code(code: str, known: set[str] | frozenset[str]) -> str | None:
    """``code`` if the ontology knows it, else its nearest known parent (176 -> 17), else None."""
    while code and code not in known:
        code = code[:-1] if len(code) > 2 else ""
    return code or None


def to_patterns(
    blocks: list[VerbBlock], lang: str, known: set[str] | frozenset[str], problems: list[str] | None = None
) -> list[dict[str, Any]]:
    """Blocks as Marsad pattern records (``data_src/events`` schema); codes outside Marsad's ontology
    become their nearest known parent."""
    out: list[dict[str, Any]] = []
    for k, block in enumerate(blocks):
        verbs: list[Any] = block.verbs or [block.lemma]
        if lang == "ar":
            verbs = [{"past": v.split("|")[0]} for v in verbs]
        slug = re.sub(r"[^a-z0-9]+", "-", block.lemma.lower()).strip("-") or f"v{k}"
        for j, (phrases, code) in enumerate(block.patterns):
            mapped = known_code(code, known)
            if mapped is None and problems is not None:
                problems.append(f"{block.lemma}: code {code} is not in the CAMEO ontology; pattern skipped")
            if phrases and mapped:
                out.append({"id": f"imp-{k}-{slug}-{j}", "cameo": mapped, "verbs": verbs, "with": phrases})
        mapped = known_code(block.code, known) if block.code else None
        if mapped:
            out.append({"id": f"imp-{k}-{slug}", "cameo": mapped, "verbs": verbs})
    return out
