"""The stretches a channel is cut into depend on its samples only, never on how they arrive."""

from __future__ import annotations

import itertools
from pathlib import Path

import av
import numpy as np
import pytest

from mot_detect.audio.decode import decode, iter_pcm
from mot_detect.audio.endpoint import FRAME, ChannelStream, Endpointer, EndpointOptions
from mot_detect.audio.pcm import MULAW_TABLE, SAMPLE_RATE, Upsampler, mulaw_to_pcm16

SPOKEN = Path(__file__).resolve().parents[1] / "spoken_examples"
CALL = SPOKEN / "roadside_stranded_kids_handled.wav"


@pytest.fixture(scope="module")
def channels() -> np.ndarray:
    """The first 60 s of a spoken call, int16 at 8 kHz, one row per channel."""
    pcm = np.concatenate(list(iter_pcm(CALL, 20.0)), axis=1)
    return pcm[:, : 60 * 8000]


def stretches(samples: np.ndarray, sizes: list[int] | None) -> list[tuple[int, int, bytes]]:
    stream = ChannelStream(8000)
    found = []
    if sizes is None:
        found += stream.feed(samples)
    else:
        position = 0
        for size in sizes:
            found += stream.feed(samples[position : position + size])
            position += size
        found += stream.feed(samples[position:])
    found += stream.close()
    return [(s.start, s.speech_end, s.audio.tobytes()) for s in found]


def test_mulaw_table_is_ffmpegs() -> None:
    """PyAV (FFmpeg) decodes the spoken calls' mu-law exactly as the live path does."""
    container = av.open(str(CALL))
    stream = container.streams.audio[0]
    frame = next(container.decode(stream))
    decoded = frame.to_ndarray().reshape(-1)
    container.close()
    raw = CALL.read_bytes()
    data = raw[raw.index(b"data") + 8 :][: len(decoded)]
    assert np.array_equal(mulaw_to_pcm16(data), decoded)
    assert MULAW_TABLE[0xFF] == 0 and MULAW_TABLE[0x00] == -32124 and MULAW_TABLE[0x80] == 32124


def test_upsampling_is_the_same_in_any_pieces_and_close_to_ffmpegs(channels: np.ndarray) -> None:
    samples = channels[1]
    whole = Upsampler(8000)
    one = np.concatenate((whole.process(samples), whole.flush()))
    pieces = Upsampler(8000)
    rng = np.random.default_rng(7)
    cuts = np.sort(rng.integers(0, len(samples), 300))
    parts = [pieces.process(p) for p in np.split(samples, cuts)] + [pieces.flush()]
    assert np.array_equal(np.concatenate(parts), one)
    assert len(one) == 2 * len(samples)
    reference = decode(CALL)[1][: len(one)]  # FFmpeg's resampler
    error = np.sqrt(np.mean((one - reference) ** 2)) / np.sqrt(np.mean(reference**2))
    assert error < 0.01  # -40 dB: the same signal


def test_sixteen_khz_passes_through() -> None:
    samples = np.array([0, 16384, -32768, 32767], dtype=np.int16)
    assert np.array_equal(Upsampler(16000).process(samples), samples / 32768.0)
    with pytest.raises(ValueError, match="8000 or 16000"):
        Upsampler(44100)


def test_stretches_do_not_depend_on_how_audio_arrives(channels: np.ndarray) -> None:
    for channel in channels:
        whole = stretches(channel, None)
        assert len(whole) >= 2
        assert stretches(channel, [160] * (len(channel) // 160)) == whole  # 20 ms frames
        rng = np.random.default_rng(3)
        assert stretches(channel, list(rng.integers(1, 7000, 150))) == whole


def test_stretches_follow_the_speech(channels: np.ndarray) -> None:
    """The customer's first turn (true times in the .times.tsv) is one stretch around it."""
    rows = [
        line.split("\t")
        for line in (SPOKEN / f"{CALL.stem}.times.tsv").read_text().splitlines()[1:]
    ]
    first = next(r for r in rows if r[1] == "customer")
    start, end = float(first[3]), float(first[4])
    found = stretches(channels[1], None)
    stretch_start, speech_end, _ = found[0]
    assert abs(stretch_start / SAMPLE_RATE - start) < 0.5
    assert abs(speech_end / SAMPLE_RATE - end) < 0.6


def test_silence_gives_nothing_and_keeps_little() -> None:
    endpointer = Endpointer()
    for _ in range(60):
        assert endpointer.feed(np.zeros(SAMPLE_RATE, dtype=np.float32)) == []
    assert endpointer.close() == []
    kept = sum(len(chunk) for chunk in endpointer._chunks)
    assert kept < 2 * SAMPLE_RATE  # a minute of silence is not held


def test_speech_longer_than_whisper_reads_is_cut() -> None:
    options = EndpointOptions(vad=False, max_stretch=10.0)
    endpointer = Endpointer(options)
    found = endpointer.feed(np.full(35 * SAMPLE_RATE, 0.1, dtype=np.float32)) + endpointer.close()
    assert [len(s.audio) / SAMPLE_RATE <= 10.0 + FRAME / SAMPLE_RATE for s in found] == [True] * 4
    assert found[0].start == 0 and all(a.end == b.start for a, b in itertools.pairwise(found))
    assert found[-1].end == 35 * SAMPLE_RATE


def test_gaps_of_digital_silence_score_as_the_model_scores_them(
    channels: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pause filled with zeros (lost packets, a paused stream) skips the model, exactly."""
    import mot_detect.audio.endpoint as endpoint

    speech = channels[1][: 20 * 8000]
    gappy = np.concatenate((speech, np.zeros(30 * 8000, dtype=np.int16), speech))
    fast = stretches(gappy, [160] * (len(gappy) // 160))
    with monkeypatch.context() as patch:
        patch.setattr(endpoint, "_zero_cycle", lambda session, neg: None)
        slow = stretches(gappy, None)
    assert len(fast) >= 2 and fast == slow
    upsampled = Upsampler(8000)
    pieces = [upsampled.process(p) for p in np.split(gappy, range(160, len(gappy), 160))]
    whole = Upsampler(8000)
    assert np.array_equal(
        np.concatenate([*pieces, upsampled.flush()]),
        np.concatenate((whole.process(gappy), whole.flush())),
    )
