"""Property tests over random Unicode: whatever the text, ``analyze_stream`` gives an analysis
(never an exception), its spans are valid offsets, and the SQLite store gives the text back."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sourcetrace.ingest import Rejected, normalize
from sourcetrace.model import Analysis, Article
from sourcetrace.nlp import load_pipeline
from sourcetrace.pipeline import analyze_stream
from sourcetrace.store import Store

# Any code point, surrogates and controls included, with the marks news text is made of.
TEXTS = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from("\"“”'.,:;\n -—(")),
    min_size=1,
    max_size=300,
)
SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    load_pipeline()  # once, before the examples
    return Store.open(str(tmp_path_factory.mktemp("props") / "props.db"))


def analysis_of(text: str) -> Analysis:
    [result] = analyze_stream([Article(text=text, title=text[:20])])
    assert not isinstance(result, Rejected), result
    return result


def spans(analysis: Analysis) -> list[tuple[int, int, str]]:
    found = [(m.start, m.end, m.text) for s in analysis.sources for m in s.mentions]
    for a in analysis.attributions:
        found += [(c.start, c.end, c.text) for c in a.content]
        found += [(x.start, x.end, x.text) for x in (a.cue, a.speaker) if x is not None]
    found += [(t.start, t.end, t.text) for t in analysis.timeline]
    return found


@SETTINGS
@given(TEXTS)
def test_any_text_is_analyzed_with_valid_offsets(text: str) -> None:
    analysis = analysis_of(text)
    assert analysis.text == normalize(text)  # same length: every offset keeps its meaning
    for start, end, span in spans(analysis):
        assert 0 <= start <= end <= len(analysis.text)
        assert analysis.text[start:end] == span
    for b in analysis.boilerplate:
        assert 0 <= b.start <= b.end <= len(analysis.text)


@SETTINGS
@given(TEXTS)
def test_any_text_round_trips_through_the_store(store: Store, text: str) -> None:
    analysis = analysis_of(text)
    store.write([analysis])
    stored = store.analysis(analysis.id)
    assert stored is not None
    assert (stored.text, stored.title) == (analysis.text, analysis.title)
