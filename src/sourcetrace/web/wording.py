"""Words for people on the pages: kind labels instead of codes, counts with their noun agreeing."""

from __future__ import annotations

from sourcetrace.model import SourceKind
from sourcetrace.render.view import KIND_LABELS

# Kinds that are not source kinds but appear where one does: an event's claim voiced by the
# outlet itself, and claims with no source.
_OTHER_LABELS = {"outlet": "the outlet itself", "unresolved": "no source"}


def kind_label(kind: str | SourceKind | None) -> str:
    """ "anonymous_person" -> "anonymous person"; an unknown code is shown as it is."""
    if kind is None:
        return "no source"
    value = kind.value if isinstance(kind, SourceKind) else kind
    try:
        return KIND_LABELS[SourceKind(value)]
    except ValueError:
        return _OTHER_LABELS.get(value, value)


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """1 -> "1 article", 3 -> "3 articles"; ``plural`` for the irregular ("people")."""
    noun = singular if n == 1 else plural or f"{singular}s"
    return f"{n:,} {noun}"
