"""The real faster-whisper path (decode, Silero VAD, ASR, guards) on the real clips, with the
Whisper-tiny-shaped random-weight model built by scripts/make_test_whisper.py. Its words are
nonsense; times, channels and structure are real."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import REPO, SHARED

from mot_detect.audio.asr import (
    AsrError,
    AsrOptions,
    AsrSegment,
    Transcriber,
    is_repetitive,
    keep_segment,
    within_audio,
)
from mot_detect.audio.decode import probe
from mot_detect.audio.recording import parse_channel_map, transcribe_recording

AUDIO = SHARED / "audio"


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(REPO / "scripts"))
    from make_test_whisper import build

    return build(tmp_path_factory.mktemp("whisper") / "tiny-random")


@pytest.fixture(scope="session")
def transcriber(tiny_model: Path) -> Transcriber:
    # Random weights never stop on their own: cap the tokens and skip temperature fallback so a
    # window costs what real tiny costs.
    return Transcriber(
        AsrOptions(model=str(tiny_model), cpu_threads=2, max_new_tokens=24, temperature=(0.0,))
    )


def test_device_and_compute_type_chosen_for_cpu(transcriber: Transcriber) -> None:
    assert transcriber.device == "cpu" and transcriber.compute_type == "int8"


@pytest.mark.parametrize(
    ("clip", "channels"),
    [
        ("faster-whisper/stereo_diarization.wav", 2),
        ("mcgill-afsp-8k-stereo/M1F1-int16-AFsp.wav", 2),
        ("azure-speech-sdk/whatstheweatherlike-mulaw.wav", 1),
        ("faster-whisper/hotwords.mp3", 2),
        ("faster-whisper/jfk.flac", 2),
    ],
)
def test_recording_to_call(transcriber: Transcriber, clip: str, channels: int) -> None:
    path = AUDIO / clip
    call = transcribe_recording(path, transcriber)
    duration = probe(path).duration or 0.0
    assert call.metadata["audio"]["channels"] == channels
    expected = {"agent", "customer"} if channels == 2 else {"unknown"}
    assert {u.speaker for u in call.utterances} <= expected
    starts = [u.start for u in call.utterances]
    assert starts == sorted(starts)  # merged in time order
    for u in call.utterances:
        assert u.start is not None and u.end is not None
        assert 0.0 <= u.start <= u.end <= duration + 0.05
        assert u.text.strip()


def test_channel_map_swaps_speakers(transcriber: Transcriber) -> None:
    path = AUDIO / "faster-whisper" / "stereo_diarization.wav"
    normal = transcribe_recording(path, transcriber)
    swapped = transcribe_recording(path, transcriber, parse_channel_map("customer,agent"))
    flip = {"agent": "customer", "customer": "agent"}
    assert [(flip[u.speaker], u.start) for u in normal.utterances] == [
        (u.speaker, u.start) for u in swapped.utterances
    ]


@pytest.fixture(scope="session")
def test_call(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 s of real clips laid out as an 8 kHz mu-law two-party call."""
    sys.path.insert(0, str(REPO / "scripts"))
    from make_test_call import build

    return build(tmp_path_factory.mktemp("call") / "call-40s.wav", seconds=40)


def decoded_regions(
    transcriber: Transcriber, monkeypatch: pytest.MonkeyPatch, path: Path, window: float
) -> list[tuple[float, float]]:
    """The speech regions (absolute seconds) handed to the decoder for `path`."""
    regions: list[tuple[float, float]] = []
    decode_regions = transcriber.transcribe_speech

    def logged(audio: np.ndarray, speech: list[dict[str, int]], offset: float = 0.0):  # type: ignore[no-untyped-def]
        regions.extend((offset + r["start"] / 16000, offset + r["end"] / 16000) for r in speech)
        return decode_regions(audio, speech, offset)

    with monkeypatch.context() as patch:
        patch.setattr(transcriber, "transcribe_speech", logged)
        transcribe_recording(path, transcriber, window_seconds=window)
    return sorted(regions)


def test_window_boundaries_never_split_speech(
    transcriber: Transcriber, monkeypatch: pytest.MonkeyPatch, test_call: Path
) -> None:
    whole = decoded_regions(transcriber, monkeypatch, test_call, window=600)
    windowed = decoded_regions(transcriber, monkeypatch, test_call, window=7)
    # Speech runs across the 7 s boundaries of this call, and is decoded in the same pieces
    # anyway: the stretches depend on the samples, not on how they were read.
    assert any(start < k * 7 < end for start, end in whole for k in range(1, 6))
    assert windowed == whole


def test_segments_past_the_audio_are_dropped() -> None:
    from types import SimpleNamespace as Raw

    words = [Raw(start=3.5, end=4.2, word=" late"), Raw(start=4.5, end=4.9, word=" gone")]
    segments = [
        Raw(start=0.5, end=2.0, text="kept", words=[]),
        Raw(start=3.5, end=4.9, text="cut", words=words),
        Raw(start=4.1, end=6.0, text="past the end", words=[]),
    ]
    kept = list(within_audio(segments, duration=4.0))
    assert [s.text for s in kept] == ["kept", "cut"]
    assert kept[1].end == 4.0 and [(w.start, w.end) for w in kept[1].words] == [(3.5, 4.0)]


def test_silence_gives_no_utterances(transcriber: Transcriber) -> None:
    assert transcriber.transcribe(np.zeros(16000 * 20, dtype=np.float32)) == []


