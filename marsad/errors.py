"""Marsad's one exception tree. Every message carries a code and says what to do.

    MarsadError                 E000
    ├── ConfigError             E1xx  settings and options
    ├── PipelineError           E2xx  stage registry, requires/provides checks, stage failures
    ├── InputError              E3xx  documents that cannot be read or parsed
    ├── DictionaryError         E4xx  dictionary and pattern files: schema, compile, integrity
    ├── StoreError              E5xx  database URL, schema, queries
    └── ApiError                E6xx  REST API: keys, limits, requests (carries the HTTP status)

Library code raises these; only ``marsad.cli`` turns them into exit codes.
"""

from __future__ import annotations

from typing import Any, ClassVar

MESSAGES: dict[str, str] = {
    # configuration
    "E101": "Invalid settings: {detail}. Check the option, the MARSAD_* environment variable or the config file.",
    "E102": "Unknown language {lang!r}: use 'auto', 'ar' or 'en'.",
    "E103": "Invalid date {value!r}: write dates as YYYY-MM-DD.",
    # pipeline
    "E201": "Stage {stage!r} requires {missing} but no earlier stage provides it. Add a stage that "
    "provides it before {stage!r} (pipeline: {order}).",
    "E202": "Unknown stage {stage!r}. Registered stages: {known}.",
    "E203": "A stage named {stage!r} is already registered.",
    "E204": "Stage {stage!r} failed on document {doc_id!r}: {detail}",
    "E205": "on_error must be 'raise' or 'record', not {value!r}.",
    # input
    "E301": "Cannot read {path}: {detail}",
    "E302": "{path}, line {line}: not a valid JSON document ({detail}).",
    "E303": "{path}, line {line}: a document needs a non-empty string field 'text'.",
    "E304": "{path}, line {line}: field {field!r} {detail}.",
    "E305": "Document {doc_id!r} has no text to code.",
    "E306": "Gold file {path} cannot be read: {detail}",
    "E307": "Cannot tell the format of gold file {path}; pass --format (one of: {formats}).",
    "E308": "Document {doc_id!r} has {size} characters, over the limit of {limit} (setting max_document_chars); "
    "it is kept uncoded: split it, or raise the limit.",
    "E309": "{path}: skipped, not a format Marsad reads (by its name: {suffixes}, optionally .gz).",
    "E310": "{path}: no documents in this file.",
    # dictionaries
    "E401": "Dictionary file {path}: {detail}",
    "E402": "Compiled data {name!r} is missing or unreadable ({detail}); reinstall marsad or rebuild with "
    "'python -m marsad.build'.",
    "E403": "Unknown CAMEO code {code!r} in {where}; codes must exist in the ontology.",
    # store
    "E501": "Unsupported database URL {url!r}: use sqlite:///PATH (or a plain file path) or "
    "postgresql://USER:PASSWORD@HOST/DATABASE.",
    "E502": "Database {url} has schema version {found}, newer than this Marsad ({expected}); upgrade Marsad.",
    "E503": "Database error on {url}: {detail}",
    "E504": "Document {doc_id!r} could not be stored ({detail}); it is kept without its events.",
    # REST API
    "E601": "This endpoint needs an API key: send it in the X-API-Key header (create one with 'marsad keys create').",
    "E602": "The API key is unknown or revoked.",
    "E603": "This API key may only read; writing needs a key created with '--scope write'.",
    "E604": "The request body is over the limit of {limit} bytes.",
    "E605": "Too many requests: at most {limit} per {window} seconds; retry after {retry} seconds.",
    "E606": "Invalid request: {detail}",
    "E607": "No event with id {event_id!r}.",
    "E608": "No API key with id {key_id!r}.",
    "E609": "No endpoint {path}: see /openapi.json for the API's endpoints.",
    "E610": "{method} is not allowed on {path}.",
}


class MarsadError(Exception):
    """Base of every error Marsad raises on purpose."""

    code = "E000"

    def __init__(self, code: str, /, **details: Any) -> None:
        self.code = code
        self.details = details
        template = MESSAGES.get(code, "{detail}")
        try:
            text = template.format(**details)
        except (KeyError, IndexError):
            text = f"{template} {details}"
        self.message = text
        super().__init__(f"{code}: {text}")


class ConfigError(MarsadError, ValueError):
    """Bad settings, options or arguments."""


class PipelineError(MarsadError):
    """A pipeline that cannot be built, or a stage that failed."""


class InputError(MarsadError, ValueError):
    """A document that cannot be read or parsed."""


class DictionaryError(MarsadError):
    """A dictionary, pattern or ontology file that is malformed or inconsistent."""


class StoreError(MarsadError):
    """A database that cannot be opened, migrated or queried."""


class ApiError(MarsadError):
    """A REST request that is refused; ``status`` is its HTTP status code."""

    STATUS: ClassVar[dict[str, int]] = {
        "E601": 401,
        "E602": 401,
        "E603": 403,
        "E604": 413,
        "E605": 429,
        "E606": 422,
        "E607": 404,
        "E608": 404,
    }

    @property
    def status(self) -> int:
        return self.STATUS.get(self.code, 400)
