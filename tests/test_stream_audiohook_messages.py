"""AudioHook message checks, media selection and the messages we build (no server)."""

from __future__ import annotations

import json

import pytest

from mot_detect.stream.audiohook_messages import (
    NULL_UUID,
    ProtocolError,
    check_parameters,
    client_message,
    format_duration,
    is_probe,
    parse_text,
    select_media,
    server_message,
    transcript_entity,
)

SESSION = "30b0e395-84d3-4570-ac13-9a62d8f514c0"
OFFERS = [
    {"type": "audio", "format": "PCMU", "channels": ["external", "internal"], "rate": 8000},
    {"type": "audio", "format": "PCMU", "channels": ["external"], "rate": 8000},
    {"type": "audio", "format": "PCMU", "channels": ["internal"], "rate": 8000},
]


def envelope(**overrides) -> dict:
    message = {
        "version": "2",
        "id": SESSION,
        "type": "ping",
        "seq": 1,
        "serverseq": 0,
        "position": "PT0S",
        "parameters": {},
    }
    message.update(overrides)
    return message


def open_params(**overrides) -> dict:
    params = {
        "organizationId": "d7934305-0972-4844-938e-9060eef73d05",
        "conversationId": "e160e428-53e2-487c-977d-96989bf5c99d",
        "participant": {
            "id": "c0f2b7d1-6a3e-4d7b-9a51-1f0e9c6d2a44",
            "ani": "+1-555-555-1234",
            "aniName": "John Doe",
            "dnis": "+1-800-555-6789",
        },
        "media": OFFERS,
    }
    params.update(overrides)
    return params


def test_well_formed_envelope_parses() -> None:
    data = parse_text(json.dumps(envelope(position="PT12.34S", seq=3.0)), 65535)
    message = client_message(data)
    assert (message.type, message.seq, message.position) == ("ping", 3, 12.34)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"version": "1"}, '"version" must be "2"'),
        ({"id": "not-a-uuid"}, '"id"'),
        ({"seq": -1}, '"seq"'),
        ({"seq": True}, '"seq"'),
        ({"parameters": None}, "even {}"),
        ({"position": "12s"}, '"position"'),
        ({"serverseq": "0"}, '"serverseq"'),
    ],
)
def test_bad_envelopes_name_the_field(change, words) -> None:
    with pytest.raises(ProtocolError) as err:
        parse_text(json.dumps(envelope(**change)), 65535)
    assert words in err.value.info


def test_missing_parameters_is_an_error() -> None:
    message = envelope()
    del message["parameters"]
    with pytest.raises(ProtocolError, match="parameters"):
        parse_text(json.dumps(message), 65535)


def test_malformed_json_and_oversized_text() -> None:
    with pytest.raises(ProtocolError, match="not valid JSON") as err:
        parse_text('{"version": "2",', 65535)
    assert err.value.kind == "malformed_json"
    with pytest.raises(ProtocolError, match="too large") as err:
        parse_text(" " * 101, 100)
    with pytest.raises(ProtocolError, match="JSON object"):
        parse_text("[1, 2]", 65535)


@pytest.mark.parametrize(
    ("kind", "params", "words"),
    [
        ("hello", {}, "not a supported client message"),
        ("close", {}, '"reason" is missing'),
        ("close", {"reason": "bye"}, '"reason" must be one of'),
        ("discarded", {"start": "PT1S"}, '"discarded" is missing'),
        ("resumed", {"start": "1", "discarded": "PT0S"}, '"start" must be a duration'),
        ("ping", {"rtt": 5}, '"rtt"'),
        ("update", {"language": "english"}, '"language"'),
        ("error", {"code": 200, "message": "x"}, '"code"'),
        ("open", open_params(conversationId="x"), '"conversationId" must be a UUID'),
        ("open", open_params(participant={"id": NULL_UUID}), "participant.ani"),
        ("open", open_params(media={}), '"media" must be a list'),
        ("open", open_params(media=[{"type": "video"}]), '"media[0]" "type"'),
        (
            "open",
            open_params(media=[dict(OFFERS[0], channels=["left"])]),
            '"channels" must list',
        ),
        ("open", open_params(customConfig=[]), '"customConfig" must be an object'),
    ],
)
def test_bad_parameters_name_the_parameter(kind, params, words) -> None:
    with pytest.raises(ProtocolError) as err:
        check_parameters(kind, params)
    assert words in err.value.info


