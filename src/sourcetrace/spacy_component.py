"""A spaCy component for users who already run spaCy: ``nlp.add_pipe("sourcetrace")``, or
``nlp.add_pipe("sourcetrace", config={"method": "minilm"})`` for another attribution method.

It sets ``doc._.attributions``, ``doc._.sources`` and ``doc._.boilerplate``. Registered through the
``spacy_factories`` entry point, so spaCy imports this module whenever it builds a pipeline: keep
its imports light and let the stages load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from sourcetrace.methods import Method

for _attr in ("attributions", "sources", "boilerplate"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=())


class SourcetraceComponent:
    """Runs attribution and source resolution on a parsed Doc (needs a parser and NER before it).

    Boilerplate is flagged but, unlike ``sourcetrace.analyze``, not blanked before parsing: the
    Doc was already parsed by the time this component sees it.
    """

    def __init__(self, method: Method) -> None:
        self.method = method

    def __call__(self, doc: Doc) -> Doc:
        from sourcetrace.clean import find_boilerplate
        from sourcetrace.methods import extract_attributions
        from sourcetrace.sources import resolve_sources

        doc._.boilerplate = find_boilerplate(doc.text)
        sources, attributions = resolve_sources(doc, extract_attributions(doc, self.method))
        doc._.sources = sources
        doc._.attributions = attributions
        return doc


@Language.factory(
    "sourcetrace", default_config={"method": "rules"}, requires=["token.dep", "doc.ents"]
)
def make_sourcetrace(nlp: Language, name: str, method: str) -> SourcetraceComponent:
    """``method``: an attribution method of `sourcetrace.methods.Method` (an unknown one raises
    `UnknownMethodError` when the pipe is added)."""
    from sourcetrace.methods import parse_method

    return SourcetraceComponent(parse_method(method))
