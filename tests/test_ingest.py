"""Input readers: every format, directories, stdin, and every way an input is rejected."""

from __future__ import annotations

import gzip
import io
import json
import random
import sys
from datetime import date
from pathlib import Path

import pytest

from sourcetrace.ingest import (
    DEFAULT_MAX_CHARS,
    IngestError,
    Rejected,
    article_from_html,
    holds_several,
    read_inputs,
)
from sourcetrace.ingest.detect import InputKind, sniff
from sourcetrace.model import Article

PARAGRAPH = (
    "The minister said on Friday that the talks had failed and that nobody knew what would "
    "come next in a process that had already taken three years."
)
PAGE = f"""<!DOCTYPE html>
<html><head>
<title>Talks fail - The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2020-01-03T08:00:00Z">
<link rel="canonical" href="https://daily.example/talks-fail">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks fail</h1><p>{PARAGRAPH}</p>
<p>"We tried everything we could think of," she said in a statement issued late on Friday.</p>
</article>
<footer>Copyright The Daily Example</footer>
</body></html>
"""
# A script-rendered page: nothing to extract until a browser runs it.
EMPTY_PAGE = '<html><head><title>App</title></head><body><div id="app"></div><script>go()</script>'


def read(
    *paths: Path | str, published: date | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> list[Article | Rejected]:
    return list(read_inputs([str(p) for p in paths], published=published, max_chars=max_chars))


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def only_rejected(items: list[Article | Rejected]) -> Rejected:
    assert len(items) == 1 and isinstance(items[0], Rejected), items
    return items[0]


def only_article(items: list[Article | Rejected]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


# --- plain text


def test_txt_is_the_whole_decoded_file_with_the_first_line_as_title(tmp_path: Path) -> None:
    text = "\n  Talks fail  \n\nThe minister said so.\r\nShe left.\n"
    path = write(tmp_path / "a.txt", text)
    article = only_article(read(path))
    assert article.text == text  # newlines, CRs and the title line kept: offsets are into this
    assert article.title == "Talks fail"
    assert article.origin == str(path)
    assert article.published is None


def test_txt_drops_a_byte_order_mark(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbfTitle\nBody.")
    assert only_article(read(path)).text == "Title\nBody."


def test_seed_reads_as_its_exact_text(yahoo_seed: Path) -> None:
    article = only_article(read(yahoo_seed))
    assert article.text == yahoo_seed.read_text(encoding="utf-8")
    assert article.title is not None and article.title.startswith("Exclusive:")


# --- HTML


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", PAGE)
    article = only_article(read(path))
    assert PARAGRAPH in article.text
    assert "We tried everything" in article.text
    assert "Copyright" not in article.text and "World" not in article.text
    assert not article.text.startswith("Talks fail - The Daily Example")  # nothing prepended
    assert article.title == "Talks fail"
    assert article.outlet == "The Daily Example"
    assert article.url == "https://daily.example/talks-fail"
    assert article.published == date(2020, 1, 3)
    assert article.origin == str(path)


def test_htm_extension_is_html(tmp_path: Path) -> None:
    path = write(tmp_path / "page.HTM", PAGE)
    assert PARAGRAPH in only_article(read(path)).text


def test_article_from_html_takes_the_given_url_when_the_page_has_none() -> None:
    page = PAGE.replace('<link rel="canonical" href="https://daily.example/talks-fail">', "")
    article = article_from_html(page.encode(), origin="x", url="https://x.example/a")
    assert article.url == "https://x.example/a"
    assert article.origin == "x"


def test_article_from_html_raises_when_there_is_no_main_text() -> None:
    with pytest.raises(IngestError, match="no main text"):
        article_from_html(EMPTY_PAGE, origin="x")


def test_html_without_main_text_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.html", EMPTY_PAGE)
    rejected = only_rejected(read(path))
    assert rejected.origin == str(path)
    assert "no main text" in rejected.reason


# --- JSON Lines


def test_jsonl_one_article_per_line_with_metadata(tmp_path: Path) -> None:
    lines = [
        {
            "id": "x1",
            "text": "Body one.",
            "title": "One",
            "url": "https://a.example/1",
            "outlet": "A",
            "published": "2016-05-02",
        },
        {"text": "Body two.", "published": "2016-05-03T23:10:00-04:00"},
    ]
    path = write(tmp_path / "a.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    one, two = read(path)
    assert one == Article(
        text="Body one.",
        title="One",
        outlet="A",
        url="https://a.example/1",
        published=date(2016, 5, 2),
        origin=f"{path}:1",
    )
    assert isinstance(two, Article)
    assert two.published == date(2016, 5, 3)  # the date as written, not moved to UTC
    assert (two.title, two.origin) == (None, f"{path}:2")


def test_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write('{"text": "Zipped."}\n')
    article = only_article(read(path))
    assert (article.text, article.origin) == ("Zipped.", f"{path}:1")


def test_html_gz_and_txt_gz_are_read_like_their_plain_files(tmp_path: Path) -> None:
    page = write(tmp_path / "page.HTML.gz", gzip.compress(PAGE.encode()))
    text = write(tmp_path / "a.txt.gz", gzip.compress(b"Title\nZipped."))
    assert PARAGRAPH in only_article(read(page)).text
    assert only_article(read(text)).text == "Title\nZipped."
    assert [a.origin for a in read(tmp_path) if isinstance(a, Article)] == [str(text), str(page)]


def test_a_gzip_page_over_the_limit_is_refused(tmp_path: Path) -> None:
    # Incompressible bytes, so the ratio guard against gzip bombs stays quiet.
    path = write(tmp_path / "a.txt.gz", gzip.compress(random.Random(0).randbytes(7000)))
    assert "over the limit" in only_rejected(read(path, max_chars=1000)).reason


def test_corrupt_gzip_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl.gz", gzip.compress(b'{"text": "x"}\n')[:12])
    assert "corrupt gzip" in only_rejected(read(path)).reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("not json", "not JSON: Expecting value at column 1"),
        ("[1, 2]", "a JSON array, not an object"),
        ('"text"', "a JSON string, not an object"),
        ('{"title": "no text"}', 'no string "text" field'),
        ('{"text": 42}', 'no string "text" field'),
        ('{"text": "x", "title": 3}', '"title" must be a string, not a number'),
        ('{"text": "x", "published": "last week"}', "bad published value 'last week'"),
        ('{"text": "x", "published": 2020}', "bad published value 2020"),
        ('{"text": " \\n "}', "empty article (only whitespace)"),
    ],
)
def test_bad_jsonl_lines_are_rejected_and_the_rest_read(
    tmp_path: Path, line: str, reason: str
) -> None:
    path = write(tmp_path / "a.jsonl", f'{{"text": "good"}}\n{line}\n{{"text": "also good"}}\n')
    good, bad, also = read(path)
    assert isinstance(good, Article) and isinstance(also, Article)
    assert isinstance(bad, Rejected)
    assert bad.origin == f"{path}:2"
    assert reason in bad.reason


def test_invalid_utf8_in_a_jsonl_line_names_the_byte(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", b'{"text": "caf\xe9"}\n')
    rejected = only_rejected(read(path))
    assert rejected.origin == f"{path}:1"
    assert rejected.reason.startswith("invalid UTF-8 at byte 13")


# --- directories and stdin


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B")
    (tmp_path / "a").mkdir()
    write(tmp_path / "a" / "z.txt", "AZ")
    write(tmp_path / "a" / "notes.md", "skipped: not a known type")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden" / "c.txt", "skipped: hidden")
    write(tmp_path / "c.jsonl", '{"text": "C1"}\n{"text": "C2"}\n')
    texts = [a.text for a in read(tmp_path) if isinstance(a, Article)]
    assert texts == ["AZ", "B", "C1", "C2"]


def test_empty_directory_is_rejected(tmp_path: Path) -> None:
    assert "directory has no" in only_rejected(read(tmp_path)).reason


@pytest.mark.parametrize(
    ("data", "text", "origin"),
    [
        (PAGE.encode(), None, "<stdin>"),
        (b'{"text": "from jsonl"}\n', "from jsonl", "<stdin>:1"),
        (b"Plain title\n{not json}\n", "Plain title\n{not json}\n", "<stdin>"),
    ],
)
def test_stdin_is_sniffed(
    monkeypatch: pytest.MonkeyPatch, data: bytes, text: str | None, origin: str
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    article = only_article(read("-"))
    assert article.origin == origin
    assert article.text == text if text is not None else PARAGRAPH in article.text


def test_sniff() -> None:
    assert sniff(b"\n  <!doctype html><html>") is InputKind.HTML
    assert sniff(b'{"text": "a"}\n{"text": "b"}') is InputKind.JSONL
    assert sniff(b"{braces} in prose") is InputKind.TEXT
    assert sniff(b"<3 you, she wrote.") is InputKind.TEXT


def test_holds_several(tmp_path: Path) -> None:
    assert holds_several(str(tmp_path))
    assert holds_several("x.jsonl") and holds_several("x.JSONL.gz")
    assert not holds_several("x.txt") and not holds_several("-")


# --- published


def test_published_is_a_default_for_inputs_without_a_date(tmp_path: Path) -> None:
    dated = write(tmp_path / "a.jsonl", '{"text": "x", "published": "2016-05-02"}\n')
    undated = write(tmp_path / "b.txt", "y")
    items = read(dated, undated, published=date(2020, 1, 3))
    assert [a.published for a in items if isinstance(a, Article)] == [
        date(2016, 5, 2),
        date(2020, 1, 3),
    ]


# --- rejected files


def test_missing_file(tmp_path: Path) -> None:
    rejected = only_rejected(read(tmp_path / "nope.txt"))
    assert rejected == Rejected(str(tmp_path / "nope.txt"), "no such file or directory")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "a.txt", "x")

    def refuse(self: Path, *args: object) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    assert only_rejected(read(path)).reason == "cannot read: Permission denied"


def test_invalid_utf8_names_the_byte(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Café ".encode() + b"\xff rest")
    assert only_rejected(read(path)).reason == "invalid UTF-8 at byte 6 (0xff): invalid start byte"


@pytest.mark.parametrize("name", ["a.txt", "a.html"])
def test_binary_input(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary input" in only_rejected(read(path)).reason


def test_whitespace_only_article(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", " \n\t\n")
    assert only_rejected(read(path)).reason == "empty article (only whitespace)"


def test_text_over_max_chars_says_size_and_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "x" * 1500)
    assert only_rejected(read(path, max_chars=1000)).reason == (
        "text is 1,500 characters, over the limit of 1,000"
    )


def test_file_too_large_to_fit_is_refused_unread(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "x" * 7000)
    assert only_rejected(read(path, max_chars=1000)).reason == (
        "file is 7,000 bytes, over the limit of 6,000 bytes (6 for each of --max-chars)"
    )


def test_unknown_extension_given_explicitly(tmp_path: Path) -> None:
    path = write(tmp_path / "a.pdf", "x")
    assert only_rejected(read(path)).reason.startswith("unknown file type (expected .txt")


def test_a_batch_goes_on_past_bad_inputs(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Good.")
    bad = write(tmp_path / "bad.txt", b"\x00")
    items = read(bad, tmp_path / "missing.txt", good)
    assert [type(x) for x in items] == [Rejected, Rejected, Article]
    assert str(items[0]).startswith(f"{bad}: binary input")
