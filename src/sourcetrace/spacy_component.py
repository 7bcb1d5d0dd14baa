"""A spaCy component for users who already run spaCy: ``nlp.add_pipe("sourcetrace")``.

It sets ``doc._.attributions``, ``doc._.sources`` and ``doc._.boilerplate``. Registered through the
``spacy_factories`` entry point, so spaCy imports this module whenever it builds a pipeline: keep
its imports light and let the stages load on first use.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

for _attr in ("attributions", "sources", "boilerplate"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=())


class SourcetraceComponent:
    """Runs attribution and source resolution on a parsed Doc (needs a parser and NER before it).

    Boilerplate is flagged but, unlike ``sourcetrace.analyze``, not blanked before parsing: the
    Doc was already parsed by the time this component sees it.
    """

    def __call__(self, doc: Doc) -> Doc:
        from sourcetrace.attribution import extract_attributions
        from sourcetrace.clean import find_boilerplate
        from sourcetrace.sources import resolve_sources

        doc._.boilerplate = find_boilerplate(doc.text)
        sources, attributions = resolve_sources(doc, extract_attributions(doc))
        doc._.sources = sources
        doc._.attributions = attributions
        return doc


@Language.factory("sourcetrace", requires=["token.dep", "doc.ents"])
def make_sourcetrace(nlp: Language, name: str) -> SourcetraceComponent:
    return SourcetraceComponent()
