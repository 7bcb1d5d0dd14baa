"""The attribution methods, chosen per call: the rules, or a learned tagger reading their output.

``rules`` (the default), ``model`` (the CRF tagger's attributions), ``combined`` (the rules', plus
the CRF's confident extras), ``minilm`` (the fine-tuned MiniLM's attributions; the optional
minilm extra) and ``accurate`` (the rules' and the MiniLM's, filtered and merged; the same
extra). This registry sits above both `sourcetrace.attribution` (the rules) and
`sourcetrace.learned` (the taggers, which read the rules' output), so neither imports upward.
"""

from __future__ import annotations

from enum import StrEnum

from spacy.tokens import Doc

from sourcetrace.attribution import extract_rule_attributions
from sourcetrace.attribution.candidate import Candidate
from sourcetrace.english import reads_as_english
from sourcetrace.learned.accurate import extract_accurate
from sourcetrace.learned.extract import Tagger, extract_learned
from sourcetrace.nlp import doc_text


class Method(StrEnum):
    RULES = "rules"
    MODEL = "model"  # the tagger's attributions only
    COMBINED = "combined"  # the rules', plus the tagger's confident lexicon-cued extras
    MINILM = "minilm"  # the MiniLM tagger's attributions only (needs the minilm extra)
    ACCURATE = "accurate"  # the rules' and MiniLM's, through a learned filter (minilm extra)


# The rules by default: on our gold set the tagger's extras add a false attribution to the Yahoo
# seed while gaining PolNeAR recall (see src/sourcetrace/learned/MODEL_CARD.md); combined is one
# parameter away for corpus work that values recall.
DEFAULT_METHOD = Method.RULES
INSTALL_MINILM = "pip install torch==2.13.0 'sourcetrace[minilm]'"  # what the minilm extra needs


class UnknownMethodError(ValueError):
    """A method name that is none of `Method`'s."""


class MissingExtraError(ImportError):
    """The chosen method needs packages of an optional extra that are not installed."""


def parse_method(value: str) -> Method:
    """``value`` as a `Method`; `UnknownMethodError` naming it and the choices when it is none."""
    try:
        return Method(value)
    except ValueError:
        choices = ", ".join(m.value for m in Method)
        raise UnknownMethodError(
            f"unknown attribution method {value!r}: choose one of {choices}"
        ) from None


def extract_attributions(doc: Doc, method: Method = DEFAULT_METHOD) -> list[Candidate]:
    """Every attribution in ``doc``, in text order, by ``method``; none in a text that is not
    English, which every method would misread."""
    if not reads_as_english(doc_text(doc)):
        return []
    rules = extract_rule_attributions(doc)
    if method is Method.RULES:
        return rules
    if method is Method.MINILM:
        return extract_learned(doc, rules, combined=False, tagger=minilm_tagger(method))
    if method is Method.ACCURATE:
        tagged = extract_learned(doc, rules, combined=False, tagger=minilm_tagger(method))
        return extract_accurate(doc, rules, tagged)
    return extract_learned(doc, rules, combined=method is Method.COMBINED)


def minilm_tagger(method: Method) -> Tagger:
    """The MiniLM tagger for ``method``; `MissingExtraError` when the minilm extra is not
    installed."""
    try:
        from sourcetrace.learned.minilm import tag_doc  # torch: imported only when chosen
    except ImportError as e:
        raise MissingExtraError(
            f"the {method} method needs the minilm extra ({e.name} is not installed): "
            + INSTALL_MINILM
        ) from e
    return tag_doc
