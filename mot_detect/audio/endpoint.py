"""Where a party stops speaking: Silero VAD frame by frame, and an endpoint after a short silence.

Batch and live cut a channel into the same *stretches*: speech from its onset (with `lead_in` of
audio before it) to its last voiced frame (with `tail` after it), ended once the channel has been
silent for `endpoint_silence`. Whisper decodes each stretch on its own. The decision is causal (it
never looks past the silence that ends a stretch) and depends only on the samples, never on how
they were cut into frames, so a recording fed ten minutes at a time and a live call fed 20 ms at a
time give the same stretches, the same words, and the same scored call.

Silero scores 32 ms frames (each with the 64 samples before it) in sequence, carrying its LSTM
state from frame to frame (`SileroStream`), so each channel keeps its own state and frames are
scored as they arrive. A stretch is cut at `max_stretch` (Whisper reads 30 s at once): at the last short pause
in it when there is one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from mot_detect.audio.pcm import SAMPLE_RATE, Upsampler

FRAME = 512  # Silero's window at 16 kHz
_CONTEXT = 64


@dataclass(frozen=True)
class EndpointOptions:
    """`endpoint_silence`: silence (seconds) that ends an utterance; shorter is faster live,
    longer keeps a sentence said with a pause in one piece (rules read the whole turn either
    way). `vad` off: every frame is speech, stretches are cut only at `max_stretch`."""

    threshold: float = 0.5  # Silero's defaults, as faster-whisper uses them
    neg_threshold: float = 0.35
    endpoint_silence: float = 0.6
    lead_in: float = 0.3
    tail: float = 0.2
    min_speech: float = 0.12
    max_stretch: float = 28.0
    split_pause: float = 0.1  # a pause this long is where an over-long stretch is cut
    vad: bool = True


@dataclass
class Stretch:
    """One channel's speech from onset to endpoint, at 16 kHz; `start` and `end` in samples from
    the start of the call; `speech_end`: the first silent frame after the last voiced one."""

    start: int
    audio: np.ndarray
    speech_start: int
    speech_end: int

    @property
    def end(self) -> int:
        return self.start + len(self.audio)

    @property
    def start_seconds(self) -> float:
        return self.start / SAMPLE_RATE

    @property
    def end_seconds(self) -> float:
        return self.end / SAMPLE_RATE


RESET_AFTER_FRAMES = 16  # 0.5 s


ZeroCycle = tuple[np.ndarray, list[tuple[np.ndarray, np.ndarray]]]


def _zero_cycle(session: Any, neg_threshold: float) -> ZeroCycle | None:
    """Silero's probabilities and states over `RESET_AFTER_FRAMES` all-zero frames from a fresh
    state, when every one of them reads as silence (so the state is reset after the last)."""
    h = c = np.zeros((1, 1, 128), dtype=np.float32)
    frame = np.zeros((1, _CONTEXT + FRAME), dtype=np.float32)
    probabilities, states = [], []
    for _ in range(RESET_AFTER_FRAMES):
        out, h, c = session.run(None, {"input": frame, "h": h, "c": c})
        probabilities.append(float(np.asarray(out).reshape(-1)[0]))
        states.append((h, c))
    if max(probabilities) >= neg_threshold:
        return None
    return np.array(probabilities, dtype=np.float32), states


class SileroStream:
    """Silero VAD over one channel's frames, in order, with this channel's own LSTM state.

    Carried across a long call, the state drifts until speech after a long silence scores
    far lower than it would from a fresh start (a caller's first words scored 0.3 where a fresh
    state gave 0.75), and turn openings were lost. So the state is reset after every
    `RESET_AFTER_FRAMES` frames of unbroken silence: a rule of the probabilities alone, which
    keeps the output independent of how the audio was cut into frames."""

    def __init__(self, neg_threshold: float) -> None:
        from faster_whisper.vad import get_vad_model

        self._session = get_vad_model().session  # loaded once, shared by every channel
        self._neg_threshold = neg_threshold
        self._silent_run = 0
        self._zeros = _zero_cycle(self._session, neg_threshold)
        self._reset()

    def _reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        # Digital silence from a fresh state: frames scored from the cached cycle.
        self._zero_run: int | None = 0 if self._zeros is not None else None

    def _silent(self, probability: float) -> bool:
        """Count one frame; True when the state was reset after it."""
        self._silent_run = self._silent_run + 1 if probability < self._neg_threshold else 0
        if self._silent_run and self._silent_run % RESET_AFTER_FRAMES == 0:
            self._reset()
            return True
        return False

    def probabilities(self, frames: np.ndarray) -> np.ndarray:
        """Frames (n, 64 + 512) of context and audio -> their speech probabilities (n,)."""
        result = np.empty(len(frames), dtype=np.float32)
        done = 0
        while done < len(frames):
            if self._zero_run is not None and self._zeros is not None and not frames[done].any():
                # A gap filled with silence (a pause, lost packets) costs no model run: from a
                # fresh state, zero frames score as the cached cycle, exactly.
                probabilities, states = self._zeros
                result[done] = probabilities[self._zero_run]
                self._h, self._c = states[self._zero_run]
                self._zero_run += 1
                done += 1
                self._silent(float(result[done - 1]))
                continue
            self._zero_run = None
            group = frames[done : done + RESET_AFTER_FRAMES]
            out, h, c = self._session.run(None, {"input": group, "h": self._h, "c": self._c})
            out = np.asarray(out, dtype=np.float32).reshape(-1)
            for i, probability in enumerate(out):
                result[done + i] = probability
                if self._silent(float(probability)):
                    # The outputs after this frame came from the old state: score them again.
                    done += i + 1
                    break
            else:
                self._h, self._c = h, c
                done += len(group)
        return result


class Endpointer:
    """Cuts one channel's 16 kHz float32 audio into `Stretch`es, as it arrives."""

    def __init__(self, options: EndpointOptions | None = None) -> None:
        self.options = options or EndpointOptions()
        self._silero = SileroStream(self.options.neg_threshold) if self.options.vad else None
        o = self.options
        self._lead_in = round(o.lead_in * SAMPLE_RATE)
        self._tail = round(o.tail * SAMPLE_RATE)
        self._endpoint = round(o.endpoint_silence * SAMPLE_RATE)
        self._min_speech = round(o.min_speech * SAMPLE_RATE)
        self._max = round(o.max_stretch * SAMPLE_RATE)
        self._split_pause = round(o.split_pause * SAMPLE_RATE)
        self._partial = np.zeros(0, dtype=np.float32)  # less than a frame, not yet scored
        self._context = np.zeros(_CONTEXT, dtype=np.float32)
        self._chunks: list[np.ndarray] = []  # audio from `_kept_from` up to `position`
        self._kept_from = 0
        self.position = 0  # samples scored so far
        self._previous_end = 0  # where the last stretch ended: the next cannot reach back past it
        self._speech_start: int | None = None
        self._silence_from: int | None = None
        self._cut_at: int | None = None  # the start of the latest pause long enough to cut at

    @property
    def in_speech(self) -> bool:
        return self._speech_start is not None

    def watermark(self) -> int:
        """No stretch this channel has yet to give can start before this sample."""
        if self._speech_start is not None:
            return self._stretch_start(self._speech_start)
        return max(self._previous_end, self.position - self._lead_in)

    def tentative(self) -> Stretch | None:
        """The stretch in progress as it will be if the speaker does not go on: all its audio
        is in once `tail` of silence has come, `endpoint_silence` before the endpoint decides.
        The live hook decodes it early, so the words are ready when the endpoint comes."""
        bounds = self.tentative_bounds()
        if bounds is None:
            return None
        start, end = bounds
        assert self._speech_start is not None and self._silence_from is not None
        return Stretch(start, self._audio(start, end), self._speech_start, self._silence_from)

    def tentative_bounds(self) -> tuple[int, int] | None:
        """`tentative()`'s start and end, without copying its audio."""
        speech_start, silence_from = self._speech_start, self._silence_from
        if speech_start is None or silence_from is None:
            return None
        end = silence_from + self._tail
        if self.position < end or silence_from - speech_start < self._min_speech:
            return None
        return self._stretch_start(speech_start), end

    def in_progress(self) -> Stretch | None:
        """The stretch being spoken now, up to the audio so far (for interim transcripts)."""
        bounds = self.in_progress_bounds()
        if bounds is None or self._speech_start is None:
            return None
        start, end = bounds
        return Stretch(start, self._audio(start, end), self._speech_start, end)

    def in_progress_bounds(self) -> tuple[int, int] | None:
        """`in_progress()`'s start and end, without copying its audio."""
        if self._speech_start is None:
            return None
        return self._stretch_start(self._speech_start), self.position

    def feed(self, audio: np.ndarray) -> list[Stretch]:
        """The stretches `audio` (float32, 16 kHz, continuing the channel) completes."""
        if len(self._partial):
            audio = np.concatenate((self._partial, audio))
        whole = len(audio) // FRAME * FRAME
        self._partial = audio[whole:].copy()
        if not whole:
            return []
        frames = audio[:whole].reshape(-1, FRAME)
        contexts = np.concatenate((self._context[None], frames[:-1, -_CONTEXT:]))
        self._context = frames[-1, -_CONTEXT:].copy()
        if self._silero is None:
            speech = np.ones(len(frames), dtype=np.float32)
        else:
            speech = self._silero.probabilities(np.concatenate((contexts, frames), axis=1))
        done: list[Stretch] = []
        for index, probability in enumerate(speech):
            self._chunks.append(frames[index])
            self.position += FRAME
            done.extend(self._step(float(probability), self.position - FRAME))
        self._trim()
        return done

    def close(self) -> list[Stretch]:
        """The stretch in progress when the audio ends (its last partial frame included)."""
        if len(self._partial):
            self._chunks.append(self._partial)
            self.position += len(self._partial)
            self._partial = np.zeros(0, dtype=np.float32)
        if self._speech_start is None:
            return []
        end = self.position if self._silence_from is None else self._silence_from
        return self._emit(end, min(self.position, end + self._tail))

    def _step(self, probability: float, frame: int) -> list[Stretch]:
        o = self.options
        if self._speech_start is None:
            if probability >= o.threshold:
                self._speech_start, self._silence_from, self._cut_at = frame, None, None
            return []
        # Silence is an unbroken run of frames under `neg_threshold`: telephone speech often
        # scores between the two thresholds for a while, and that is not a pause.
        if probability >= o.neg_threshold:
            self._silence_from = None
        elif self._silence_from is None:
            self._silence_from = frame
        now = frame + FRAME
        if self._silence_from is not None:
            silent = now - self._silence_from
            if silent >= self._endpoint:
                return self._emit(self._silence_from, self._silence_from + self._tail)
            if silent >= self._split_pause:
                self._cut_at = self._silence_from
        if now - self._stretch_start(self._speech_start) >= self._max:
            cut = self._cut_at if self._cut_at is not None else now
            resumed_silence = self._silence_from
            done = self._emit(cut, cut)
            # The rest of the stretch goes on as a stretch of its own, from the cut.
            self._speech_start, self._previous_end = cut, cut
            self._silence_from = (
                resumed_silence if resumed_silence and resumed_silence > cut else None
            )
            self._cut_at = None
            return done
        return []

    def _stretch_start(self, speech_start: int) -> int:
        return max(self._previous_end, speech_start - self._lead_in, 0)

    def _emit(self, speech_end: int, end: int) -> list[Stretch]:
        assert self._speech_start is not None
        speech_start = self._speech_start
        start = self._stretch_start(speech_start)
        self._speech_start = self._silence_from = self._cut_at = None
        self._previous_end = end
        if speech_end - speech_start < self._min_speech:
            return []
        return [Stretch(start, self._audio(start, end), speech_start, speech_end)]

    def _audio(self, start: int, end: int) -> np.ndarray:
        audio = np.concatenate(self._chunks) if len(self._chunks) > 1 else self._chunks[0]
        self._chunks = [audio]
        return audio[start - self._kept_from : end - self._kept_from].copy()

    def _trim(self) -> None:
        """Keep only the audio a stretch may still need."""
        keep_from = self.watermark()
        if keep_from - self._kept_from < 8 * FRAME:
            return
        audio = np.concatenate(self._chunks) if len(self._chunks) > 1 else self._chunks[0]
        self._chunks = [audio[keep_from - self._kept_from :]]
        self._kept_from = keep_from


class ChannelStream:
    """One channel's int16 PCM at 8 or 16 kHz -> stretches, with the resampling of pcm.py."""

    def __init__(self, rate: int, options: EndpointOptions | None = None) -> None:
        self.upsampler = Upsampler(rate)
        self.endpointer = Endpointer(options)

    def feed(self, samples: np.ndarray) -> list[Stretch]:
        return self.endpointer.feed(self.upsampler.process(samples))

    def close(self) -> list[Stretch]:
        done = self.endpointer.feed(self.upsampler.flush())
        return done + self.endpointer.close()
