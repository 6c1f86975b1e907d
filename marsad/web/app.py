"""``marsad serve``: one FastAPI app with the REST API under /v1, the dashboard at / and the vendored
static files under /static. No CDN, no cookies; CORS is off unless origins are configured."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import marsad
from marsad.config import Settings, load_settings
from marsad.errors import ApiError, InputError, MarsadError
from marsad.store.db import Store
from marsad.web import api, dashboard
from marsad.web.limits import BodyLimit, error_body

STATIC = Path(__file__).parent / "static"
#: the dashboard loads scripts, styles and data only from this server; no inline scripts
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    settings = settings or load_settings()
    store = store or Store(settings.db)
    app = FastAPI(
        title="Marsad",
        version=marsad.__version__,
        summary="Political event data from Arabic and English news: CAMEO/PLOVER events with their evidence.",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.service = api.Service(settings, store)
    app.include_router(api.router())
    app.include_router(dashboard.router())
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        headers = {"Retry-After": str(exc.details["retry"])} if exc.code == "E605" else None
        return JSONResponse(error_body(exc), status_code=exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors())
        return JSONResponse(error_body(ApiError("E606", detail=problems)), status_code=422)

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"error": {"code": exc.code, "message": exc.message}}, status_code=422)

    @app.exception_handler(MarsadError)
    async def _marsad(request: Request, exc: MarsadError) -> JSONResponse:
        return JSONResponse({"error": {"code": exc.code, "message": exc.message}}, status_code=500)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Any:
        path = request.url.path
        if exc.status_code == 404 and not path.startswith("/v1"):
            return dashboard.not_found(request)
        if exc.status_code == 404:
            error = ApiError("E609", path=path)
        elif exc.status_code == 405:
            error = ApiError("E610", method=request.method, path=path)
        else:  # e.g. 400: a body that cannot be parsed
            error = ApiError("E606", detail=str(exc.detail))
        status = exc.status_code if exc.status_code in (400, 404, 405) else error.status
        return JSONResponse(error_body(error), status_code=status, headers=getattr(exc, "headers", None))

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if not request.url.path.startswith(("/docs", "/openapi")):
            response.headers.setdefault("Content-Security-Policy", CSP)
        return response

    if settings.api_cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.api_cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["X-API-Key", "Authorization", "Content-Type"],
        )
    app.add_middleware(BodyLimit, limit=settings.api_max_body)
    return app


def from_env() -> FastAPI:
    """The app for server processes started by uvicorn (``marsad serve --workers N``): settings
    from MARSAD_* variables."""
    return create_app(load_settings())
