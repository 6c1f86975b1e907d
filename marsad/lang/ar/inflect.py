"""Arabic verb and noun inflection for dictionary matching.

A dictionary lists a verb once, by its past and present 3rd person masculine singular
(``اتفق``/``يتفق``, ``التقى``/``يلتقي``); this module generates the normalised surface forms of
its past, present (indicative, subjunctive/jussive), dual, plural and feminine inflections, so
that the matcher recognises them all. Clitics (و، ف، س، pronoun suffixes) are handled by the
token readings, not here.
"""

from __future__ import annotations

from marsad.lang.normalize import normalize

PAST_SUFFIXES = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم", "تما")
PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")


def past_forms(past: str) -> set[str]:
    p = normalize(past)
    if p.endswith(("ي", "ا")) and len(p) > 2:  # defective: التقى، دعا، أعطى، سعى
        stem = p[:-1]
        forms = {
            p,
            stem + "ت",
            stem + "تا",
            stem + "وا",
            stem + "يا",
            stem + "وا",
            stem + "ينا",
            stem + "ونا",
            stem + "يت",
            stem + "وت",
        }
        return forms
    return {p + s for s in PAST_SUFFIXES}


def present_forms(present: str) -> set[str]:
    q = normalize(present)
    if len(q) < 2 or q[0] != "ي":
        return {q}
    stem = q[1:]
    forms: set[str] = set()
    if stem.endswith(("ي", "و")) and len(stem) > 2:  # defective: يلتقي، يدعو، يسعى
        short = stem[:-1]
        for pre in PRESENT_PREFIXES:
            forms.add(pre + stem)
            if pre != "ا":  # jussive: لم يلتق، لم يدع
                forms.add(pre + short)
        forms |= {
            "ي" + short + "ون",
            "ت" + short + "ون",
            "ي" + short + "وا",
            "ت" + short + "وا",
            "ي" + stem + "ان",
            "ت" + stem + "ان",
            "ي" + stem + "ا",
            "ت" + stem + "ا",
            "ي" + stem + "ن",
        }
        if stem.endswith("ي"):
            forms |= {"ي" + short + "ين", "ت" + short + "ين", "ي" + short + "يان", "ت" + short + "يان"}
        return forms
    for pre in PRESENT_PREFIXES:
        forms.add(pre + stem)
    for pre in ("ي", "ت"):
        forms |= {pre + stem + "ان", pre + stem + "ون", pre + stem + "وا", pre + stem + "ا"}
    forms |= {"ي" + stem + "ن", "ت" + stem + "ين"}
    return forms


def verb_forms(past: str, present: str | None = None) -> set[str]:
    """Every normalised inflected form of a verb given by its past (and present) 3ms."""
    forms = past_forms(past)
    if present:
        forms |= present_forms(present)
    return forms


def noun_forms(noun: str) -> set[str]:
    """A verbal or event noun with its plural, dual and accusative forms (the article is a clitic reading)."""
    n = normalize(noun)
    forms = {n}
    if n.endswith("ه"):  # إدانة -> إدانات، إدانتان، إدانتين
        stem = n[:-1]
        forms |= {stem + "ات", stem + "تان", stem + "تين"}
    else:
        forms |= {n + "ات", n + "ان", n + "ين", n + "ا"}
    return forms
