"""The review app's pages and JSON API on SQLite and PostgreSQL, logged in: the call list with
its filters, search and keyset pages, a call's page, reviews through forms and JSON, recordings
with byte ranges, and uploads that land whole or not at all."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from review_support import (
    AIRLINE,
    EXAMPLES,
    example_calls,
    files_under,
    quick_user,
    review_client,
    row_counts,
    session_for,
    write_wav,
)

from mot_detect.labels import MISSED_CUE
from mot_detect.pipeline import Detector
from mot_detect.store import ScoredBy, Store, open_store, save_call
from mot_detect.store.calls import finding_key
from mot_detect.store.queries import get_call
from mot_detect.types import Call, Utterance


@dataclass
class Review:
    store: Store
    client: TestClient
    token: str  # the session's CSRF token
    recordings: Path
    calls: dict[str, Call]
    tmp: Path

    def api(self, url: str, **params: Any) -> Any:
        response = self.client.get(url, params=params)
        assert response.status_code == 200, response.text
        return response.json()

    def post_json(self, url: str, body: dict[str, Any]) -> Any:
        return self.client.post(url, json=body, headers={"X-CSRF-Token": self.token})

    def post_form(self, url: str, data: dict[str, Any]) -> Any:
        return self.client.post(url, data=data | {"csrf_token": self.token})


@pytest.fixture()
def review(store_url: str, detector: Detector, tmp_path: Path) -> Iterator[Review]:
    store = open_store(store_url)
    scored_by = ScoredBy.of(detector)
    recordings = tmp_path / "rec"
    for call in example_calls(detector):
        save_call(store, call, scored_by)
    with review_client(store, detector, recordings) as client:
        token = session_for(client, store, quick_user(store, "rita"))
        calls = {c.call_id: c for c in example_calls(detector)}
        yield Review(store, client, token, recordings, calls, tmp_path)
    store.close()


def _ids(payload: dict[str, Any]) -> list[str]:
    return [c["call_id"] for c in payload["calls"]]


def _page_ids(text: str) -> list[str]:
    return [
        html.unescape(i)
        for i in re.findall(r'class="call-link" href="/calls/[^"]+">([^<]+)<', text)
    ]


def _labels(call: Call) -> set[str]:
    return {ls.label for u in call.utterances for ls in u.labels} | {f.label for f in call.findings}


def test_call_list_and_its_filters(review: Review) -> None:
    every = review.api("/api/calls")
    assert every["next"] is None
    order = _ids(every)
    assert sorted(order) == sorted(review.calls)
    priorities = [c["priority"] for c in every["calls"]]
    assert priorities == sorted(priorities, reverse=True)
    assert _page_ids(review.client.get("/").text) == order
    airline = next(c for c in every["calls"] if c["call_id"] == AIRLINE)
    assert airline["missed_cues"] == 5 and airline["level"] == "high"
    assert "deadline" in airline["labels"] and airline["reviewed_at"] is None
    # times carry their offset (SQLite hands them back without one)
    assert datetime.fromisoformat(airline["started_at"]) == review.calls[AIRLINE].started_at

    def expect(params: dict[str, str], wanted: set[str]) -> None:
        assert 0 < len(wanted) < len(order), params  # the filter keeps some, drops some
        expected = [i for i in order if i in wanted]
        assert _ids(review.api("/api/calls", **params)) == expected, params
        page = review.client.get("/", params=params)
        assert page.status_code == 200
        assert _page_ids(page.text) == expected, params

    calls = review.calls.values()
    expect({"label": "deadline"}, {c.call_id for c in calls if "deadline" in _labels(c)})
    expect({"label": MISSED_CUE}, {c.call_id for c in calls if MISSED_CUE in _labels(c)})
    expect({"missed": "true"}, {c.call_id for c in calls if MISSED_CUE in _labels(c)})
    expect({"level": "high"}, {c.call_id for c in calls if c.score and c.score.level == "high"})
    expect({"agent": "D-2291"}, {"ex-carclaim-01"})
    expect({"queue": "claims_first_notice"}, {"ex-carclaim-01"})
    expect({"q": "Flights"}, {AIRLINE})
    expect({"q": 'oxygen" *'}, {"ex-energy-01"})
    expect({"since": "2026-06-01"}, {"ex-roadside-01", "ex-address-01", "ex-retail-01"})
    # dates are UTC days, and "until" takes in its whole day: the energy call started at
    # 19:52 UTC-5 on 27 January, 00:52 UTC on the 28th
    expect({"until": "2026-01-28"}, {"ex-carclaim-01", "ex-energy-01"})
    expect({"until": "2026-01-27"}, {"ex-carclaim-01"})
    expect(
        {"since": "2026-02-01", "until": "2026-05-31"},
        {AIRLINE, "ex-broadband-01", "ex-mortgage-01"},
    )
    expect({"missed": "1", "level": "high", "q": "flight"}, {AIRLINE})

    assert _ids(review.api("/api/calls", reviewed="yes")) == []
    assert review.post_json(f"/api/calls/{AIRLINE}/review", {"handled": "no"}).status_code == 200
    expect({"reviewed": "yes"}, {AIRLINE})
    reviewed_at = datetime.fromisoformat(review.api(f"/api/calls/{AIRLINE}")["reviewed_at"])
    assert reviewed_at.tzinfo is not None
    expect({"reviewed": "no"}, set(order) - {AIRLINE})


INVALID_LIST_PARAMETERS: list[tuple[dict[str, str], str]] = [
    ({"label": "bogus"}, "field 'label'"),
    ({"since": "2026-02-30"}, "field 'since'"),
    ({"until": "yesterday"}, "field 'until'"),
    ({"level": "extreme"}, "field 'level'"),
    ({"reviewed": "maybe"}, "field 'reviewed'"),
    ({"after": "garbage"}, "field 'after'"),
    ({"after": "1.5_x"}, "field 'after'"),
    ({"limit": "0"}, "limit"),
    ({"limit": "many"}, "limit"),
    ({"missed": "perhaps"}, "missed"),
]


def test_invalid_list_parameters_are_refused_naming_the_field(review: Review) -> None:
    for params, field in INVALID_LIST_PARAMETERS:
        api = review.client.get("/api/calls", params=params)
        assert api.status_code == 400, params
        assert field in api.json()["error"], params
        page = review.client.get("/", params=params)
        assert page.status_code == 400, params
        assert field in html.unescape(page.text), params


def _walk_api(review: Review, **params: Any) -> list[str]:
    seen: list[str] = []
    after: str | None = None
    for _ in range(50):
        payload = review.api("/api/calls", **params, **({"after": after} if after else {}))
        assert len(payload["calls"]) <= params["limit"]
        seen.extend(_ids(payload))
        after = payload["next"]
        if after is None:
            return seen
    raise AssertionError("paging did not end")


def _walk_pages(review: Review, url: str) -> list[str]:
    seen: list[str] = []
    for _ in range(50):
        page = review.client.get(url)
        assert page.status_code == 200
        seen.extend(_page_ids(page.text))
        link = re.search(r'id="next-page" href="([^"]+)"', page.text)
        if link is None:
            return seen
        url = html.unescape(link.group(1))
    raise AssertionError("paging did not end")


def test_keyset_pages_through_api_and_list(review: Review) -> None:
    order = _ids(review.api("/api/calls"))
    assert _walk_api(review, limit=3) == order
    assert _walk_api(review, limit=1) == order
    assert _walk_pages(review, "/?limit=3") == order
    missed = _ids(review.api("/api/calls", missed="true"))
    assert 2 < len(missed) < len(order)
    assert _walk_api(review, limit=2, missed="true") == missed
    assert _walk_pages(review, "/?limit=2&missed=1") == missed


UTTERANCE = re.compile(r'<li id="u-(\d+)"[^>]*>.*?<p class="text">(.*?)</p>', re.DOTALL)
MARK = re.compile(r'<mark class="lb lb-([a-z_]+)" title="[a-z_]+">(.*?)</mark>', re.DOTALL)


def _texts(page: str) -> dict[int, str]:
    return {int(i): body for i, body in UTTERANCE.findall(page)}


def test_the_call_page(review: Review, detector: Detector) -> None:
    call = review.calls[AIRLINE]
    wav = review.tmp / "airline.wav"
    write_wav(wav)
    save_call(
        review.store,
        call,
        ScoredBy.of(detector),
        recording=wav,
        recordings_folder=review.recordings,
    )
    page = review.client.get(f"/calls/{AIRLINE}")
    assert page.status_code == 200
    texts = _texts(page.text)
    assert sorted(texts) == [u.index for u in call.utterances]
    for u in call.utterances:
        shown = texts[u.index]
        assert html.unescape(re.sub(r"</?mark[^>]*>", "", shown)) == u.text, u.index
        spans = sorted(ls.span for ls in u.labels if ls.span)
        marks = [(label, html.unescape(text)) for label, text in MARK.findall(shown)]
        if spans:
            assert marks, u.index
        for label, text in marks:
            assert any(
                ls.label == label and ls.span and text in u.text[ls.span[0] : ls.span[1]]
                for ls in u.labels
            ), (u.index, label, text)
    assert '<mark class="lb lb-deadline"' in page.text
    assert '<mark class="lb lb-family_event"' in page.text
    # the missed cue at #1 links to the agent replies that missed it, and they link back
    missed = next(f for f in call.findings if f.label == MISSED_CUE and f.utterance == 1)
    section = page.text.split('id="missed-moments"', 1)[1].split("</section>", 1)[0]
    for reply in missed.replies:
        assert f'href="#u-{reply}"' in section
    assert 'Missed the cue at <a href="#u-1">#1</a>' in page.text
    # "ten a.m." tomorrow, said 7.4 s into a call started 21:14 the day before (UTC-6)
    assert "Sat 07 Feb 2026, 10:00" in page.text
    assert "the customer had 12 h 45 min" in page.text
    assert f'<audio id="player" controls preload="metadata" src="/recordings/{AIRLINE}">' in (
        page.text
    )

    other = review.client.get("/calls/ex-retail-01")
    assert other.status_code == 200
    assert "<audio" not in other.text
    missing = review.client.get("/calls/no-such-call")
    assert missing.status_code == 404
    assert "no call &#39;no-such-call&#39; in the store" in missing.text


def test_html_in_a_transcript_is_escaped(review: Review, detector: Detector) -> None:
    evil = "<script>alert(1)</script>"
    call = Call(
        call_id="xss-1",
        utterances=[
            Utterance(
                "customer",
                f"My flight is cancelled {evil} and my father's funeral is "
                "tomorrow morning, I need to be there by ten.",
            ),
            Utterance("agent", f"I understand your frustration. {evil}"),
        ],
        metadata={"agent": f"<b>{evil}</b>", "queue": '"><img src=x onerror=alert(1)>'},
    )
    for i, u in enumerate(call.utterances):
        u.index = i
    save_call(review.store, detector.score_call(call), ScoredBy.of(detector))
    for url in ("/calls/xss-1", "/", "/?agent=" + "%3Cb%3E"):
        page = review.client.get(url)
        assert page.status_code == 200
        assert "<script>alert" not in page.text, url
        assert "<img src=x" not in page.text, url
    page = review.client.get("/calls/xss-1").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert '<mark class="lb lb-' in page  # the highlighting still works around escaped text
    assert review.api("/api/calls/xss-1")["utterances"][1]["text"].endswith(evil)


def test_reviews_through_forms_and_json(review: Review) -> None:
    call = review.calls[AIRLINE]
    missed = finding_key(next(f for f in call.findings if f.label == MISSED_CUE))
    deadline = finding_key(next(f for f in call.findings if f.label == "deadline"))
    url = f"/calls/{AIRLINE}"

    confirm = review.post_form(f"{url}/findings/{missed}", {"verdict": "confirm", "note": "yes"})
    assert confirm.status_code == 303
    assert confirm.headers["location"] == f"{url}#u-1"
    rejected = review.post_json(f"/api{url}/findings/{deadline}", {"verdict": "reject"})
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["reviewer"] == "rita" and rejected.json()["verdict"] == "reject"
    relabel = review.post_form(
        f"{url}/findings/{deadline}", {"verdict": "relabel", "label": "distress"}
    )
    assert relabel.status_code == 303
    marked = review.post_form(f"{url}/missed", {"utterance": "3", "label": "distress"})
    assert marked.status_code == 303 and marked.headers["location"] == f"{url}#u-3"
    marked = review.post_json(f"/api{url}/missed", {"utterance": 4, "label": "hold_script"})
    assert marked.status_code == 200, marked.text
    handled = review.post_form(f"{url}/review", {"handled": "partly", "should_have": "rebook"})
    assert handled.status_code == 303

    before = row_counts(review.store)
    refusals: list[tuple[Any, str]] = [
        (review.post_form(f"{url}/findings/{missed}", {"verdict": "approve"}), "field 'verdict'"),
        (
            review.post_json(f"/api{url}/findings/{missed}", {"verdict": "relabel"}),
            "field 'label'",
        ),
        (
            review.post_form(f"{url}/findings/{deadline}", {"verdict": "relabel", "label": "x"}),
            "field 'label'",
        ),
        (
            review.post_json(
                f"/api{url}/findings/{deadline}", {"verdict": "relabel", "label": "deadline"}
            ),
            "field 'label'",
        ),
        (
            review.post_json(f"/api{url}/findings/missed_cue@999", {"verdict": "confirm"}),
            "field 'finding'",
        ),
        (
            review.post_form(f"{url}/missed", {"utterance": "999", "label": "distress"}),
            "field 'utterance'",
        ),
        (
            review.post_json(f"/api{url}/missed", {"utterance": -1, "label": "distress"}),
            "field 'utterance'",
        ),
        (review.post_form(f"{url}/missed", {"utterance": "x", "label": "distress"}), "utterance"),
        (
            review.post_json(f"/api{url}/missed", {"utterance": 3, "label": "bogus"}),
            "field 'label'",
        ),
        (
            review.post_form(f"{url}/missed", {"utterance": "3", "label": MISSED_CUE}),
            "field 'label'",
        ),
        (review.post_form(f"{url}/review", {"handled": "maybe"}), "field 'handled'"),
        (review.post_json(f"/api{url}/review", {"handled": ""}), "field 'handled'"),
        (review.post_json(f"/api{url}/review", {}), "handled"),
    ]
    for response, field in refusals:
        assert response.status_code == 400, (field, response.text)
        assert field in html.unescape(response.text), (field, response.text)
    for bad in (
        review.post_form("/calls/nope/review", {"handled": "yes"}),
        review.post_json("/api/calls/nope/review", {"handled": "yes"}),
    ):
        assert bad.status_code == 404
    assert row_counts(review.store) == before

    page = review.client.get(url).text
    assert '<span class="verdict v-confirm">confirm by rita' in page
    assert '<span class="verdict v-relabel">relabel → distress by rita' in page
    assert 'distress</span> on <a href="#u-3">#3</a> by rita' in page
    assert 'hold_script</span> on <a href="#u-4">#4</a> by rita' in page
    assert "<b>partly</b> by rita" in page and "rebook" in page

    detail = review.api(f"/api{url}")
    reviews = {f["key"]: f["review"] for f in detail["findings"]}
    assert reviews[missed]["verdict"] == "confirm" and reviews[missed]["note"] == "yes"
    assert (reviews[deadline]["verdict"], reviews[deadline]["label"]) == ("relabel", "distress")
    assert {(m["utterance"], m["label"]) for m in detail["missed_labels"]} == {
        (3, "distress"),
        (4, "hold_script"),
    }
    assert detail["reviewed_at"] is not None
    assert detail["scored_by"]["engine"] == "rules"
    assert datetime.fromisoformat(detail["scored_by"]["at"]).tzinfo is not None

    # a second reviewer's verdict becomes the current one; the first stays in the history
    sam = quick_user(review.store, "sam")
    review.token = session_for(review.client, review.store, sam)
    assert review.post_form(f"{url}/findings/{missed}", {"verdict": "reject"}).status_code == 303
    page = review.client.get(url).text
    assert '<span class="verdict v-reject">reject by sam' in page
    history = page.split('id="history"', 1)[1]
    assert re.search(r"<td>rita</td><td>confirm " + re.escape(missed), history)
    assert re.search(r"<td>sam</td><td>reject " + re.escape(missed), history)
    assert _ids(review.api("/api/calls", reviewed="yes")) == [AIRLINE]


def test_recordings_with_byte_ranges(review: Review, detector: Detector) -> None:
    wav = review.tmp / "call.wav"
    data = write_wav(wav, seconds=3.0)
    save_call(
        review.store,
        review.calls[AIRLINE],
        ScoredBy.of(detector),
        recording=wav,
        recordings_folder=review.recordings,
    )
    url = f"/recordings/{AIRLINE}"
    full = review.client.get(url)
    assert full.status_code == 200
    assert full.content == data
    assert full.headers["accept-ranges"] == "bytes"
    assert full.headers["content-type"] == "audio/wav"
    part = review.client.get(url, headers={"Range": "bytes=100-199"})
    assert part.status_code == 206
    assert part.content == data[100:200]
    assert part.headers["content-range"] == f"bytes 100-199/{len(data)}"
    tail = review.client.get(url, headers={"Range": "bytes=-50"})
    assert tail.status_code == 206 and tail.content == data[-50:]
    past = review.client.get(url, headers={"Range": f"bytes={len(data) + 10}-{len(data) + 20}"})
    assert past.status_code == 416
    assert review.client.get("/recordings/ex-retail-01").status_code == 404
    assert review.client.get("/recordings/no-such-call").status_code == 404
    assert review.api(f"/api/calls/{AIRLINE}")["recording"] == url
    assert review.api("/api/calls/ex-retail-01")["recording"] is None


def _upload(review: Review, name: str, content: bytes | str) -> Any:
    body = content.encode() if isinstance(content, str) else content
    return review.client.post(
        "/api/transcripts",
        files={"file": (name, body, "application/octet-stream")},
        headers={"X-CSRF-Token": review.token},
    )


def test_uploading_transcripts(review: Review) -> None:
    document = json.loads((EXAMPLES / "airline_rebooking_funeral_missed.json").read_text())
    document["call_id"] = "upload-1"
    stored = _upload(review, "upload-1.json", json.dumps(document))
    assert stored.status_code == 200, stored.text
    assert stored.json() == {"stored": ["upload-1"]}
    with review.store.sessions() as session:
        row = get_call(session, "upload-1")
        assert row is not None
        airline = review.calls[AIRLINE]
        assert len(row.utterances) == len(airline.utterances)
        assert row.missed_cues == 5 and airline.score is not None
        assert row.priority == airline.score.priority
        assert row.engine == "rules"

    def line(call_id: str, utterance: dict[str, Any]) -> str:
        return json.dumps({"call_id": call_id, "utterances": [utterance]})

    good = {"speaker": "customer", "text": "My flight was cancelled and the funeral is at ten."}
    malformed = [
        ("bad.json", '{"call_id": "bad-1", "utterances": [', "bad.json:1: invalid JSON"),
        (
            "nospeaker.json",
            line("bad-2", {"text": "hello"}),
            "field 'utterances[0].speaker'",
        ),
        (
            "three.jsonl",
            "\n".join([line("bad-3", good), line("bad-4", good), "{oops"]),
            "three.jsonl:3: invalid JSON",
        ),
        (
            "three-fields.jsonl",
            "\n".join([line("bad-5", good), line("bad-6", good), line("bad-7", {"text": "x"})]),
            "three-fields.jsonl:3",
        ),
        ("empty.jsonl", "", "empty.jsonl: no calls"),
        ("latin1.json", "caf\xe9".encode("latin-1"), "not UTF-8"),
    ]
    before = row_counts(review.store)
    for name, content, message in malformed:
        refused = _upload(review, name, content)
        assert refused.status_code == 400, (name, refused.text)
        assert message in refused.json()["error"], (name, refused.text)
    assert row_counts(review.store) == before
    ids = _ids(review.api("/api/calls", limit=200))
    assert not [i for i in ids if i.startswith("bad-")]

    without_token = review.client.post(
        "/api/transcripts", files={"file": ("ok.json", json.dumps(document).encode())}
    )
    assert without_token.status_code == 403
    assert row_counts(review.store) == before


def _attach(
    review: Review, call_id: str, name: str, content: bytes, redacted: str | None = "yes"
) -> Any:
    return review.client.post(
        f"/api/calls/{call_id}/recording",
        files={"file": (name, content, "audio/wav")},
        data={} if redacted is None else {"redacted": redacted},
        headers={"X-CSRF-Token": review.token},
    )


def test_uploading_a_recording(review: Review) -> None:
    data = write_wav(review.tmp / "retail.wav", seconds=2.0)
    before, files = row_counts(review.store), files_under(review.recordings)
    refusals = [
        (
            "ex-retail-01",
            "notes.wav",
            b"this is a text file, not audio\n" * 50,
            400,
            "not a readable",
        ),
        ("ex-retail-01", "empty.wav", b"", 400, "not a readable"),
        ("ex-retail-01", "call.txt", data, 400, "expected a recording"),
        ("no-such-call", "call.wav", data, 404, "no call"),
    ]
    # The store keeps only redacted recordings: the uploader must say this one is.
    unsaid = _attach(review, "ex-retail-01", "retail.wav", data, redacted=None)
    assert unsaid.status_code == 400 and "field 'redacted'" in unsaid.json()["error"]
    for call_id, name, content, status, message in refusals:
        refused = _attach(review, call_id, name, content)
        assert refused.status_code == status, (name, refused.text)
        assert message in refused.json()["error"], (name, refused.text)
    assert row_counts(review.store) == before
    assert files_under(review.recordings) == files

    kept = _attach(review, "ex-retail-01", "retail.wav", data)
    assert kept.status_code == 200, kept.text
    assert kept.json() == {"call_id": "ex-retail-01", "bytes": len(data), "channels": 1}
    assert row_counts(review.store)["recordings"] == before["recordings"] + 1
    assert [p.read_bytes() for p in files_under(review.recordings)] == [data]
    assert review.client.get("/recordings/ex-retail-01").content == data
    assert "<audio" in review.client.get("/calls/ex-retail-01").text
