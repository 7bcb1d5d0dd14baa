"""The English pipeline's attribute ruler, applied through a table instead of spaCy's Matcher.

``en_core_web_sm``'s ``attribute_ruler`` maps each fine tag to its coarse POS and morphology
(plus a few word exceptions) with 179 Matcher patterns, and runs that Matcher over every token:
about a tenth of the whole parse. Nearly all patterns look at one token only, and what they read
(tag, lower-cased form, dependency, whether it is space) takes few distinct values once every
word no pattern names is read as one and the same unnamed word, so the outcome is computed once
per distinct combination and reused. The result is the ruler's own:
the same patterns, applied in the same order (a later pattern overrides an earlier one), set by
spaCy's own ``set_token_attrs``; `tests/test_attributes.py` checks it token for token.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from sourcetrace.nlp.tables import UnsupportedPipeError, original, put_in_place

# The token attributes a pattern may test here, read with `Doc.to_array`; a ruler whose patterns
# test anything else is left as it is.
_READ = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMNS = list(_READ)
_LOWER = _COLUMNS.index("LOWER")
# Stands for every word that no pattern names: no test can tell them apart (checked on load).
_UNNAMED = "\x00"
_UNNAMED_KEY = 0


class UnsupportedPatternError(UnsupportedPipeError):
    """A ruler pattern this table cannot evaluate exactly as the Matcher would."""


@dataclass(frozen=True, slots=True)
class _ValueTest:
    column: int
    accepts: Callable[[Any], bool]
    names: frozenset[str]  # the values it names (for IN / NOT_IN / equality)


@dataclass(frozen=True, slots=True)
class _Rule:
    number: int  # the ruler's own pattern number: the order its matches are applied in
    tests: tuple[tuple[_ValueTest, ...], ...]  # one conjunction per token of the pattern
    index: int  # which token of the match gets the attributes
    attrs: dict[int | str, Any]  # normalised, as the ruler holds them ("_" for extensions)


# (single rules matching, multi rules it can open, what the single rules set merged)
_Look = tuple[tuple[_Rule, ...], tuple[_Rule, ...], dict[int | str, Any]]


def _value_test(column: int, key: str, spec: Any) -> _ValueTest:
    if isinstance(spec, (str, bool)):
        return _ValueTest(column, lambda v: v == spec, frozenset([str(spec)]))
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, arg),) = spec.items()
        if op == "IN":
            members = frozenset(arg)
            return _ValueTest(column, lambda v: v in members, members)
        if op == "NOT_IN":
            excluded = frozenset(arg)
            return _ValueTest(column, lambda v: v not in excluded, excluded)
        if op == "REGEX":
            regex = re.compile(arg)
            return _ValueTest(column, lambda v: regex.search(v) is not None, frozenset())
    raise UnsupportedPatternError(f"{key}: {spec!r}")


def _token_tests(token_pattern: dict[str, Any]) -> tuple[_ValueTest, ...]:
    tests = []
    for key, spec in token_pattern.items():
        if key not in _READ:
            raise UnsupportedPatternError(f"token attribute {key}")
        tests.append(_value_test(_COLUMNS.index(key), key, spec))
    return tuple(tests)


def _passes(tests: tuple[_ValueTest, ...], values: tuple[Any, ...]) -> bool:
    return all(t.accepts(values[t.column]) for t in tests)


def rules_of(ruler: AttributeRuler) -> list[_Rule]:
    """The ruler's patterns as table rules, in the ruler's order."""
    rules: list[_Rule] = []
    for number, attrs in enumerate(ruler.attrs):
        _, patterns = ruler.matcher.get(str(number))
        for pattern in patterns:
            tests = tuple(_token_tests(dict(tp)) for tp in pattern)
            rules.append(_Rule(number, tests, ruler.indices[number], attrs))
    return rules


class TableAttributes:
    """Sets what ``ruler`` would set on each token of a parsed Doc."""

    def __init__(self, ruler: AttributeRuler) -> None:
        rules = rules_of(ruler)
        self._vocab = ruler.vocab
        self._single = [r for r in rules if len(r.tests) == 1]
        self._multi = [r for r in rules if len(r.tests) > 1]
        lower_tests = [t for r in rules for tests in r.tests for t in tests if t.column == _LOWER]
        self._named = frozenset().union(*(t.names for t in lower_tests))
        self._regexes = [t for t in lower_tests if not t.names]
        # the stand-in shares its key with the empty string's
        if {_UNNAMED, ""} & self._named or any(t.accepts(_UNNAMED) for t in self._regexes):
            raise UnsupportedPatternError("a pattern names the stand-in for unnamed words")
        # lower-cased form -> itself where a pattern can tell it apart, else the stand-in
        self._lower_key: dict[int, int] = {}
        # distinct (tag, lower, dep, is_space) -> (single rules matching, multi rules it can open,
        # what the single rules set, merged)
        self._seen: dict[tuple[int, ...], _Look] = {}

    def __call__(self, doc: Doc) -> Doc:
        keys = [self._key(row) for row in doc.to_array([_READ[c] for c in _COLUMNS]).tolist()]
        looks = [self._look(key) for key in keys]
        extra: dict[int, list[_Rule]] = {}
        for i, (_, opens, _) in enumerate(looks):
            for rule in opens:
                if self._multi_match(rule, keys, i):
                    extra.setdefault(i + _target(rule), []).append(rule)
        for i, (singles, _, merged) in enumerate(looks):
            if i in extra:
                token = doc[i]
                for rule in sorted([*singles, *extra[i]], key=lambda r: r.number):
                    set_token_attrs(token, rule.attrs)
            elif merged:  # one call per token, however many single-token rules it matches
                set_token_attrs(doc[i], merged)
        return doc

    def _key(self, row: list[int]) -> tuple[int, ...]:
        lower = row[_LOWER]
        key = self._lower_key.get(lower)
        if key is None:
            word = self._vocab.strings[lower]
            named = word in self._named or any(t.accepts(word) for t in self._regexes)
            key = self._lower_key[lower] = lower if named else _UNNAMED_KEY
        row[_LOWER] = key
        return tuple(row)

    def _look(self, key: tuple[int, ...]) -> _Look:
        found = self._seen.get(key)
        if found is None:
            values = self._values(key)
            singles = tuple(r for r in self._single if _passes(r.tests[0], values))
            opens = tuple(r for r in self._multi if _passes(r.tests[0], values))
            found = self._seen[key] = (singles, opens, _merged(singles))
        return found

    def _values(self, key: tuple[int, ...]) -> tuple[Any, ...]:
        strings = self._vocab.strings
        return tuple(
            bool(v) if col == "IS_SPACE" else _UNNAMED if v == _UNNAMED_KEY else strings[v]
            for col, v in zip(_COLUMNS, key, strict=True)
        )

    def _multi_match(self, rule: _Rule, keys: list[tuple[int, ...]], start: int) -> bool:
        if start + len(rule.tests) > len(keys):
            return False
        return all(
            _passes(tests, self._values(keys[start + j]))
            for j, tests in enumerate(rule.tests)
            if j > 0
        )


def _merged(rules: Sequence[_Rule]) -> dict[int | str, Any]:
    """What ``rules`` set, applied in order, as one mapping: a later rule's value overrides an
    earlier one's, as when each is set in turn (extension attributes merged the same way)."""
    merged: dict[int | str, Any] = {}
    for rule in rules:
        for attr, value in rule.attrs.items():
            merged[attr] = {**merged.get(attr, {}), **value} if attr == "_" else value
    return merged


def _target(rule: _Rule) -> int:
    return rule.index if rule.index >= 0 else len(rule.tests) + rule.index


@Language.factory("sourcetrace_table_attributes")
def make_table_attributes(nlp: Language, name: str) -> TableAttributes:
    """The table of ``nlp``'s own attribute ruler (added beside it, before it is removed)."""
    return TableAttributes(original(nlp, "attribute_ruler", AttributeRuler))


def use_table_attributes(nlp: Language) -> None:
    """Put the table in place of ``nlp``'s attribute ruler; a ruler the table cannot reproduce
    exactly (patterns on other attributes or operators) stays."""
    put_in_place(nlp, "attribute_ruler", "sourcetrace_table_attributes")
