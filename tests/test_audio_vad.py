"""The noise-floor gate ahead of Silero VAD: it may skip only what Silero would not call speech."""

from __future__ import annotations

import sys
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest
from conftest import REPO, SHARED

from mot_detect.audio.decode import SAMPLE_RATE, decode
from mot_detect.audio.vad import find_speech, loud_spans

CLIP = SHARED / "audio" / "azure-speech-sdk" / "katiesteve_mono.wav"  # quiet: peaks at -22 dBFS


def speech_mask(regions: list[dict[str, int]], length: int) -> np.ndarray:
    mask = np.zeros(length, dtype=bool)
    for region in regions:
        mask[region["start"] : region["end"]] = True
    return mask


def assert_gate_keeps_speech(audio: np.ndarray) -> float:
    """Every sample Silero calls speech on the whole signal is speech with the gate too; returns
    the share of the signal the gate hands to Silero."""
    plain = speech_mask(find_speech(audio, gate=False), len(audio))
    gated = speech_mask(find_speech(audio), len(audio))
    assert plain.any()
    assert (plain & gated).sum() / plain.sum() > 0.99
    return sum(end - start for start, end in loud_spans(audio)) / len(audio)


@pytest.fixture(scope="module")
def call_channels(tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    sys.path.insert(0, str(REPO / "scripts"))
    from make_test_call import build

    return decode(build(tmp_path_factory.mktemp("call") / "call-90s.wav", seconds=90))


def test_gate_skips_a_quiet_channel_without_losing_speech(call_channels: np.ndarray) -> None:
    agent, customer = call_channels
    assert assert_gate_keeps_speech(agent) < 0.8  # steady hiss between turns: skipped
    assert assert_gate_keeps_speech(customer) <= 1.0  # swelling street noise: kept, safely


@pytest.mark.parametrize("snr_db", [20.0, 5.0, 0.0])
def test_quiet_speech_in_steady_noise_survives_the_gate(snr_db: float) -> None:
    speech = decode(CLIP)[0]
    rng = np.random.default_rng(1)
    gap = np.zeros(8 * SAMPLE_RATE, dtype=np.float32)  # long pauses the gate may skip
    signal = np.concatenate((gap, speech, gap, speech, gap))
    speech_rms = float(np.sqrt(np.mean(speech**2)))
    noise = rng.normal(0.0, speech_rms / 10 ** (snr_db / 20), len(signal)).astype(np.float32)
    assert_gate_keeps_speech(signal + noise)


def test_digital_silence_is_never_given_to_silero() -> None:
    assert loud_spans(np.zeros(30 * SAMPLE_RATE, dtype=np.float32)) == []
    assert find_speech(np.zeros(30 * SAMPLE_RATE, dtype=np.float32)) == []


def test_short_audio_is_given_whole() -> None:
    audio = np.zeros(SAMPLE_RATE, dtype=np.float32)
    assert loud_spans(audio) == [(0, SAMPLE_RATE)]
    assert loud_spans(audio[:0]) == []


def test_spans_are_ordered_and_inside_the_audio(call_channels: np.ndarray) -> None:
    for channel in call_channels:
        spans = loud_spans(channel[: len(channel) - 300])  # not a whole number of frames
        assert all(0 <= s < e <= len(channel) - 300 for s, e in spans)
        assert all(a[1] < b[0] for a, b in pairwise(spans))


def test_regions_come_back_in_whole_signal_samples(call_channels: np.ndarray) -> None:
    agent = call_channels[0]
    regions = find_speech(agent)
    assert regions == sorted(regions, key=lambda r: r["start"])
    # Each region found through a span is mostly speech in the whole signal's own numbering (a
    # region may run a little longer when a span starts or ends inside Silero's padding).
    plain = speech_mask(find_speech(agent, gate=False), len(agent))
    for region in regions:
        assert plain[region["start"] : region["end"]].mean() > 0.6


def test_test_call_script_is_reproducible(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    from make_test_call import layout

    assert np.array_equal(layout(20, seed=3), layout(20, seed=3))
