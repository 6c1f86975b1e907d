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
# 3rd person (ي/ت) and 1st plural (ن). The 1st singular (أ) is left out: in news it is rare, and its
# forms collide with past tense (أتفق/اتفق) and passive (أدين/أُدين) forms.
PRESENT_PREFIXES = ("ي", "ت", "ن")


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
            forms |= {pre + stem, pre + short}  # short: the jussive لم يلتق، لم يدع
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


def passive_forms(past: str, present: str | None = None) -> set[str]:
    """Passive forms whose spelling differs from the active one without diacritics.

    Only hollow verbs change their letters in the passive: أدان/يدين -> أُدين/يُدان, اغتال -> اغتيل,
    استضاف/يستضيف -> استُضيف/يُستضاف, قال/يقول -> قيل/يقال. Sound, doubled and defective verbs are
    spelled like their active forms (قُتل = قتل) and cannot be told apart from them by letters alone.
    """
    p = normalize(past)
    if len(p) < 3 or p[-2] != "ا":
        return set()
    stem = p[:-2] + "ي" + p[-1]  # ادان -> ادين
    forms = {stem, stem + "ت", stem + "وا", stem + "ا", stem + "تا", stem + "ن"}
    q = normalize(present or "")
    if len(q) >= 3 and q[0] == "ي" and q[-2] in "يوا":
        body = q[1:-2] + "ا" + q[-1]  # يدين -> دان
        for pre in ("ي", "ت"):
            forms |= {pre + body, pre + body + "ون", pre + body + "ان", pre + body + "وا", pre + body + "ا"}
    return forms - verb_forms(past, present)
