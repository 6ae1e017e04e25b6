"""Reading the store back on SQLite and PostgreSQL: full-text search, keyset pagination in
priority order with and without filters, and two reviewers on one finding at once."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timezone

import pytest
from review_support import AIRLINE, example_calls, quick_user, variant_calls

from mot_detect.labels import ACKNOWLEDGED_CUE, MISSED_CUE
from mot_detect.pipeline import Detector
from mot_detect.store import ScoredBy, Store, open_store, save_call
from mot_detect.store.calls import finding_key
from mot_detect.store.queries import CallFilter, Cursor, get_call, list_calls
from mot_detect.store.reviews import current_verdicts, history, review_call, review_finding
from mot_detect.store.users import User
from mot_detect.types import Call


@pytest.fixture()
def examples_store(store_url: str, detector: Detector) -> Iterator[Store]:
    store = open_store(store_url)
    scored_by = ScoredBy.of(detector)
    for call in example_calls(detector):
        save_call(store, call, scored_by)
    yield store
    store.close()


def _found(store: Store, query: str) -> set[str]:
    with store.sessions() as session:
        return {c.call_id for c in list_calls(session, CallFilter(search=query), limit=200).calls}


def test_search_finds_words_with_stemming_and_any_case(examples_store: Store) -> None:
    assert _found(examples_store, "flights") == {AIRLINE}  # the transcript says "flight"
    assert _found(examples_store, "FUNERAL") == {AIRLINE}
    assert _found(examples_store, "Oxygen") == {"ex-energy-01"}
    assert _found(examples_store, "eulogy funeral") == {AIRLINE}  # every word must be there
    assert _found(examples_store, "eulogy oxygen") == set()
    assert _found(examples_store, "xylophonist") == set()


SYNTAX_AROUND_WORDS = (
    '"flight',
    "flight*",
    "-flight",
    ":flight",
    "flight:",
    "flight'",
    "(flight) ^ {funeral} + ~",
)
# each query, and the plain words it must search for (None: no word, so every call)
SYNTAX_AS_WORDS: tuple[tuple[str, str | None], ...] = (
    ('"', None),
    ("*", None),
    ("-", None),
    (":", None),
    ("'", None),
    ("   ", None),
    ("NEAR(", "near"),
    ('NEAR("flight" funeral, 3)', "near flight funeral 3"),
    ("flight AND NOT funeral", "flight and not funeral"),
    ("funeral OR xylophonist", "funeral or xylophonist"),
)


def test_search_ignores_query_syntax_in_user_input(examples_store: Store) -> None:
    """Operators are words like any other (never FTS syntax, never an error); a query without
    a word searches nothing and lists every call."""
    for query in SYNTAX_AROUND_WORDS:
        assert _found(examples_store, query) == {AIRLINE}, query
    every = _all(examples_store)
    assert len(every) == 8
    for query, words in SYNTAX_AS_WORDS:
        found = _found(examples_store, query)
        assert found == (_found(examples_store, words) if words else every), query
    # OR is not an operator: xylophonist must be there too
    assert _found(examples_store, "funeral OR xylophonist") == set()


def _all(store: Store) -> set[str]:
    with store.sessions() as session:
        return {c.call_id for c in list_calls(session, CallFilter(), limit=200).calls}


def _walk(store: Store, filters: CallFilter, limit: int) -> list[str]:
    seen: list[str] = []
    after: Cursor | None = None
    with store.sessions() as session:
        for _ in range(100):
            page = list_calls(session, filters, after, limit)
            assert len(page.calls) <= limit
            seen.extend(c.call_id for c in page.calls)
            if page.next is None:
                return seen
            after = Cursor.decode(page.next.encode())  # the cursor survives its text form
    raise AssertionError("paging did not end")


@pytest.fixture()
def variants_store(store_url: str, detector: Detector) -> Iterator[Store]:
    store = open_store(store_url)
    scored_by = ScoredBy.of(detector)
    for call in variant_calls(detector):
        save_call(store, call, scored_by)
    yield store
    store.close()


def _labels(call: Call) -> set[str]:
    labels = {ls.label for u in call.utterances for ls in u.labels}
    return labels | {f.label for f in call.findings if f.label in (MISSED_CUE, ACKNOWLEDGED_CUE)}


REVIEWED = {"ex-airline-01-v1", "ex-energy-01-v0", "ex-address-01-v2", "ex-retail-01-v2"}
SINCE = datetime(2026, 3, 1, tzinfo=timezone.utc)
UNTIL = datetime(2026, 8, 1, tzinfo=timezone.utc)


def _started(call: Call) -> datetime:
    assert call.started_at is not None
    return call.started_at


FILTERS: list[tuple[str, CallFilter, Callable[[Call], bool]]] = [
    ("label", CallFilter(label="deadline"), lambda c: "deadline" in _labels(c)),
    ("missed_cue", CallFilter(label=MISSED_CUE), lambda c: MISSED_CUE in _labels(c)),
    ("acknowledged", CallFilter(label=ACKNOWLEDGED_CUE), lambda c: ACKNOWLEDGED_CUE in _labels(c)),
    ("missed_only", CallFilter(missed_only=True), lambda c: MISSED_CUE in _labels(c)),
    ("agent", CallFilter(agent="ben"), lambda c: c.metadata["agent"] == "ben"),
    ("queue", CallFilter(queue="claims"), lambda c: c.metadata["queue"] == "claims"),
    ("level", CallFilter(level="high"), lambda c: c.score is not None and c.score.level == "high"),
    ("reviewed", CallFilter(reviewed=True), lambda c: c.call_id in REVIEWED),
    ("not_reviewed", CallFilter(reviewed=False), lambda c: c.call_id not in REVIEWED),
    ("since", CallFilter(since=SINCE), lambda c: _started(c) >= SINCE),
    ("until", CallFilter(until=UNTIL), lambda c: _started(c) < UNTIL),
    ("range", CallFilter(since=SINCE, until=UNTIL), lambda c: SINCE <= _started(c) < UNTIL),
    (
        "combined",
        CallFilter(missed_only=True, queue="billing", reviewed=False, level="high"),
        lambda c: (
            MISSED_CUE in _labels(c)
            and c.metadata["queue"] == "billing"
            and c.call_id not in REVIEWED
            and c.score is not None
            and c.score.level == "high"
        ),
    ),
    # only the airline call says "flight" (test_search_finds_words_with_stemming_and_any_case)
    ("search", CallFilter(search="flights"), lambda c: c.call_id.startswith(AIRLINE)),
    (
        "search_agent",
        CallFilter(search="flights", agent="cho"),
        lambda c: c.call_id.startswith(AIRLINE) and c.metadata["agent"] == "cho",
    ),
]


def test_keyset_paging_walks_every_call_once_in_priority_order(
    variants_store: Store, detector: Detector
) -> None:
    calls = {c.call_id: c for c in variant_calls(detector)}
    assert len(calls) == 24
    with variants_store.sessions() as session:
        rows = list_calls(session, CallFilter(), limit=200).calls
        keys = [(r.priority, r.id) for r in rows]
    assert len(rows) == 24 and keys == sorted(keys, reverse=True)
    order = [r.call_id for r in rows]
    # many calls share a priority (the variants of one example, every 0.0): ties break by row
    assert len({r.priority for r in rows}) < len(rows)
    for limit in (1, 5, 7, 24, 30):
        assert _walk(variants_store, CallFilter(), limit) == order, limit


def test_keyset_paging_with_each_filter(variants_store: Store, detector: Detector) -> None:
    calls = {c.call_id: c for c in variant_calls(detector)}
    reviewer = quick_user(variants_store, "rita")
    with variants_store.transaction() as session:
        for call_id in REVIEWED:
            row = get_call(session, call_id)
            assert row is not None
            review_call(session, row, "yes", "", "", reviewer)
    order = _walk(variants_store, CallFilter(), 200)
    for name, filters, wanted in FILTERS:
        expected = [i for i in order if wanted(calls[i])]
        assert 0 < len(expected) < len(order), name  # each filter keeps some and drops some
        assert _walk(variants_store, filters, 2) == expected, name
        assert _walk(variants_store, filters, 3) == expected, name


def test_two_reviewers_on_one_finding_at_once_both_keep_their_verdict(
    examples_store: Store, detector: Detector
) -> None:
    call = next(c for c in example_calls(detector) if c.call_id == AIRLINE)
    key = finding_key(next(f for f in call.findings if f.label == MISSED_CUE))
    users = [quick_user(examples_store, "rita"), quick_user(examples_store, "sam")]
    verdicts = {"rita": "confirm", "sam": "reject"}
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def review(user: User) -> None:
        try:
            start.wait()
            with examples_store.transaction() as session:
                row = get_call(session, AIRLINE)
                assert row is not None
                review_finding(session, row, key, verdicts[user.username], user)
        except BaseException as exc:  # reported below, with the thread's failure
            errors.append(exc)

    threads = [threading.Thread(target=review, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with examples_store.sessions() as session:
        row = get_call(session, AIRLINE)
        assert row is not None
        kept = history(session, row)
        current = current_verdicts(session, row)[key]
    assert sorted((v.reviewer, v.verdict) for v in kept) == [("rita", "confirm"), ("sam", "reject")]
    # the newest is the one written last (the history's order), whoever asked first
    assert (current.reviewer, current.verdict) == (kept[-1].reviewer, kept[-1].verdict)
