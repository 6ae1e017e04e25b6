"""Utterances that follow the conversation: Whisper segments split at pauses and VAD region
edges and timed by their words; recorded voices on the agent channel marked `ivr`; rules that
read the turn, so a split never costs a label."""

from __future__ import annotations

import pytest

from mot_detect.audio.asr import AsrSegment, Word
from mot_detect.audio.ivr import RecordedSpeechMarker, mark_recorded_speech, recorded_kind
from mot_detect.audio.segmentation import UtteranceSplitter, split_segments
from mot_detect.pipeline import Detector, DetectorOptions
from mot_detect.types import Call, Utterance


def segment(*words: tuple[float, float, str]) -> AsrSegment:
    return AsrSegment(
        start=words[0][0],
        end=words[-1][1],
        text="".join(f" {w}" for _, _, w in words),
        words=[Word(s, e, f" {w}", 0.9) for s, e, w in words],
    )


def test_a_segment_spanning_a_long_pause_becomes_two_utterances_timed_by_their_words() -> None:
    # The case: Whisper timed the complaint said at 20 s with the number said at 6 s.
    joined = segment(
        (6.0, 6.4, "It's"), (6.4, 7.5, "4401723."), (20.0, 20.3, "This"), (20.3, 20.5, "is"),
        (20.5, 20.8, "the"), (20.8, 21.2, "fifth"), (21.2, 21.6, "call."),
    )  # fmt: skip
    found = list(split_segments([joined]))
    assert [(u.start, u.end, u.text) for u in found] == [
        (6.0, 7.5, "It's 4401723."),
        (20.0, 21.6, "This is the fifth call."),
    ]


def test_short_pauses_and_segment_edges_do_not_split() -> None:
    found = list(
        split_segments(
            [segment((1.0, 1.3, "I"), (1.3, 1.6, "want")), segment((2.4, 2.8, "your name."))]
        )
    )
    assert [u.text for u in found] == ["I want your name."]


def test_a_pause_of_exactly_the_limit_does_not_split_but_a_longer_one_does() -> None:
    at_limit = segment((0.0, 0.5, "one"), (1.5, 2.0, "two"))
    over = segment((0.0, 0.5, "one"), (1.51, 2.0, "two"))
    assert len(list(split_segments([at_limit]))) == 1
    assert len(list(split_segments([over]))) == 2


def test_an_utterance_never_crosses_a_vad_region_edge() -> None:
    # Decoded over concatenated regions, two words can sit close across a region joint.
    found = list(
        split_segments(
            [segment((4.6, 4.9, "hello"), (5.0, 5.3, "there"))],
            regions=[(3.0, 4.95), (4.95, 8.0)],
        )
    )
    assert [u.text for u in found] == ["hello", "there"]


def test_words_are_clipped_into_their_region_and_the_lead_in_is_skipped() -> None:
    # Whisper puts a region's first word at the region's start, which VAD padded by 0.4 s.
    found = list(
        split_segments(
            [segment((10.0, 10.9, "Hello"), (10.9, 11.2, "again"))],
            regions=[(10.0, 12.0)],
            lead_in=0.4,
        )
    )
    assert found[0].start == pytest.approx(10.4)
    # Never past the word's middle, however short the word.
    short = list(split_segments([segment((10.0, 10.2, "Hi"))], [(10.0, 12.0)], lead_in=0.4))
    assert short[0].start == pytest.approx(10.1)
    assert short[0].start < short[0].end


def test_the_splitter_serves_a_stream() -> None:
    splitter = UtteranceSplitter()
    assert splitter.add(segment((0.0, 0.5, "Hello,"))) == []
    assert splitter.close_before(1.2) == []  # 0.7 s of silence: the speaker may go on
    done = splitter.close_before(1.6)
    assert [u.text for u in done] == ["Hello,"]
    assert splitter.add(segment((3.0, 3.5, "again"))) == []
    assert [u.text for u in splitter.flush()] == ["again"]
    assert splitter.flush() == []


def test_a_segment_without_word_times_is_one_piece() -> None:
    bare = AsrSegment(start=2.0, end=4.0, text=" Good morning.")
    assert [(u.start, u.end, u.text) for u in split_segments([bare])] == [
        (2.0, 4.0, "Good morning.")
    ]


def utterances(*lines: tuple[str, float, float, str]) -> list[Utterance]:
    return [Utterance(speaker, text, start, end) for speaker, start, end, text in lines]


def test_ivr_prompts_before_the_agent_and_queue_messages_on_hold_are_the_ivr() -> None:
    call = utterances(
        ("agent", 0.5, 4.0, "Thank you for calling Acme. Please enter your account number, followed by the pound key."),
        ("agent", 6.0, 8.0, "Your call is important to us."),
        ("agent", 12.0, 14.0, "Thank you for calling Acme, this is Dana. How can I help?"),
        ("customer", 15.0, 18.0, "My internet is down again."),
        ("agent", 19.0, 21.0, "Let me put you on a brief hold."),
        ("agent", 40.0, 43.0, "Your call is important to us. Please continue to hold."),
        ("agent", 55.0, 57.0, "All of our agents are busy assisting other customers."),
        ("agent", 60.0, 62.0, "Thanks for holding. I've found the fault on your line."),
    )  # fmt: skip
    assert mark_recorded_speech(call, {}) == 4
    assert [u.speaker for u in call] == [
        "ivr", "ivr", "agent", "customer", "agent", "ivr", "ivr", "agent",
    ]  # fmt: skip