def test_bad_channel_map() -> None:
    with pytest.raises(ValueError, match="agent,customer"):
        parse_channel_map("agent,robot")


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    transcriber = Transcriber(AsrOptions(model=str(tmp_path / "no-such-model")))
    with pytest.raises(AsrError, match="cannot load the Whisper model"):
        transcriber.load()


def test_cli_refuses_a_missing_model_before_any_work(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = cli("transcribe", str(SHORT_MULAW), "-o", str(out), "--asr-model", str(tmp_path))
    assert result.exit_code == 2
    assert "--asr-model" in result.stderr and "cannot load the Whisper model" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("segment", "kept"),
    [
        (AsrSegment(0, 2, "I need it by seven tonight.", 0.01, -0.2, 1.1), True),
        (AsrSegment(0, 2, "Thank you for watching.", 0.5, -0.9, 1.0), False),
        (AsrSegment(0, 2, "Thank you for watching.", 0.01, -0.1, 1.0), True),
        (AsrSegment(0, 2, "okay okay okay okay okay", 0.01, -0.2, 1.2), False),
        (AsrSegment(0, 2, "some words", 0.9, -1.5, 1.0), False),
        (AsrSegment(0, 2, "la la la la la la la la la la", 0.0, -0.2, 3.0), False),
        (AsrSegment(0, 2, "   ", 0.0, -0.1, 1.0), False),
    ],
)
def test_hallucination_guards(segment: AsrSegment, kept: bool) -> None:
    assert keep_segment(segment, AsrOptions()) is kept


def test_repetition_detector() -> None:
    assert is_repetitive("please hold please hold please hold please hold")
    assert not is_repetitive("please hold while I check the order for you")
    # A caller repeating themselves is speech: only a loop that fills the segment is dropped.
    assert not is_repetitive("Hello? Hello? Hello? Can you hear me? I'm calling about my bill.")
    assert not is_repetitive("No, no, no, that's wrong.")
    assert not is_repetitive("Yes, yes, yes.")
    assert is_repetitive("I'm sorry. I'm sorry. I'm sorry. I'm sorry. I'm sorry.")


# --- the command line ---------------------------------------------------------------------

SHORT_STEREO = AUDIO / "mcgill-afsp-8k-stereo" / "M1F1-int16-AFsp.wav"
SHORT_MULAW = AUDIO / "azure-speech-sdk" / "whatstheweatherlike-mulaw.wav"


def cli(*args: str):  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from mot_detect.cli import main

    return CliRunner().invoke(main, list(args))


def test_transcribe_writes_taxonomy_json(tiny_model: Path, tmp_path: Path) -> None:
    import json

    from mot_detect import load_calls

    result = cli(
        "transcribe",
        str(SHORT_STEREO),
        str(SHORT_MULAW),
        "-o",
        str(tmp_path),
        "--asr-model",
        str(tiny_model),
        "--asr-max-tokens",
        "24",
    )
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in tmp_path.glob("*.json"))
    assert written == ["M1F1-int16-AFsp.json", "whatstheweatherlike-mulaw.json"]
    (call,) = load_calls(tmp_path / "M1F1-int16-AFsp.json")  # what score reads back
    assert (
        json.loads((tmp_path / "M1F1-int16-AFsp.json").read_text())["metadata"]["audio"][
            "sample_rate"
        ]
        == 8000
    )
    assert {u.speaker for u in call.utterances} <= {"agent", "customer"}


def test_score_takes_recordings_and_transcripts_together(tiny_model: Path, tmp_path: Path) -> None:
    import json

    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF not really a wave file" * 10)
    transcript = REPO / "examples" / "car_insurance_first_claim_missed.json"
    result = cli(
        "score",
        str(SHORT_STEREO),
        str(broken),
        str(transcript),
        "-f",
        "jsonl",
        "--asr-model",
        str(tiny_model),
        "--asr-max-tokens",
        "24",
    )
    assert result.exit_code == 1  # the broken recording is reported, the others are scored
    assert "broken.wav" in result.stderr
    ids = [json.loads(line)["call_id"] for line in result.stdout.splitlines()]
    assert ids == ["M1F1-int16-AFsp", "ex-carclaim-01"]


def test_transcribe_refuses_a_transcript(tmp_path: Path) -> None:
    result = cli(
        "transcribe",
        str(REPO / "examples" / "car_insurance_first_claim_missed.json"),
        "-o",
        str(tmp_path),
    )
    assert result.exit_code == 2 and "not a recording" in result.stderr


def test_bad_channel_option(tmp_path: Path) -> None:
    result = cli("transcribe", str(SHORT_STEREO), "-o", str(tmp_path), "--channels", "agent,robot")
    assert result.exit_code == 2 and "agent,customer" in result.stderr


def test_a_worker_takes_the_drivers_blas_threads() -> None:
    # Whisper's features go through numpy's BLAS, whose products change with its thread count;
    # a Ray worker (started with OMP_NUM_THREADS=1) sets the count the driver had.
    import os
    import subprocess

    code = (
        "from mot_detect.audio.asr import blas_thread_count, use_blas_threads\n"
        "use_blas_threads(3)\n"
        "print(blas_thread_count())\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.endswith("NUM_THREADS")}
    env["OMP_NUM_THREADS"] = "1"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "3"


def test_a_ray_job_records_the_drivers_blas_threads() -> None:
    from mot_detect.audio.asr import blas_thread_count
    from mot_detect.cluster.settings import JobSettings
    from mot_detect.redact.policy import RedactionPolicy

    settings = JobSettings(detector={}, asr={}, redaction=RedactionPolicy.parse("pci,pii"))
    assert settings.blas_threads == blas_thread_count()
