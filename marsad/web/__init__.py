"""REST API and dashboard (``marsad serve``)."""

from __future__ import annotations

from marsad.web.app import create_app

__all__ = ["create_app"]