def test_a_live_agent_reading_a_queue_line_mid_conversation_is_still_the_agent() -> None:
    call = utterances(
        ("agent", 1.0, 3.0, "Hi, this is Sam, how can I help?"),
        ("customer", 3.5, 6.0, "I've called five times."),
        ("agent", 6.5, 8.0, "Your call is important to us."),
    )
    assert mark_recorded_speech(call, {}) == 0
    assert call[2].speaker == "agent"


def test_the_platforms_agent_join_time_decides_before_the_agent() -> None:
    call = utterances(
        ("agent", 0.5, 3.0, "Thank you for calling, our offices are open nine to five."),
        ("agent", 9.0, 11.0, "Hello, you're through to Kim."),
    )
    assert mark_recorded_speech(call, {"agent_joined_at": 8.0}) == 1
    assert [u.speaker for u in call] == ["ivr", "agent"]
    # A value that is not seconds is ignored (and logged), not a crash.
    again = utterances(("agent", 0.5, 3.0, "Hello, you're through to Kim."))
    assert mark_recorded_speech(again, {"agent_joined_at": "soon"}) == 0


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("For billing, press two.", "prompt"),
        ("Please say your postcode.", "prompt"),
        ("All of our agents are currently busy.", "hold"),
        ("Thank you for calling Acme, my name is Dana.", None),
        ("Please hold while I check that.", None),
    ],
)
def test_recorded_kind(text: str, kind: str | None) -> None:
    assert recorded_kind(text) == kind


@pytest.fixture(scope="module")
def rules() -> Detector:
    return Detector(DetectorOptions(engine="rules"))


def test_a_cue_split_over_two_utterances_of_one_turn_is_labelled(rules: Detector) -> None:
    call = Call(
        "turn",
        utterances(
            ("customer", 1.0, 2.0, "I want your name. What is your"),
            ("customer", 3.2, 4.0, "full name?"),
            ("agent", 5.0, 6.0, "I'm afraid I can't give out my surname, sir."),
            ("agent", 7.2, 8.0, "That's company policy."),
        ),
    )
    scored = rules.score_call(call)
    escalation = scored.utterances[1].label("escalation")
    assert escalation is not None and escalation.span == (0, len("full name"))
    assert scored.utterances[3].label("policy_refusal") is not None


def test_the_turn_ends_when_the_other_party_speaks(rules: Detector) -> None:
    call = Call(
        "not a turn",
        utterances(
            ("customer", 1.0, 2.0, "What is your"),
            ("agent", 2.5, 3.0, "Sorry?"),
            ("customer", 3.5, 4.0, "full name?"),
        ),
    )
    scored = rules.score_call(call)
    assert scored.utterances[2].label("escalation") is None


def test_segments_without_word_times_keep_a_space_between_them() -> None:
    found = list(
        split_segments(
            [
                AsrSegment(start=0.0, end=2.0, text="Hello there."),
                AsrSegment(start=2.2, end=4.0, text="How are you?"),
            ]
        )
    )
    assert [u.text for u in found] == ["Hello there. How are you?"]


def test_a_word_outside_every_region_keeps_its_own_times() -> None:
    found = list(
        split_segments(
            [segment((1.0, 1.5, "one"), (3.0, 3.4, "two"), (8.5, 9.0, "three"))],
            regions=[(0.0, 2.0), (5.0, 8.0)],
        )
    )
    assert [(u.start, u.end, u.text) for u in found] == [
        (1.0, 1.5, "one"),
        (3.0, 3.4, "two"),
        (8.5, 9.0, "three"),
    ]


def test_a_live_caller_may_pass_only_the_recent_regions() -> None:
    splitter = UtteranceSplitter()
    first = segment((10.0, 10.4, "still"))
    second = segment((10.6, 11.0, "talking"))
    assert splitter.add(first, [(5.0, 6.0), (9.8, 12.0)]) == []
    # The same region, now the only one passed: the utterance goes on.
    assert splitter.add(second, [(9.8, 12.0)]) == []
    assert [u.text for u in splitter.flush()] == ["still talking"]


def test_the_ivr_marker_decides_live_as_it_does_for_a_finished_call() -> None:
    lines = (
        ("agent", 0.5, 4.0, "For billing, press one. Please enter your account number."),
        ("agent", 12.0, 14.0, "Hi, you're through to Dana, how can I help?"),
        ("customer", 15.0, 18.0, "My internet is down again."),
        ("agent", 19.0, 21.0, "Bear with me a moment."),
        ("agent", 35.0, 38.0, "All of our agents are busy assisting other customers."),
        ("agent", 50.0, 52.0, "Thanks for waiting, I've found the fault."),
    )
    finished = utterances(*lines)
    mark_recorded_speech(finished, {})
    marker = RecordedSpeechMarker.for_call({})
    live = []
    for utterance in utterances(*lines):  # one at a time, as a live call gets them
        marker.mark(utterance)
        live.append(utterance.speaker)
    assert live == [u.speaker for u in finished]
    assert live == ["ivr", "agent", "customer", "agent", "ivr", "agent"]


def test_a_region_list_that_grows_in_place_is_read_again() -> None:
    splitter = UtteranceSplitter(lead_in=0.4)
    regions = [(0.0, 2.0)]
    assert splitter.add(segment((0.5, 1.0, "first")), regions) == []
    regions.append((3.0, 5.0))  # VAD found the next region; the same list object
    done = splitter.add(segment((3.2, 3.6, "second")), regions)
    assert [u.text for u in done] == ["first"]
    # Read in its region: the VAD padding before the word is skipped.
    assert [(u.start, u.text) for u in splitter.flush()] == [(pytest.approx(3.4), "second")]
