"""Scoring Marsad against gold standards in the formats the field already uses."""

from marsad.eval.gold import GoldActor, GoldEvent, GoldItem, GoldSet
from marsad.eval.metrics import Report, evaluate
from marsad.eval.readers import FORMATS, detect_format, read_gold

__all__ = [
    "FORMATS",
    "GoldActor",
    "GoldEvent",
    "GoldItem",
    "GoldSet",
    "Report",
    "detect_format",
    "evaluate",
    "read_gold",
]
