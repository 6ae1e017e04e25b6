"""Telephony PCM as the platforms send it -> the 16 kHz float signal VAD and Whisper take.

A live call and its recording must reach Whisper as the same samples, or the finished live call
would not equal batch scoring of the recording. So both go through this module: G.711 mu-law is
expanded with the standard table (the one FFmpeg uses), and 8 kHz is raised to 16 kHz by a fixed
polyphase FIR computed in integers. Integer sums do not depend on how the audio was cut into
frames or on memory alignment (a float dot product can), so a stream fed 20 ms at a time and a
file fed ten minutes at a time give identical output, bit for bit.
"""

from __future__ import annotations

import numpy as np

SAMPLE_RATE = 16_000
INPUT_RATES = (8000, 16000)
_TAPS_PER_PHASE = 24
_COEFF_BITS = 15


def _mulaw_table() -> np.ndarray:
    codes = ~np.arange(256, dtype=np.int32) & 0xFF
    magnitude = (((codes & 0x0F) << 3) + 0x84) << ((codes & 0x70) >> 4)
    return np.where(codes & 0x80, 0x84 - magnitude, magnitude - 0x84).astype(np.int16)


MULAW_TABLE = _mulaw_table()


def mulaw_to_pcm16(data: bytes) -> np.ndarray:
    """G.711 mu-law bytes -> int16 samples."""
    return MULAW_TABLE[np.frombuffer(data, dtype=np.uint8)]


def pcm16_from_bytes(data: bytes) -> np.ndarray:
    """Little-endian 16-bit PCM bytes -> int16 samples (`data` must have an even length)."""
    return np.frombuffer(data, dtype="<i2").astype(np.int16, copy=False)


def _half_band_phases() -> np.ndarray:
    """Integer coefficients of the odd phase of a x2 interpolator, whose outputs fall halfway
    between inputs (the even phase passes the input through): a Kaiser-windowed sinc."""
    n = np.arange(-_TAPS_PER_PHASE + 1, _TAPS_PER_PHASE + 1) - 0.5
    taps = np.sinc(n) * np.kaiser(len(n), 8.0)
    taps = taps / taps.sum()
    return np.round(taps * (1 << _COEFF_BITS)).astype(np.int64)


_ODD_PHASE = _half_band_phases()


class Upsampler:
    """int16 at 8 or 16 kHz -> float32 at 16 kHz, any chunking, identical output.

    The odd output samples need `_TAPS_PER_PHASE` inputs beyond them, so output lags input by
    that many samples (3 ms at 8 kHz) until `flush`."""

    def __init__(self, rate: int) -> None:
        if rate not in INPUT_RATES:
            raise ValueError(f"expected a sample rate of 8000 or 16000 Hz, got {rate}")
        self.rate = rate
        self._history = np.zeros(len(_ODD_PHASE) - 1, dtype=np.int64)
        self._delay = _TAPS_PER_PHASE
        self._seen = 0
        self._skip = 2 * self._delay  # the output before the first input sample

    def process(self, samples: np.ndarray) -> np.ndarray:
        if self.rate == SAMPLE_RATE:
            return samples.astype(np.float32) / 32768.0
        if not samples.any() and not self._history.any() and self._seen:
            # Silence after silence (a gap being filled) is silence: no filtering needed.
            self._seen += len(samples)
            out = np.zeros(2 * len(samples), dtype=np.float32)
            dropped = min(self._skip, len(out))
            self._skip -= dropped
            return out[dropped:]
        x = np.concatenate((self._history, samples.astype(np.int64)))
        self._seen += len(samples)
        if len(x) < len(_ODD_PHASE):
            self._history = x
            return np.zeros(0, dtype=np.float32)
        windows = np.lib.stride_tricks.sliding_window_view(x, len(_ODD_PHASE))
        odd = (windows @ _ODD_PHASE[::-1] + (1 << (_COEFF_BITS - 1))) >> _COEFF_BITS
        even = x[_TAPS_PER_PHASE - 1 : _TAPS_PER_PHASE - 1 + len(odd)]
        self._history = x[len(odd) :]
        out = np.empty(2 * len(odd), dtype=np.int64)
        out[0::2], out[1::2] = even, odd
        if self._skip:
            dropped = min(self._skip, len(out))
            out, self._skip = out[dropped:], self._skip - dropped
        return np.clip(out, -32768, 32767).astype(np.float32) / 32768.0

    def flush(self) -> np.ndarray:
        """The output still held back, with silence after the last input."""
        if self.rate == SAMPLE_RATE or self._seen == 0:
            return np.zeros(0, dtype=np.float32)
        return self.process(np.zeros(self._delay, dtype=np.int16))
