"""Decoding real recordings with PyAV: formats, telephony codecs, channels kept apart, bad files."""

from __future__ import annotations

import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest
from conftest import SHARED

from mot_detect.audio.decode import SAMPLE_RATE, AudioError, decode, iter_chunks, probe

AUDIO = SHARED / "audio"
CLIPS = sorted(p for p in AUDIO.glob("*/*.*") if p.suffix in (".wav", ".flac", ".mp3"))


@pytest.mark.parametrize("clip", CLIPS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_real_clip_decodes_to_16k_per_channel(clip: Path) -> None:
    info = probe(clip)
    audio = decode(clip)
    assert audio.dtype == np.float32 and audio.shape[0] == info.channels
    assert info.duration is not None and abs(audio.shape[1] / SAMPLE_RATE - info.duration) < 0.05
    assert np.abs(audio).max() <= 1.0 and np.abs(audio).max() > 0.01


def test_mu_law_decodes_like_its_pcm_original() -> None:
    mulaw = decode(AUDIO / "azure-speech-sdk" / "whatstheweatherlike-mulaw.wav")[0]
    pcm = decode(AUDIO / "azure-speech-sdk" / "whatstheweatherlike.wav")[0]
    assert probe(AUDIO / "azure-speech-sdk" / "whatstheweatherlike-mulaw.wav").codec == "pcm_mulaw"
    assert mulaw.shape == pcm.shape and np.corrcoef(mulaw, pcm)[0, 1] > 0.99


def test_8khz_stereo_keeps_one_voice_per_channel() -> None:
    clip = AUDIO / "mcgill-afsp-8k-stereo" / "M1F1-int16-AFsp.wav"
    assert probe(clip).sample_rate == 8000
    left, right = decode(clip)
    assert abs(np.corrcoef(left, right)[0, 1]) < 0.5  # two speakers, not one signal twice


def reencode(source: Path, target: Path, codec: str, rate: int | None = None) -> Path:
    import av

    with av.open(str(source)) as src, av.open(str(target), "w") as dst:
        stream = src.streams.audio[0]
        layout = "stereo" if stream.channels == 2 else "mono"
        out = dst.add_stream(codec, rate=rate or stream.rate, layout=layout)
        resampler = av.AudioResampler(
            format=out.format.name, layout=layout, rate=rate or stream.rate
        )
        for frame in src.decode(stream):
            for converted in resampler.resample(frame):
                for packet in out.encode(converted):
                    dst.mux(packet)
        for packet in out.encode(None):
            dst.mux(packet)
    return target


@pytest.mark.parametrize(
    ("name", "codec", "rate"),
    [("call.wav", "pcm_alaw", 8000), ("call.ogg", "libopus", 48000), ("call.m4a", "aac", 16000)],
)
def test_other_codecs(tmp_path: Path, name: str, codec: str, rate: int) -> None:
    source = AUDIO / "mcgill-afsp-8k-stereo" / "M1F1-int16-AFsp.wav"
    target = reencode(source, tmp_path / name, codec, rate)
    original, again = decode(source), decode(target)
    assert again.shape[0] == 2
    assert abs(again.shape[1] - original.shape[1]) < 0.1 * SAMPLE_RATE
    n = min(original.shape[1], again.shape[1]) - 2000
    if codec == "pcm_alaw":  # sample-aligned: the same signal
        assert np.corrcoef(original[0, :n], again[0, :n])[0, 1] > 0.99


def test_chunks_add_up_to_the_whole(tmp_path: Path) -> None:
    clip = AUDIO / "azure-speech-sdk" / "katiesteve.wav"
    chunks = list(iter_chunks(clip, chunk_seconds=4.0))
    assert (
        all(c.shape[1] == 4 * SAMPLE_RATE for c in chunks[:-1])
        and 0 < chunks[-1].shape[1] <= 4 * SAMPLE_RATE
    )
    assert np.array_equal(np.concatenate(chunks, axis=1), decode(clip))


def test_wrong_extension_decodes_by_content(tmp_path: Path) -> None:
    renamed = tmp_path / "actually_flac.mp3"
    renamed.write_bytes((AUDIO / "faster-whisper" / "jfk.flac").read_bytes())
    assert probe(renamed).codec == "flac" and decode(renamed).shape[1] == 11 * SAMPLE_RATE


def write_wav(
    path: Path, seconds: float, rate: int = 8000, channels: int = 2, silent: bool = False
) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        rng = np.random.default_rng(0)
        remaining = int(seconds * rate)
        while remaining:
            n = min(remaining, rate * 60)
            block = (
                np.zeros((n, channels), np.int16)
                if silent
                else rng.integers(-3000, 3000, (n, channels), dtype=np.int16)
            )
            out.writeframes(block.tobytes())
            remaining -= n
    return path


def test_silence_only_decodes_to_zeros(tmp_path: Path) -> None:
    audio = decode(write_wav(tmp_path / "silence.wav", 3.0, silent=True))
    assert audio.shape == (2, 3 * SAMPLE_RATE) and float(np.abs(audio).max()) == 0.0


def test_truncated_file_gives_what_is_there(tmp_path: Path) -> None:
    whole = (AUDIO / "azure-speech-sdk" / "katiesteve.wav").read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(whole[: len(whole) // 2])
    audio = decode(cut)
    assert (
        0.4 < audio.shape[1] / decode(AUDIO / "azure-speech-sdk" / "katiesteve.wav").shape[1] < 0.6
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty file"), (b"this is a text file, not audio\n" * 20, "not a readable audio file")],
)
def test_bad_files_are_named(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "call.wav"
    bad.write_bytes(content)
    with pytest.raises(AudioError, match=f"{bad}: {message}"):
        decode(bad)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="file not found"):
        probe(tmp_path / "nope.wav")


def test_header_only_wav_is_an_error(tmp_path: Path) -> None:
    header_only = tmp_path / "header.wav"
    header_only.write_bytes((AUDIO / "vosk" / "test.wav").read_bytes()[:44])
    with pytest.raises(AudioError, match=r"no audio could be decoded|not a readable audio file"):
        decode(header_only)


@pytest.mark.slow
def test_one_hour_call_streams_in_bounded_memory(tmp_path: Path) -> None:
    """An hour of 8 kHz stereo: decoded whole at 16 kHz it would take 460 MB of float32."""
    hour = write_wav(tmp_path / "hour.wav", 3600.0)
    code = (
        "import resource, sys\n"
        "from mot_detect.audio.decode import iter_chunks\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "samples = sum(chunk.shape[1] for chunk in iter_chunks(sys.argv[1]))\n"
        "grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024\n"
        "print(samples, grown)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(hour)],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    samples, grown_mb = out.stdout.split()
    assert int(samples) == 3600 * SAMPLE_RATE
    assert float(grown_mb) < 100, f"peak memory grew {grown_mb} MB while streaming"
