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


PAST_CONSONANT_SUFFIXES = ("ت", "تا", "تم", "تما", "ن", "نا")  # suffixes that begin with a consonant


def past_forms(past: str) -> set[str]:
    p = normalize(past)
    hamzated = past.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith(("أ", "ئ", "ؤ"))
    if p.endswith(("ي", "ا")) and len(p) > 2 and not hamzated:  # defective: التقى، دعا، أعطى (not بدأ)
        stem = p[:-1]
        return {
            p,
            stem + "ت",
            stem + "تا",
            stem + "وا",
            stem + "يا",
            stem + "ينا",
            stem + "ونا",
            stem + "يت",
            stem + "وت",
        }
    forms = {p + s for s in PAST_SUFFIXES}
    if len(p) == 2:  # doubled: رد -> رددت، رددنا (the doubled letter comes apart before consonant suffixes)
        forms |= {p + p[-1] + s for s in PAST_CONSONANT_SUFFIXES}
    if len(p) >= 3 and p[-2] == "ا" and not p.startswith("ت"):  # hollow: قال -> قلت، قلنا; أدان -> أدنت
        forms -= {p + s for s in ("تم", "تما", "ن", "نا")}  # (قالت، قالتا keep the long vowel)
        forms |= {p[:-2] + p[-1] + s for s in PAST_CONSONANT_SUFFIXES}
    return forms


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
        q = normalize(present)
        if _hollow(past) and len(q) >= 4 and q[-2] in "يوا":  # jussive: لم يقل، لم يزر
            short = q[1:-2] + q[-1]
            forms |= {"ي" + short, "ت" + short}
    return forms


def _hollow(past: str) -> bool:
    p = normalize(past)
    return len(p) >= 3 and p[-2] == "ا" and not p.startswith("ت")


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
    if len(p) >= 3 and p.endswith(("ا", "ي")) and not past.endswith(("أ", "ئ", "ؤ")):
        return _defective_passive(p, normalize(present or "")) - verb_forms(past, present)
    if not _hollow(past):
        return set()
    stem = p[:-2] + "ي" + p[-1]  # ادان -> ادين
    forms = {stem, stem + "ت", stem + "وا", stem + "ا", stem + "تا", stem + "ن"}
    q = normalize(present or "")
    if len(q) >= 3 and q[0] == "ي" and q[-2] in "يوا":
        body = q[1:-2] + "ا" + q[-1]  # يدين -> دان
        for pre in ("ي", "ت"):
            forms |= {pre + body, pre + body + "ون", pre + body + "ان", pre + body + "وا", pre + body + "ا"}
    return forms - verb_forms(past, present)


def _defective_passive(p: str, q: str) -> set[str]:
    """دعا/يدعو -> دُعي، دُعيت، دُعوا؛ يُدعى (normalised يدعي)، تُدعى."""
    stem = p[:-1]
    forms = {stem + "ي", stem + "يت", stem + "وا", stem + "يا"}
    if len(q) >= 3 and q[0] == "ي" and q[-1] in "وي":
        body = q[1:-1] + "ي"
        forms |= {"ي" + body, "ت" + body, "ي" + q[1:-1] + "ون", "ي" + body + "ان"}
    return forms


def carries_plural_subject(form: str) -> bool:
    """A verb form whose suffix is its plural or dual subject (أصيبوا، رفعوا، يرتدون، تطالبان): no name looks
    like it, and no subject noun follows it."""
    return form.endswith("وا") or (form[:1] in "يتن" and form.endswith(("ون", "ان")) and len(form) >= 5)
