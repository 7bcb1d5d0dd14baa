"""Merging and splitting identities: recorded with who and when, replayed after each rebuild,
undoable; through the store and through the token-protected API (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from sourcetrace.store import IdentityChangeError, Store
from sourcetrace.store.identity_changes import Action
from sourcetrace.web import create_app
from test_store_identities import quoted

TOKEN = "identity-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _keys(store: Store) -> dict[str, str]:
    return {s.name: s.key for s in store.sources(limit=50).items}


def _names(store: Store) -> list[tuple[str, int]]:
    return sorted((s.name, s.articles) for s in store.sources(limit=50).items)


@pytest.fixture
def netanyahu(store: Store) -> Store:
    store.write(
        [
            quoted("Benjamin Netanyahu"),
            quoted("Bibi Netanyahu", "the deal was bad"),
            quoted("Hillary Rodham Clinton"),
            quoted("Clinton", "the economy grew"),
        ]
    )
    store.regroup()
    return store


def test_a_merge_is_kept_across_rebuilds_and_undone(netanyahu: Store) -> None:
    keys = _keys(netanyahu)
    assert ("Bibi Netanyahu", 1) in _names(netanyahu)  # a nickname is no short form
    change = netanyahu.change_identities(
        "merge", [keys["Benjamin Netanyahu"], keys["Bibi Netanyahu"]], [], by="editor@desk"
    )
    assert (change.action, change.made_by, change.undone_at) == ("merge", "editor@desk", None)
    assert ("Benjamin Netanyahu", 2) in _names(netanyahu)
    netanyahu.regroup()  # an ingest rebuilds the identities: the merge is replayed
    assert ("Benjamin Netanyahu", 2) in _names(netanyahu)
    undone = netanyahu.undo_identity_change(change.id, by="chief@desk")
    assert undone is not None and undone.undone_by == "chief@desk" and undone.undone_at
    assert ("Bibi Netanyahu", 1) in _names(netanyahu)
    assert [c.id for c in netanyahu.identity_changes()] == [change.id]  # kept, marked undone
    with pytest.raises(IdentityChangeError, match="undone already"):
        netanyahu.undo_identity_change(change.id, by="chief@desk")
    assert netanyahu.undo_identity_change(999, by="chief@desk") is None


def test_a_split_takes_a_spelling_out_of_an_identity(netanyahu: Store) -> None:
    assert ("Hillary Rodham Clinton", 2) in _names(netanyahu)
    hillary = _keys(netanyahu)["Hillary Rodham Clinton"]
    netanyahu.change_identities("split", [hillary], ["clinton"], by="editor@desk")
    names = _names(netanyahu)
    assert ("Hillary Rodham Clinton", 1) in names and ("Clinton", 1) in names
    netanyahu.regroup()
    assert ("Clinton", 1) in _names(netanyahu)


def test_a_change_naming_nothing_stored_is_refused(netanyahu: Store) -> None:
    hillary = _keys(netanyahu)["Hillary Rodham Clinton"]
    refused: list[tuple[Action, list[str], list[str], str]] = [
        ("merge", ["nope", hillary], [], "no identity 'nope'"),
        ("merge", [hillary, hillary], [], "two identities or more"),
        ("split", [hillary], ["Hillary"], "has no spelling 'Hillary'"),
        ("split", [hillary], ["Hillary Rodham Clinton", "clinton"], "a spelling of its own"),
    ]
    for action, ids, names, problem in refused:
        with pytest.raises(IdentityChangeError, match=problem):
            netanyahu.change_identities(action, ids, names, by="x")
    assert netanyahu.identity_changes() == []


@pytest.fixture
def client(netanyahu: Store) -> Iterator[TestClient]:
    with TestClient(create_app(netanyahu, token=TOKEN)) as c:
        yield c


def test_the_api_merges_and_undoes_with_the_token(client: TestClient, netanyahu: Store) -> None:
    keys = _keys(netanyahu)
    body = {"identities": [keys["Benjamin Netanyahu"], keys["Bibi Netanyahu"]], "by": "ed"}
    assert client.post("/identity-changes/merge", json=body).status_code == 401
    r = client.post("/identity-changes/merge", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    assert r.json()["made_by"] == "ed"
    assert ("Benjamin Netanyahu", 2) in _names(netanyahu)
    undo = client.post(f"/identity-changes/{r.json()['id']}/undo", json={"by": "chief"})
    assert undo.status_code == 401
    undo = client.post(
        f"/identity-changes/{r.json()['id']}/undo", json={"by": "chief"}, headers=AUTH
    )
    assert undo.status_code == 200 and undo.json()["undone_by"] == "chief"
    again = client.post(f"/identity-changes/{r.json()['id']}/undo", json={"by": "c"}, headers=AUTH)
    assert again.status_code == 409
    missing = client.post("/identity-changes/999/undo", json={"by": "c"}, headers=AUTH)
    assert missing.status_code == 404
    assert [c["action"] for c in client.get("/identity-changes").json()] == ["merge"]


def test_the_api_says_which_identity_is_unknown(client: TestClient) -> None:
    body = {"identity": "nope", "names": ["Clinton"], "by": "ed"}
    r = client.post("/identity-changes/split", json=body, headers=AUTH)
    assert (r.status_code, r.json()["detail"]) == (422, "no identity 'nope'")


def test_a_read_only_server_refuses_changes(netanyahu: Store) -> None:
    with TestClient(create_app(netanyahu)) as read_only:
        r = read_only.post(
            "/identity-changes/split", json={"identity": "x", "names": ["y"], "by": "z"}
        )
    assert r.status_code == 403
