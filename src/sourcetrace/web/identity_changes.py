"""The API for correcting identities: merge several into one, split spellings out of one, undo
either. Writes need the server's token; each change records who made it (``by``) and when."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from pydantic import BaseModel, Field, StringConstraints

from sourcetrace.store import IdentityChange, IdentityChangeError, Store
from sourcetrace.store.identity_changes import Action
from sourcetrace.web.api import Credentials, StoreDep, require_writer
from sourcetrace.web.contract import COMMON_ERRORS, ErrorOut, ValidationErrorOut, error

router = APIRouter(prefix="/identity-changes", tags=["identities"], responses=COMMON_ERRORS)

IdentityId = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Spelling = Annotated[str, StringConstraints(min_length=1, max_length=500)]
By = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class MergeRequest(BaseModel):
    identities: list[IdentityId] = Field(min_length=2, max_length=50, description="First kept.")
    by: By = Field(description="Who makes the change.")


class SplitRequest(BaseModel):
    identity: IdentityId
    names: list[Spelling] = Field(min_length=1, max_length=50, description="Spellings taken out.")
    by: By = Field(description="Who makes the change.")


class UndoRequest(BaseModel):
    by: By = Field(description="Who undoes the change.")


def writer(request: Request, credentials: Credentials) -> None:
    """A dependency, so that the token is checked before the body is (401 before 422)."""
    require_writer(request, credentials)


_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: error("The token is missing or wrong."),
    403: error("A read-only server (started without a token)."),
    422: {
        "model": ValidationErrorOut | ErrorOut,
        "description": "Invalid body, or a change naming no stored identity or spelling.",
    },
}


def _change(
    store: Store, action: Action, ids: list[str], names: list[str], by: str
) -> IdentityChange:
    try:
        return store.change_identities(action, ids, names, by=by)
    except IdentityChangeError as e:
        raise HTTPException(422, str(e)) from None


@router.get("")
def changes(store: StoreDep) -> list[IdentityChange]:
    """Every merge and split made, undone ones included, in the order made."""
    return store.identity_changes()


@router.post("/merge", status_code=201, responses=_WRITE_ERRORS, dependencies=[Depends(writer)])
def merge(body: MergeRequest, store: StoreDep) -> IdentityChange:
    """Make several identities one (the first listed is kept, with its id and name)."""
    return _change(store, "merge", body.identities, [], body.by)


@router.post("/split", status_code=201, responses=_WRITE_ERRORS, dependencies=[Depends(writer)])
def split(body: SplitRequest, store: StoreDep) -> IdentityChange:
    """Take spellings out of an identity: they become an identity of their own."""
    return _change(store, "split", [body.identity], body.names, body.by)


@router.post(
    "/{change_id}/undo",
    responses={
        **_WRITE_ERRORS,
        404: error("No change has that id."),
        409: error("The change is undone already."),
    },
    dependencies=[Depends(writer)],
)
def undo(
    change_id: Annotated[int, Path(ge=1, le=2**31 - 1)], body: UndoRequest, store: StoreDep
) -> IdentityChange:
    """Undo a merge or split: the identities are rebuilt without it (the change stays listed)."""
    try:
        found = store.undo_identity_change(change_id, by=body.by)
    except IdentityChangeError as e:
        raise HTTPException(409, str(e)) from None
    if found is None:
        raise HTTPException(404, f"no identity change {change_id}")
    return found
