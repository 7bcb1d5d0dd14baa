"""Photo captions of a test text, flagged the way the clean stage flags them, so the entity and
timeline tests do not depend on that stage: each "(Photo: ...)" line is a caption, a line
repeating the one before it (same opening) a duplicated caption."""

from __future__ import annotations

import re

from sourcetrace.model import Boilerplate, BoilerplateLabel

_PHOTO_LINE = re.compile(r"^.*\(Photo:.*$", re.MULTILINE)
_SAME_OPENING = 25


def captions_of(text: str) -> tuple[Boilerplate, ...]:
    spans, previous = [], ""
    for m in _PHOTO_LINE.finditer(text):
        repeated = previous[:_SAME_OPENING] == m.group()[:_SAME_OPENING]
        label = BoilerplateLabel.CAPTION_DUPLICATE if repeated else BoilerplateLabel.CAPTION
        spans.append(Boilerplate(m.start(), m.end(), label))
        previous = m.group()
    return tuple(spans)
