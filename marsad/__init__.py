"""Marsad: political event data from Arabic and English news.

>>> import marsad
>>> events = marsad.code_text("اتفقت باكستان والاتحاد الأوروبي على تعزيز التعاون الأمني")
>>> [(e.source.code, e.target.code, e.cameo) for e in events]  # doctest: +SKIP
"""

from __future__ import annotations

import collections.abc as _abc

from marsad.config import Settings, load_settings
from marsad.errors import (
    ConfigError,
    DictionaryError,
    InputError,
    MarsadError,
    PipelineError,
    StoreError,
)
from marsad.model import (
    Actor,
    Document,
    ErrorRecord,
    Event,
    Location,
    Mention,
    MentionKind,
    Sentence,
    Token,
    Trigger,
)
from marsad.pipeline import Pipeline, load_pipeline, registry, stage
from marsad.store import Store, open_store

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ConfigError",
    "DictionaryError",
    "Document",
    "ErrorRecord",
    "Event",
    "InputError",
    "Location",
    "MarsadError",
    "Mention",
    "MentionKind",
    "Pipeline",
    "PipelineError",
    "Sentence",
    "Settings",
    "Store",
    "StoreError",
    "Token",
    "Trigger",
    "__version__",
    "code_documents",
    "code_text",
    "load_pipeline",
    "load_settings",
    "open_store",
    "registry",
    "stage",
]


def code_documents(docs: _abc.Iterable[Document], settings: Settings | None = None) -> _abc.Iterator[Document]:
    """Code documents with the standard pipeline; failures come back with ``error`` set."""
    return load_pipeline(settings).pipe(docs, on_error="record")


def code_text(
    text: str, lang: str | None = None, date: str | None = None, settings: Settings | None = None
) -> list[Event]:
    """Events of one text. Raises MarsadError when the text cannot be coded."""
    doc = load_pipeline(settings)(Document(text=text, lang=lang, date=date))
    return list(doc.events)
