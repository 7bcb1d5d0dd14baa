"""Made-up corpora for the batch tests: a WARC of pages written here, and JSON Lines articles."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CRAWL_DATE = "2021-03-04T10:00:00Z"
EMPTY_PAGE = b"<html><head><title>Gallery</title></head><body><img src='a.jpg'></body></html>"

PEOPLE = [
    ("Maria Lopez", "mayor of Riverton", "the bridge will reopen in the spring"),
    ("Tom Becker", "a union spokesman", "the workers were never consulted"),
    ("Aisha Khan", "the city's budget director", "the repairs cost twice the estimate"),
    ("Paul Moreau", "a transport engineer", "the steel had rusted through"),
    ("Lena Fischer", "a local shop owner", "sales fell by half this winter"),
    ("Omar Haddad", "the police chief", "traffic accidents rose on the detour"),
]


def story(n: int) -> str:
    name, role, claim = PEOPLE[n % len(PEOPLE)]
    other, other_role, other_claim = PEOPLE[(n + 1) % len(PEOPLE)]
    return (
        f"Riverton council meets on the bridge, report {n}\n\n"
        f'"We know {claim}," said {name}, {role}, on Tuesday. "Nobody wanted this."\n\n'
        f"{other}, {other_role}, said that {other_claim}. "
        f"A city official, who spoke on condition of anonymity, said the vote would be close.\n\n"
        f"The council will meet again next week."
    )


def write_jsonl(path: Path, count: int) -> list[str]:
    """``count`` articles, the last repeating the first's text, then one line that is no JSON."""
    texts = [story(n) for n in range(count - 1)] + [story(0)]
    lines = [
        json.dumps({"text": t, "title": t.splitlines()[0], "outlet": "Riverton Post"})
        for t in texts
    ]
    path.write_text("\n".join([*lines, '{"text": "unterminated']) + "\n", encoding="utf-8")
    return texts


def page(n: int, *, dated: bool) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in story(n + 10).split("\n\n")[1:])
    meta = '<meta property="article:published_time" content="2020-05-06">' if dated else ""
    return (
        f"<html><head><title>Bridge story {n}</title>{meta}</head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Bridge story {n}</h1>{paragraphs}"
        f"</article><footer>Riverton Post</footer></body></html>"
    ).encode()


def write_warc(path: Path) -> None:
    """A warcinfo, two dated and undated article pages (each after its request), a 404, a PDF
    and a page with no article text: 2 pages, 6 skips."""
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for n, (status, media_type, body) in enumerate(
            [
                ("200 OK", "text/html; charset=utf-8", page(1, dated=True)),
                ("200 OK", "text/html", page(2, dated=False)),
                ("404 Not Found", "text/html", b"<html><body><p>Not found</p></body></html>"),
                ("200 OK", "application/pdf", b"%PDF-1.4 not an article"),
                (
                    "200 OK",
                    "text/html",
                    EMPTY_PAGE,
                ),
            ]
        ):
            uri = f"https://riverton.example/story/{n}"
            if n < 2:
                writer.write_record(writer.create_warc_record(uri, "request"))
            http = StatusAndHeaders(status, [("Content-Type", media_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": CRAWL_DATE},
                )
            )


WARC_SKIPS = {
    "HTTP status 404": 1,
    "no article text": 1,
    "not HTML (application/pdf)": 1,
    "not a response record": 3,
}
