"""Lay real speech clips out as a two-party telephony recording, for tests and benchmarks.

    python scripts/make_test_call.py build/call-10min.wav --seconds 600

The clips in ../shared/audio take turns: one on the agent channel (left), the next on the
customer channel (right), with a pause of 0.3 to 2.5 s between turns and now and then a second
clip in the same turn, so each channel holds speech a little under half the time, as a real call
does. Neither channel is ever digitally silent: the agent's carries a quiet headset hiss (-62
dBFS) and the customer's a louder line and street noise (-50 dBFS) that swells and fades. Written
as the normal telephony case: 8 kHz stereo G.711 mu-law WAV. Seeded, so the same arguments give
the same file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mot_detect.audio.decode import SAMPLE_RATE, decode

AUDIO = REPO.parent / "shared" / "audio"
NOISE_DBFS = (-62.0, -50.0)  # agent, customer
# English speech only; multilingual.mp3 is a different language and jfk's channels are twins.
CLIPS = (
    "faster-whisper/jfk.flac",
    "azure-speech-sdk/katiesteve.wav",
    "azure-speech-sdk/katiesteve_mono.wav",
    "azure-speech-sdk/wreck-a-nice-beach.wav",
    "azure-speech-sdk/whatstheweatherlike.wav",
    "vosk/test.wav",
)


def layout(seconds: float, seed: int = 0) -> np.ndarray:
    """A (2, samples) float32 call at 16 kHz: agent on row 0, customer on row 1."""
    rng = np.random.default_rng(seed)
    clips = [decode(AUDIO / name)[0] for name in CLIPS]
    total = int(seconds * SAMPLE_RATE)
    call = np.zeros((2, total), dtype=np.float32)
    position, channel = int(0.5 * SAMPLE_RATE), 0
    while position < total:
        for _ in range(1 + int(rng.random() < 0.25)):
            if position >= total:
                break
            clip = clips[rng.integers(len(clips))]
            end = min(total, position + len(clip))
            call[channel, position:end] = clip[: end - position]
            position = end + int(rng.uniform(0.2, 0.6) * SAMPLE_RATE)
        position += int(rng.uniform(0.3, 2.5) * SAMPLE_RATE)
        channel = 1 - channel
    swell = 1.0 + 0.5 * np.sin(2 * np.pi * np.arange(total) / (7.3 * SAMPLE_RATE))
    for channel, level in enumerate(NOISE_DBFS):
        noise = rng.normal(0.0, 10 ** (level / 20), total) * (swell if channel else 1.0)
        call[channel] += noise.astype(np.float32)
    return call


def write_telephony_wav(call: np.ndarray, path: Path, rate: int = 8000) -> Path:
    """Write a (channels, samples) 16 kHz float32 signal as G.711 mu-law WAV at `rate`."""
    import av

    layout_name = {1: "mono", 2: "stereo"}[call.shape[0]]
    pcm = (np.clip(call, -1.0, 1.0) * 32767).astype(np.int16)
    resampler = av.AudioResampler(format="s16", layout=layout_name, rate=rate)
    with av.open(str(path), "w", format="wav") as out:
        stream = out.add_stream("pcm_mulaw", rate=rate, layout=layout_name)
        step = SAMPLE_RATE * 10
        for start in range(0, pcm.shape[1], step):
            block = np.ascontiguousarray(pcm[:, start : start + step].T).reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(block, format="s16", layout=layout_name)
            frame.sample_rate = SAMPLE_RATE
            for resampled in resampler.resample(frame):
                out.mux(stream.encode(resampled))
        for resampled in resampler.resample(None):
            out.mux(stream.encode(resampled))
        out.mux(stream.encode(None))
    return path


def build(path: Path, seconds: float, seed: int = 0) -> Path:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_telephony_wav(layout(seconds, seed), path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    build(args.out, args.seconds, args.seed)


if __name__ == "__main__":
    main()
