"""The event store: documents and events in SQLite (embedded default) behind SQLAlchemy Core."""

from marsad.store.db import Store, open_store

__all__ = ["Store", "open_store"]
