"""The HTTP API's request and response models for analyses: the JSON output contract, typed for
OpenAPI. Unknown fields pass through, because the contract grows by adding fields.

Each model mirrors one dataclass of ``sourcetrace.model`` field for field (its ``to_dict``);
``tests/test_data_model.py`` fails when a model field has no place here."""

from __future__ import annotations

from datetime import date
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

MAX_TEXT_CHARS = 2_000_000


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Span(_Open):
    text: str
    start: int
    end: int


class BoilerplateOut(_Open):
    start: int
    end: int
    label: str


class SourceOut(_Open):
    id: str
    name: str
    kind: str
    description: str | None
    mentions: list[Span]
    entity: str | None = None
    claims: int = Field(0, description="Its claims; 0: not one of the article's sources.")


class AttributionOut(_Open):
    id: str
    source: str | None
    type: str
    cue: Span | None
    speaker: Span | None
    content: list[Span]
    confidence: float
    cue_class: str = Field("speech", description="speech | written | belief | perception")
    asserted: bool = Field(True, description="False for negated or unrealized speech.")


class EntityOut(_Open):
    id: str
    name: str
    label: str
    mentions: list[Span]
    titles: list[str] = []


class TimelineOut(_Open):
    text: str
    start: int
    end: int
    value: str = Field(description='ISO 8601; "--01-03", "--01" or "" when the year is unknown.')
    event: str
    attribution: str | None = None
    caption: bool = False
    anchored: bool = False


class ConflictOut(_Open):
    kind: str
    first: Span
    second: Span
    explanation: str


class ProfileOut(_Open):
    sources: int
    named_person: int
    anonymous_person: int
    organization: int
    document: int
    unknown: int
    attributions: int
    anonymous_share: float
    flagged: int = 0


class AnalysisOut(_Open):
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: date | None
    text: str
    boilerplate: list[BoilerplateOut]
    sources: list[SourceOut]
    attributions: list[AttributionOut]
    entities: list[EntityOut]
    timeline: list[TimelineOut]
    conflicts: list[ConflictOut] = []
    profile: ProfileOut


class AnalyzeRequest(BaseModel):
    """One article to analyze: its ``text``, or an ``html`` page to extract it from."""

    model_config = ConfigDict(extra="forbid", str_max_length=MAX_TEXT_CHARS)

    text: str | None = Field(None, description="The article text, exactly as it should be cited.")
    html: str | None = Field(None, description="An HTML page; its main text is extracted.")
    title: str | None = Field(None, max_length=2000)
    published: date | None = Field(None, description="YYYY-MM-DD")
    outlet: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=4000)

    @model_validator(mode="after")
    def _one_input(self) -> Self:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        body = self.text if self.text is not None else self.html
        if body is not None and not body.strip():
            raise ValueError("the article is empty (only whitespace)")
        if any("\x00" in (v or "") for v in (body, self.title, self.outlet, self.url)):
            raise ValueError("NUL characters are not allowed")
        return self


class ErrorOut(BaseModel):
    """Every error response: what went wrong, in one line."""

    detail: str


class ErrorItem(BaseModel):
    loc: list[str]
    msg: str
    type: str


class ValidationErrorOut(ErrorOut):
    """An invalid request (422): the one line, and each problem on its own."""

    errors: list[ErrorItem]


def error(description: str) -> dict[str, Any]:
    """An OpenAPI response entry with the error model."""
    return {"model": ErrorOut, "description": description}


# What any endpoint can answer, from the guards and the error handlers.
COMMON_ERRORS: dict[int | str, dict[str, Any]] = {
    400: error("A NUL character in the URL."),
    413: error("The request body is larger than the server's limit."),
    422: {"model": ValidationErrorOut, "description": "Invalid parameters or body."},
    500: error("What failed."),
    504: error("The request took longer than the server's time limit."),
}