def test_good_parameters_pass() -> None:
    check_parameters("open", open_params(language="en-US", customConfig={"transcripts": True}))
    check_parameters("close", {"reason": "end"})
    check_parameters("paused", {})
    check_parameters("ping", {"rtt": "PT0.012S"})
    check_parameters("error", {"code": 429, "message": "slow down", "retryAfter": "PT2S"})


def test_media_selection_prefers_pcmu_stereo_and_copies_the_offer() -> None:
    l16 = {"type": "audio", "format": "L16", "channels": ["internal", "external"], "rate": 8000}
    media = select_media([l16, *OFFERS])
    assert media is not None and media.offer is OFFERS[0]
    assert media.speakers == ("customer", "agent") and media.bytes_per_frame == 2
    only_l16 = select_media([l16])
    assert only_l16 is not None and only_l16.speakers == ("agent", "customer")
    assert only_l16.bytes_per_frame == 4
    mono = select_media([OFFERS[2]])
    assert mono is not None and mono.speakers == ("agent",)
    assert select_media([dict(OFFERS[0], format="opus")]) is None
    assert select_media([dict(OFFERS[0], channels=["external", "external"])]) is None
    assert select_media([dict(OFFERS[0], rate=44100)]) is None


def test_probe_needs_both_ids_zero() -> None:
    probe = open_params(conversationId=NULL_UUID, participant={"id": NULL_UUID})
    assert is_probe(probe)
    assert not is_probe(open_params(conversationId=NULL_UUID))


def test_durations_and_server_messages() -> None:
    assert format_duration(0) == "PT0S"
    assert format_duration(12.3456) == "PT12.346S"
    assert format_duration(2.5) == "PT2.5S"
    text = server_message("pong", session_id=SESSION, seq=4, clientseq=7, parameters={})
    assert json.loads(text) == {
        "version": "2",
        "type": "pong",
        "id": SESSION,
        "seq": 4,
        "clientseq": 7,
        "parameters": {},
    }


def test_transcript_entity_shape() -> None:
    entity = transcript_entity(
        entity_id="e1",
        channel_id=1,
        text="the closing is at noon tomorrow",
        start=12.5,
        end=14.25,
        confidence=0.87,
        language="en-US",
        words=[("the", 12.5, 12.6, 0.9), ("closing", 12.6, 13.0, 1.2)],
    )
    data = entity["data"]
    assert entity["type"] == "transcript"
    assert (data["channelId"], data["isFinal"], data["offset"], data["duration"]) == (
        1,
        True,
        "PT12.5S",
        "PT1.75S",
    )
    alternative = data["alternatives"][0]
    assert alternative["confidence"] == 0.87 and alternative["languages"] == ["en-US"]
    interpretation = alternative["interpretations"][0]
    assert interpretation["type"] == "display"
    assert interpretation["transcript"] == "the closing is at noon tomorrow"
    assert interpretation["tokens"][1] == {
        "type": "word",
        "value": "closing",
        "confidence": 1.0,
        "offset": "PT12.6S",
        "duration": "PT0.4S",
    }
    bare = transcript_entity(
        entity_id="e2", channel_id=0, text="hi", start=0, end=1, confidence=float("nan")
    )
    assert "tokens" not in bare["data"]["alternatives"][0]["interpretations"][0]
    assert bare["data"]["alternatives"][0]["confidence"] == 0.0
