from __future__ import annotations

import pytest

from marsad.errors import MESSAGES, ApiError, ConfigError, InputError, MarsadError, PipelineError, StoreError


def test_errors_carry_their_code_in_the_message() -> None:
    err = InputError("E302", path="a.jsonl", line=3, detail="Expecting value")
    assert err.code == "E302"
    assert str(err).startswith("E302: a.jsonl, line 3")
    assert isinstance(err, MarsadError) and isinstance(err, ValueError)


@pytest.mark.parametrize(
    ("cls", "prefix"),
    [(ConfigError, "E1"), (PipelineError, "E2"), (InputError, "E3"), (StoreError, "E5"), (ApiError, "E6")],
)
def test_errors_every_catalogue_code_formats(cls: type[MarsadError], prefix: str) -> None:
    for code, template in MESSAGES.items():
        if not code.startswith(prefix):
            continue
        fields = {name.split("!")[0] for _, name, _, _ in __import__("string").Formatter().parse(template) if name}
        err = cls(code, **{f: "x" for f in fields})
        assert "{" not in err.message, code


def test_errors_codes_are_unique_and_well_formed() -> None:
    assert all(len(c) == 4 and c[0] == "E" and c[1:].isdigit() for c in MESSAGES)
