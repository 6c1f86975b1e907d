"""How far sentence-level cues can go on the Arabic GSR sentence sets (assault, protest): how one of the
gold's own annotators scores against its label (from the accept/reject votes), Marsad's own detection, a
supervised text classifier trained on the gold itself (10-fold cross-validation), and the two stacked (the
classifier keeps or drops the sentences Marsad codes). It prints a Markdown section.

The classifier is a multinomial naive Bayes over character 2-5-grams of the normalised words, written here
with the standard library only. Its threshold is the one that gives the best F1 over the whole set, chosen
after the fact, so its figures are an optimistic ceiling, not a result: a coder of our kind that learnt
from this gold could not be expected to do better on new sentences.

    python bench/gsr_ceiling.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import math
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from marsad.eval import read_gold
from marsad.eval.metrics import AnnotatorScore
from marsad.lang.normalize import normalize
from marsad.model import Document
from marsad.pipeline import load_pipeline

FILES = ["gold/arabic_assault_gsr.csv", "gold/arabic_protest_gsr.csv"]
FOLDS = 10
ALPHA = 0.5


def grams(text: str) -> Counter[str]:
    out: Counter[str] = Counter()
    for word in normalize(text).split():
        padded = f" {word} "
        for n in range(2, 6):
            out.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    return out


def folds(labels: Sequence[bool], k: int, seed: int = 0) -> list[int]:
    """A fold number per item, each class spread evenly over the folds."""
    rng = random.Random(seed)
    fold = [0] * len(labels)
    for cls in (True, False):
        idx = [i for i, y in enumerate(labels) if y is cls]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            fold[i] = j % k
    return fold


def naive_bayes_scores(features: Sequence[Counter[str]], labels: Sequence[bool]) -> list[float]:
    """Cross-validated log-odds of "yes" for every item."""
    fold = folds(labels, FOLDS)
    scores = [0.0] * len(labels)
    for f in range(FOLDS):
        counts = {True: Counter[str](), False: Counter[str]()}
        docs = Counter[bool]()
        for x, y, g in zip(features, labels, fold, strict=True):
            if g != f:
                counts[y].update(x)
                docs[y] += 1
        vocab = set(counts[True]) | set(counts[False])
        totals = {c: sum(counts[c].values()) + ALPHA * len(vocab) for c in (True, False)}
        prior = math.log((docs[True] + 1) / (docs[False] + 1))
        for i, (x, g) in enumerate(zip(features, fold, strict=True)):
            if g != f:
                continue
            s = prior
            for gram, n in x.items():
                if gram in vocab:
                    s += n * (
                        math.log((counts[True][gram] + ALPHA) / totals[True])
                        - math.log((counts[False][gram] + ALPHA) / totals[False])
                    )
            scores[i] = s
    return scores


def prf(kept: Iterable[bool], labels: Sequence[bool]) -> tuple[float, float, float]:
    pairs = list(zip(kept, labels, strict=True))
    tp = sum(1 for k, y in pairs if k and y)
    fp = sum(1 for k, y in pairs if k and not y)
    positives = sum(labels)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / positives if positives else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def best_threshold(
    scores: Sequence[float], allowed: Sequence[bool], labels: Sequence[bool]
) -> tuple[float, float, float]:
    best = (0.0, 0.0, 0.0)
    for th in sorted(set(scores)):
        p, r, f = prf([a and s >= th for s, a in zip(scores, allowed, strict=True)], labels)
        if f > best[2]:
            best = (p, r, f)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    args = parser.parse_args()
    pipeline = load_pipeline()
    print("\n## How far sentence-level cues can go on the Arabic GSR sentence sets\n")
    print("Reproduce with `python bench/gsr_ceiling.py`. The classifier is trained on the gold itself (10-fold")
    print("cross-validation) and its threshold picked after the fact: an optimistic ceiling, not a result.")
    print("The annotator row scores one of the gold's annotators, drawn at random for each sentence, against")
    print("the gold label; that vote is part of the label, so it flatters the annotators.\n")
    print("| gold file | sentences | yes | difficult no (some annotators accepted) | system | P | R | F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for name in FILES:
        gold = read_gold(args.shared / name)
        items = list(gold.items)
        labels = [bool(i.events) for i in items]
        difficult = sum(1 for i in items if i.label == "difficult no")
        docs = [Document(text=i.text, id=i.id, lang=i.lang, date=i.date) for i in items]
        coded = [
            any(
                (gold.scope is None or e.plover in gold.scope) and not (e.negated or e.hypothetical) for e in doc.events
            )
            for doc in pipeline.pipe(iter(docs), on_error="record")
        ]
        scores = naive_bayes_scores([grams(i.text) for i in items], labels)
        annotator = AnnotatorScore()
        for item, label in zip(items, labels, strict=True):
            if item.votes:
                annotator.add(label, item.votes)
        rows = [
            ("one annotator (from the votes)", (annotator.precision, annotator.recall, annotator.f1)),
            ("Marsad", prf(coded, labels)),
            ("classifier alone", best_threshold(scores, [True] * len(items), labels)),
            ("Marsad, then the classifier", best_threshold(scores, coded, labels)),
        ]
        for system, (p, r, f) in rows:
            print(
                f"| {Path(name).name} | {len(items)} | {sum(labels)} | {difficult} | {system} | {p:.3f} | {r:.3f} |"
                f" {f:.3f} |"
            )


if __name__ == "__main__":
    main()
