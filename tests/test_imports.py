"""The import graph between sourcetrace's packages: no cycle, and no import up the flow.

Every module under src/sourcetrace is parsed with `ast`, and every import counts: at the top, inside
a function (a lazy import is still a dependency, and the way loops hide) or under TYPE_CHECKING.
A node is a package (``attribution``) or a top-level module (``pipeline``); ``learned.training`` is
a node of its own, above ``eval``, so that the taggers' inference stays below the PolNeAR reader.

The layers follow the flow in ../shared/DESIGN.md and the README's code layout, bottom first, with
the pipeline where it stands: above the stages and above what only reads their `Analysis`
(render, corpus, store), below the surfaces that run it (eval, batch, web, the CLI). A node may
import its own modules and the nodes of lower layers; nodes of one layer are siblings and import
neither each other nor anything above.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
ROOT = "sourcetrace"

LAYERS: tuple[tuple[str, ...], ...] = (
    ("name_tables",),  # the user-editable name tables (outlet aliases, given names), read below
    # the data model, the name vocabulary, atomic writes, outlet names, counted wording, given
    # names and their diminutives, whether a text reads as English, the US states' names
    ("model", "vocabulary", "atomic", "outlets", "wording", "given_names", "english", "states"),
    # an article's lines with their offsets, read by ingest and clean; the shape of a signature
    # line under a tweet or a quotation and a tweet tag's markup, read by headings, clean, nlp
    # (the parser never sees the markup), attribution and sources (a tweet author's name)
    ("lines", "signatures"),
    ("names",),  # name normalization
    ("ingest",),
    # section heads: the article's own text, blanked for parsing like boilerplate; clean reads
    # their size limit so that a longer line in capitals is a teaser, not a head
    ("headings",),
    ("clean",),
    ("nlp",),
    ("attribution",),  # the rules
    ("learned",),  # the taggers at analysis time: they read the rules' output
    ("methods",),  # the method registry, composing the rules and the taggers
    ("sources",),
    ("entities", "timeline"),
    # What reads an Analysis needs model.py, never the pipeline that makes one.
    ("render",),
    ("corpus",),
    ("store",),  # keeps analyses and what corpus computes over them (events, identities)
    # The pipeline chains the stages; the surfaces above it run it.
    ("pipeline",),
    ("workers",),  # analysis processes with a time budget, for the server and batch
    ("sourcetrace", "spacy_component"),  # the package's front door; the spaCy factory
    ("eval",),
    ("learned.training",),  # trains the taggers on PolNeAR, read through eval
    ("batch",),
    ("web",),
    ("cli",),  # every command, its options and its error printer
)


@dataclass(frozen=True, slots=True)
class Edge:
    source: str  # the importing node
    target: str  # the imported node
    where: str  # path:line of the import

    def __str__(self) -> str:
        return f"{self.where}: {self.source} imports {self.target}"


def module_name(path: Path, src: Path) -> str:
    parts = path.relative_to(src).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def node_of(module: str, nodes: Sequence[str]) -> str:
    """The node of a dotted module name: the longest declared prefix, else the first part."""
    parts = module.split(".")[1:]
    for size in range(len(parts), 0, -1):
        if ".".join(parts[:size]) in nodes:
            return ".".join(parts[:size])
    return parts[0] if parts else ROOT


def imported_modules(
    tree: ast.Module, module: str, is_package: bool, modules: set[str]
) -> Iterator[tuple[str, int]]:
    """Every module of ``modules`` that ``module`` imports, with the line of the import. In
    ``from pkg import name``, ``pkg.name`` is the module imported when it is one, else ``pkg``."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolved against the importing package
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], *filter(None, [base])])
            names = [f"{base}.{alias.name}" for alias in node.names]
            names = list(dict.fromkeys(n if n in modules else base for n in names))
        else:
            continue
        for name in names:
            while name and name not in modules:  # ``import sourcetrace.x.function``: x
                name = name.rpartition(".")[0]
            if name:
                yield name, node.lineno


def import_edges(src: Path, nodes: Sequence[str]) -> tuple[set[str], list[Edge]]:
    """The nodes that hold modules under ``src``, and every import between two nodes."""
    files = sorted((src / ROOT).rglob("*.py"))
    modules = {module_name(f, src) for f in files}
    found: set[str] = set()
    edges: list[Edge] = []
    for path in files:
        module = module_name(path, src)
        source = node_of(module, nodes)
        found.add(source)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for name, line in imported_modules(tree, module, path.name == "__init__.py", modules):
            target = node_of(name, nodes)
            if target != source:
                edges.append(Edge(source, target, f"{path.relative_to(src)}:{line}"))
    return found, edges


def upward(edges: Sequence[Edge], layers: Sequence[Sequence[str]]) -> list[Edge]:
    """The imports of a node from its own layer or one above it."""
    level = {node: i for i, layer in enumerate(layers) for node in layer}
    return [e for e in edges if level[e.target] >= level[e.source]]


def cycles(edges: Sequence[Edge]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan's algorithm)."""
    graph: dict[str, set[str]] = {}
    for e in edges:
        graph.setdefault(e.source, set()).add(e.target)
        graph.setdefault(e.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


NODES = [node for layer in LAYERS for node in layer]
FOUND, EDGES = import_edges(SRC, NODES)


def test_every_package_has_one_layer() -> None:
    assert len(NODES) == len(set(NODES)), "a node is declared twice"
    assert sorted(FOUND - set(NODES)) == [], "give these packages a layer in LAYERS"
    assert sorted(set(NODES) - FOUND) == [], "these layers name no module: drop them"


def test_no_import_goes_up_the_flow() -> None:
    assert [str(e) for e in upward(EDGES, LAYERS)] == []


def test_no_cycle_between_packages() -> None:
    assert cycles(EDGES) == []


def _write(src: Path, files: Mapping[str, str]) -> None:
    for name, body in files.items():
        path = src / ROOT / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")


def test_the_check_finds_a_lazy_upward_import_and_the_loop_it_makes(tmp_path: Path) -> None:
    # The loop this test was written against: the rules imported the taggers inside a function.
    _write(
        tmp_path,
        {
            "__init__.py": "",
            "attribution/__init__.py": (
                "def extract():\n    from sourcetrace.learned.extract import tag\n"
            ),
            "learned/__init__.py": "",
            "learned/extract.py": "from sourcetrace import attribution\n\ndef tag(): ...\n",
            "learned/training/__init__.py": "from ..extract import tag\n",
        },
    )
    layers = (("attribution",), ("learned",), ("learned.training",))
    found, edges = import_edges(tmp_path, [n for layer in layers for n in layer])
    assert found == {ROOT, "attribution", "learned", "learned.training"}
    assert [str(e) for e in upward(edges, layers)] == [
        "sourcetrace/attribution/__init__.py:2: attribution imports learned"
    ]
    assert cycles(edges) == [["attribution", "learned"]]
    assert Edge("learned.training", "learned", "sourcetrace/learned/training/__init__.py:1") in (
        edges
    )
