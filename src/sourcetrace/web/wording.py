"""Kind labels for people on the pages, instead of codes."""

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
