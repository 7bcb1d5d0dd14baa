"""A list page's rows as a download: the same rows the page shows, as CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Literal

from fastapi.responses import Response
from pydantic import BaseModel

Format = Literal["html", "csv", "json"]


def download(rows: Sequence[BaseModel], fields: Sequence[str], fmt: Format, name: str) -> Response:
    """``rows`` (their ``fields``, in that order) as ``name``.csv or ``name``.json."""
    records = [{f: row.model_dump(mode="json")[f] for f in fields} for row in rows]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(fields), lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        body, media = out.getvalue(), "text/csv; charset=utf-8"
    else:
        body, media = json.dumps(records, ensure_ascii=False, indent=1), "application/json"
    return Response(
        body,
        media_type=media,
        headers={"content-disposition": f'attachment; filename="{name}.{fmt}"'},
    )
