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
    """Runs attribution and source resolution on a parsed Doc (needs a parser and NER before it),
    with the result ``sourcetrace.analyze`` gives: where the text has boilerplate or headings, the
    components before this one parse it again with them blanked (and a Title Case headline in
    sentence case, and a sentence closing its line closing it for the parser), as ``analyze``
    parses it, so no caption joins a sentence. Offsets are the same in both parses."""

    def __init__(self, nlp: Language, name: str, method: Method) -> None:
        self.nlp = nlp
        self.name = name
        self.method = method

    def __call__(self, doc: Doc) -> Doc:
        from sourcetrace.nlp import blank_boilerplate, remember_text
        from sourcetrace.nlp.parse import lines_open, parser_text
        from sourcetrace.pipeline import attribute

        boilerplate, masked = blank_boilerplate(doc.text)
        cased = parser_text(self.nlp, masked)  # as ``parse_batch`` reads it
        parsed = self._parse(cased) if cased != doc.text or not lines_open(doc) else doc
        remember_text(parsed, masked)
        doc._.boilerplate = boilerplate
        doc._.sources, doc._.attributions = attribute(parsed, self.method)
        return doc

    def _parse(self, text: str) -> Doc:
        """``text`` through this pipeline's components up to this one."""
        from sourcetrace.nlp.parse import open_lines

        parsed = self.nlp.make_doc(text)
        open_lines(parsed, text)
        for name, component in self.nlp.pipeline:
            if name == self.name:
                break
            parsed = component(parsed)
        return parsed


@Language.factory(
    "sourcetrace", default_config={"method": "rules"}, requires=["token.dep", "doc.ents"]
)
def make_sourcetrace(nlp: Language, name: str, method: str) -> SourcetraceComponent:
    """``method``: an attribution method of `sourcetrace.methods.Method` (an unknown one raises
    `UnknownMethodError` when the pipe is added). The pipeline's tokenizer learns the words
    ``analyze`` keeps whole ("e-mailed"), so that both give one result."""
    from sourcetrace.methods import parse_method
    from sourcetrace.nlp import keep_words_whole

    keep_words_whole(nlp)
    return SourcetraceComponent(nlp, name, parse_method(method))
