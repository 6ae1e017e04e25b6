"""One live call: the audio a platform streams -> utterances -> `CallSession.add` -> events.

Per channel the audio goes through the same stages as a recording (audio/recording.py): pcm.py
to 16 kHz, endpoint.py into stretches, Whisper on each stretch and the split of segmentation.py
(audio/stretches.py). Utterances are scored in the order batch scoring sorts them, by start, end
and channel: one is released only when no channel can still produce an earlier one (each
channel's *watermark*), so the finished live call equals batch scoring of its recording.

The models are shared: Whisper runs in the server's one ASR worker (`AsrWorker`), the detector
in its scoring thread; the per-call state (streams, session, IVR marker, events) lives here.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import os
import re
import time
from collections import deque
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from mot_detect.audio.asr import Transcriber, Word
from mot_detect.audio.endpoint import ChannelStream, Stretch
from mot_detect.audio.ivr import RecordedSpeechMarker
from mot_detect.audio.pcm import SAMPLE_RATE
from mot_detect.audio.segmentation import SpokenUtterance
from mot_detect.audio.stretches import endpoint_options, transcribe_stretch
from mot_detect.io.writers import call_to_dict
from mot_detect.long_utterances import split_utterance
from mot_detect.pipeline import CallSession, Detector, UtteranceUpdate
from mot_detect.redact.redactor import CallRedactor, redact_call, redacted_utterance
from mot_detect.store.calls import ScoredBy, save_call
from mot_detect.stream.alerts import (
    EventCounter,
    audio_dropped_event,
    call_ended_event,
    call_started_event,
    finish_events,
    partial_event,
    utterance_events,
)
from mot_detect.types import Call, Utterance

if TYPE_CHECKING:
    from mot_detect.store.database import Store
    from mot_detect.stream.config import ServeConfig
    from mot_detect.stream.events import EventBus
    from mot_detect.stream.metrics import Metrics

logger = logging.getLogger("mot_detect")

SPEAKERS = ("agent", "customer", "unknown")
PARTIAL_FIRST = SAMPLE_RATE  # interim text once a stretch has a second of audio,
PARTIAL_EVERY = SAMPLE_RATE  # then every further second
# A channel this far behind another has stopped sending: it is filled with silence.
MAX_LAG_SECONDS = 3.0


class CallLimitReached(Exception):
    """The server holds `--max-calls` calls already."""


@dataclass
class FinalUtterance:
    """One final utterance, for a protocol that sends transcripts back to the platform."""

    channel: int
    speaker: str
    text: str
    start: float
    end: float
    confidence: float
    words: list[Word] = field(default_factory=list)  # times in seconds from the call's start


@dataclass
class CallStart:
    """What a protocol knows when a call starts (see docs/streaming.md)."""

    call_id: str
    tenant: str
    speakers: tuple[str, ...]
    sample_rate: int
    protocol: str
    started_at: datetime | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    on_final: Callable[[FinalUtterance], Awaitable[None]] | None = None


@dataclass
class Transcribed:
    """One stretch's utterances, the seconds it waited for Whisper and took in it, and when
    (wall clock) it was done."""

    utterances: list[SpokenUtterance]
    waited: float
    took: float
    done_at: float


class AsrWorker:
    """The server's one Whisper model and the queue in front of it.

    Stretches from every call are decoded in arrival order, `workers` at a time (the model's
    CTranslate2 workers, `AsrOptions.workers`): one decode alone gets every CPU thread, two
    share them, which on a small machine keeps the cores busy where one decode's sequential
    steps would leave one idle. `backlog_seconds` is the speech waiting; beyond `max_backlog`
    new speech is dropped rather than queued, so latency stays bounded when the machine falls
    behind."""

    def __init__(self, transcriber: Transcriber, metrics: Metrics, max_backlog: float) -> None:
        self.transcriber = transcriber
        self.metrics = metrics
        self.max_backlog = max_backlog
        self.backlog_seconds = 0.0
        self.depth = 0
        self.workers = max(1, transcriber.options.workers)
        self._partial_busy = False
        self._executor = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="asr")

    @property
    def idle(self) -> bool:
        """A decode could start now without waiting."""
        return self.depth < self.workers

    def accepts(self, stretch: Stretch) -> bool:
        """Whether Whisper takes `stretch`: while less than `max_backlog` seconds of speech
        wait for it (so a long turn is never dropped by a Whisper only a little behind)."""
        return self.backlog_seconds < self.max_backlog

    def partial(self, stretch: Stretch) -> asyncio.Task[str] | None:
        """Interim text of a stretch still being spoken, when Whisper is idle and no other
        interim decode runs: a final utterance waits behind at most one of them."""
        if self.depth or self._partial_busy:
            return None
        self._partial_busy = True

        async def run() -> str:
            try:
                found = await asyncio.get_running_loop().run_in_executor(
                    self._executor, transcribe_stretch, self.transcriber, stretch
                )
            finally:
                self._partial_busy = False
            return " ".join(spoken.text for spoken in found)

        return asyncio.create_task(run())

    def submit(self, stretch: Stretch) -> asyncio.Task[Transcribed]:
        """Queue `stretch` for Whisper; it counts in `depth` and `backlog_seconds` at once."""
        seconds = len(stretch.audio) / SAMPLE_RATE
        self._enqueued(1, seconds)
        task = asyncio.create_task(self._transcribe(stretch))
        # Counted out however it ends, cancelled before it ran included.
        task.add_done_callback(lambda _task: self._enqueued(-1, -seconds))
        return task

    async def _transcribe(self, stretch: Stretch) -> Transcribed:
        """The stretch's utterances, with how long they waited and took."""
        queued = time.perf_counter()
        timing: list[float] = []

        def run() -> list[SpokenUtterance]:
            began = time.perf_counter()
            timing.append(began - queued)
            try:
                return transcribe_stretch(self.transcriber, stretch)
            finally:
                timing.append(time.perf_counter() - began)

        found = await asyncio.get_running_loop().run_in_executor(self._executor, run)
        waited, took = timing
        self.metrics.asr_wait_seconds.observe(waited)
        self.metrics.asr_seconds.observe(took)
        return Transcribed(found, waited, took, time.perf_counter())

    def _enqueued(self, jobs: int, seconds: float) -> None:
        self.depth += jobs
        self.backlog_seconds = max(0.0, self.backlog_seconds + seconds)
        self.metrics.asr_queue_depth.set(self.depth)
        self.metrics.asr_backlog_seconds.set(self.backlog_seconds)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


@dataclass
class _Pending:
    """A stretch sent to Whisper, and when its speech ended (wall clock), for the latency."""

    stretch: Stretch
    task: asyncio.Task[Transcribed]
    endpointed_at: float


@dataclass
class _Ready:
    """A transcribed utterance waiting for its turn to be scored."""

    channel: int
    spoken: SpokenUtterance
    speech_ended_at: float  # wall clock when its last audio arrived
    endpointed_at: float
    asr_wait: float
    asr: float
    asr_done_at: float
    released_at: float = 0.0  # when no channel could still precede it

    @property
    def key(self) -> tuple[float, float, int]:
        return (self.spoken.start, self.spoken.end, self.channel)


class _Channel:
    """One channel's stream, the stretches it has at Whisper, and when its audio arrived."""

    def __init__(self, rate: int, calls: LiveCalls) -> None:
        self.stream = ChannelStream(rate, endpoint_options(calls.transcriber.options))
        self.pending: deque[_Pending] = deque()
        # The stretch in progress sent to Whisper before its endpoint (see `_speculate`).
        self.early: tuple[tuple[int, int], asyncio.Task[Transcribed]] | None = None
        self.ready: deque[_Ready] = deque()
        self.closed = False
        self.samples = 0  # input samples, silence included
        self.partial_due = 0  # 16 kHz sample of the stretch in progress when interim text is due
        self.partial_task: asyncio.Task[str] | None = None
        # (call time in seconds at the end of a piece of audio, wall clock when it arrived)
        self.arrivals: deque[tuple[float, float]] = deque()

    def watermark(self) -> float:
        """No utterance this channel has yet to give can start before this (seconds)."""
        if self.pending:
            return self.pending[0].stretch.start_seconds
        if self.closed:
            return math.inf
        return self.stream.endpointer.watermark() / SAMPLE_RATE

    def arrived(self, seconds: float) -> float:
        """Wall clock when the audio at call time `seconds` arrived (now, when unknown)."""
        for until, wall in self.arrivals:
            if until >= seconds:
                return wall
        return time.perf_counter()

    def forget_arrivals_before(self, seconds: float) -> None:
        while len(self.arrivals) > 1 and self.arrivals[1][0] < seconds:
            self.arrivals.popleft()


class LiveCall:
    """One call in progress. Protocols feed it audio (`audio`, `audio_interleaved`, `silence`)
    and `end` it; it publishes its events as it goes."""

    def __init__(self, calls: LiveCalls, start: CallStart, session: CallSession) -> None:
        self.calls = calls
        self.call_id = session.call.call_id
        self.tenant = start.tenant
        self.speakers = start.speakers
        self.sample_rate = start.sample_rate
        self.protocol = start.protocol
        self.dropped_seconds = 0.0
        self.session = session
        self._on_final = start.on_final
        self._channels = [_Channel(start.sample_rate, calls) for _ in start.speakers]
        self._marker = RecordedSpeechMarker.for_call(session.call.metadata)
        self._events = EventCounter(self.call_id, self.tenant)
        # Everything published is redacted: events, webhooks, transcripts sent back.
        self._redactor = CallRedactor(calls.config.redact)
        self._released: asyncio.Queue[_Ready | None] = asyncio.Queue()
        self._scorer = asyncio.create_task(self._score_released(), name=f"score {self.call_id}")
        self._ended: asyncio.Future[Call | None] | None = None
        self.publish(
            call_started_event(
                self._events,
                protocol=start.protocol,
                speakers=start.speakers,
                started_at=session.call.started_at,
                metadata=self._redactor.metadata(session.call.metadata),
            )
        )

    # --- audio in -------------------------------------------------------------------------

    def audio(self, channel: int, samples: np.ndarray) -> None:
        """int16 PCM of one channel at the call's rate, continuing that channel."""
        if self._ended is not None:
            return
        state = self._channels[channel]
        state.samples += len(samples)
        state.arrivals.append((state.samples / self.sample_rate, time.perf_counter()))
        for stretch in state.stream.feed(samples):
            self._submit(channel, stretch)
        self._speculate(state)
        # No stretch still to come from this channel needs the arrival times before this.
        state.forget_arrivals_before(state.watermark() - 1.0)
        self._catch_up(channel)
        if self.calls.config.partials:
            self._maybe_partial(channel, state)
        self._release()

    def audio_interleaved(self, samples: np.ndarray) -> None:
        """int16 PCM of every channel, interleaved in channel order."""
        count = len(self._channels)
        if len(samples) % count:
            raise ValueError(
                f"interleaved audio of {count} channels must hold a multiple of {count} "
                f"samples, got {len(samples)}"
            )
        frames = samples.reshape(-1, count)
        for channel in range(count):
            self.audio(channel, np.ascontiguousarray(frames[:, channel]))

    def silence(self, samples: int, channel: int | None = None) -> None:
        """Advance the timeline by `samples` of silence (a gap, paused or discarded audio)."""
        if samples <= 0:
            return
        targets = range(len(self._channels)) if channel is None else (channel,)
        for target in targets:
            left = samples
            while left > 0:  # in pieces, so a long pause is never one big array
                piece = min(left, self.sample_rate * 10)
                self.audio(target, np.zeros(piece, dtype=np.int16))
                left -= piece

    def _catch_up(self, channel: int) -> None:
        """A channel more than `MAX_LAG_SECONDS` behind this one (a track that stopped sending)
        is filled with silence up to that lag: its watermark would otherwise hold back every
        other channel's alerts until the call ends."""
        ahead = self._channels[channel].samples - round(MAX_LAG_SECONDS * self.sample_rate)
        for other, state in enumerate(self._channels):
            if other != channel and state.samples < ahead:
                logger.info(
                    "call %s: channel %d is %.1f s behind channel %d: filled with silence",
                    self.call_id,
                    other,
                    (self._channels[channel].samples - state.samples) / self.sample_rate,
                    channel,
                )
                self.silence(ahead - state.samples, other)

    def position(self, channel: int = 0) -> int:
        return self._channels[channel].samples

    # --- transcription and release in batch order ----------------------------------------

    def _speculate(self, state: _Channel) -> None:
        """Decode a stretch as soon as all its audio is in (its speaker silent for `tail`), not
        only at its endpoint: the same audio gives the same words, and the endpoint's wait and
        Whisper's time overlap. Only when Whisper is idle, so it never costs another call; the
        guess is dropped when the speaker goes on."""
        early = state.early
        endpointer = state.stream.endpointer
        key = endpointer.tentative_bounds()
        if early is not None and early[0] != key:
            early[1].cancel()
            state.early = early = None
        if early is None and key is not None and self.calls.asr.idle:
            tentative = endpointer.tentative()
            assert tentative is not None
            state.early = (key, self.calls.asr.submit(tentative))

    def _submit(self, channel: int, stretch: Stretch) -> None:
        asr = self.calls.asr
        state = self._channels[channel]
        early, state.early = state.early, None
        if early is not None:
            if early[0] == (stretch.start, stretch.end):
                state.pending.append(_Pending(stretch, early[1], time.perf_counter()))
                early[1].add_done_callback(lambda _task: self._collect(channel))
                return
            early[1].cancel()
        seconds = len(stretch.audio) / SAMPLE_RATE
        if not asr.accepts(stretch):
            self.dropped_seconds += seconds
            self.calls.metrics.audio_dropped_seconds_total.labels(self.protocol).inc(seconds)
            logger.warning(
                "call %s: ASR is %.1f s behind; dropped %.1f s of speech on channel %d",
                self.call_id,
                asr.backlog_seconds,
                seconds,
                channel,
            )
            self.publish(
                audio_dropped_event(
                    self._events, seconds=seconds, channel=channel, reason="asr_backlog"
                )
            )
            return
        task = asr.submit(stretch)
        state.pending.append(_Pending(stretch, task, time.perf_counter()))
        task.add_done_callback(lambda _task: self._collect(channel))

    def _maybe_partial(self, channel: int, state: _Channel) -> None:
        """Ask for interim text of the speech in progress, about every `PARTIAL_EVERY` seconds
        of it, when Whisper has nothing else to do."""
        endpointer = state.stream.endpointer
        if not endpointer.in_speech:
            state.partial_due = 0
            return
        if state.partial_task is not None or self.calls.asr.depth:
            return
        bounds = endpointer.in_progress_bounds()
        if bounds is None or bounds[1] - bounds[0] < max(state.partial_due, PARTIAL_FIRST):
            return
        current = endpointer.in_progress()
        assert current is not None
        task = self.calls.asr.partial(current)
        if task is None:
            return
        state.partial_due = current.end - current.start + PARTIAL_EVERY
        state.partial_task = task

        def done(finished: asyncio.Task[str]) -> None:
            state.partial_task = None
            if finished.cancelled() or finished.exception() is not None or self._ended:
                return
            text = self._redactor.interim(self.speakers[channel], finished.result())
            # Only while that speech goes on: a final utterance may have superseded it.
            if text and endpointer.in_speech:
                self.publish(
                    partial_event(
                        self._events,
                        channel=channel,
                        speaker=self.speakers[channel],
                        text=text,
                        start=round(current.start_seconds, 3),
                    )
                )

        task.add_done_callback(done)

    def _collect(self, channel: int) -> None:
        """Move the channel's finished stretches, in order, to its ready utterances."""
        state = self._channels[channel]
        while state.pending and state.pending[0].task.done():
            pending = state.pending.popleft()
            try:
                done = pending.task.result()
            except asyncio.CancelledError:
                continue
            except Exception:
                logger.exception("call %s: ASR failed on a stretch", self.call_id)
                self.calls.metrics.errors_total.labels("asr").inc()
                continue
            for spoken in done.utterances:
                state.ready.append(
                    _Ready(
                        channel,
                        spoken,
                        # Each utterance from its own last word (a stretch can hold several).
                        state.arrived(min(spoken.end, pending.stretch.speech_end / SAMPLE_RATE)),
                        pending.endpointed_at,
                        done.waited,
                        done.took,
                        done.done_at,
                    )
                )
        self._release()

    def _release(self) -> None:
        """Hand to scoring every ready utterance no channel can still precede."""
        channels = self._channels
        while True:
            heads = [state.ready[0] for state in channels if state.ready]
            if not heads:
                return
            first = min(heads, key=lambda ready: ready.key)
            if any(
                index != first.channel and state.watermark() <= first.spoken.start
                for index, state in enumerate(channels)
            ):
                return
            channels[first.channel].ready.popleft()
            first.released_at = time.perf_counter()
            self._released.put_nowait(first)

    # --- scoring and events ---------------------------------------------------------------

    async def _score_released(self) -> None:
        loop = asyncio.get_running_loop()
        while (ready := await self._released.get()) is not None:
            # One utterance that cannot be scored costs that utterance, never the call.
            try:
                utterance = Utterance(
                    speaker=self.speakers[ready.channel],
                    text=ready.spoken.text,
                    start=round(ready.spoken.start, 3),
                    end=round(ready.spoken.end, 3),
                )
                self._marker.mark(utterance)
                updates = await loop.run_in_executor(self.calls.scoring, self._score_one, utterance)
                for update in updates:
                    self._publish_update(update, ready)
            except Exception:
                logger.exception("call %s: scoring failed on an utterance", self.call_id)
                self.calls.metrics.errors_total.labels("scoring").inc()
                continue
            if self._on_final is not None:
                await self._send_final(ready, utterance)

    def _score_one(self, utterance: Utterance) -> list[UtteranceUpdate]:
        # As batch scoring does: an utterance over the length limit is scored in pieces.
        return [self.session.add(piece) for piece in split_utterance(utterance)]

    def _publish_update(self, update: UtteranceUpdate, ready: _Ready) -> None:
        published = time.perf_counter()
        events = utterance_events(self._events, *self._redacted(update))
        total = published - ready.speech_ended_at
        latency = {
            "total": round(total, 4),
            "endpoint_wait": round(ready.endpointed_at - ready.speech_ended_at, 4),
            "asr_wait": round(ready.asr_wait, 4),
            "asr": round(ready.asr, 4),
        }
        # Waiting for the other party: an utterance is scored only once no channel can still
        # give one that started before it (talk-over holds it until the other stretch ends).
        words_ready = max(ready.endpointed_at, ready.asr_done_at)
        latency["order_wait"] = round(max(0.0, ready.released_at - words_ready), 4)
        # Ours: scoring, events and fan-out.
        latency["overhead"] = round(published - max(words_ready, ready.released_at), 4)
        events[0]["data"]["latency"] = latency
        metrics = self.calls.metrics
        metrics.alert_latency_seconds.observe(total)
        metrics.endpoint_wait_seconds.observe(latency["endpoint_wait"])
        metrics.overhead_seconds.observe(latency["overhead"])
        for event in events:
            self.publish(event)

    def _redacted(self, update: UtteranceUpdate) -> tuple[Call, UtteranceUpdate]:
        """The call so far and `update` as they may be published: redacted."""
        utterance = update.utterance
        redacted = self._redactor.utterance(utterance.index, utterance.speaker, utterance.text)
        call = self.session.call
        return self._redactor.view(call), replace(
            update,
            utterance=redacted_utterance(utterance, redacted),
            findings=self._redactor.findings(call, update.findings),
        )

    async def _send_final(self, ready: _Ready, utterance: Utterance) -> None:
        words = ready.spoken.words
        confidence = sum(w.probability for w in words) / len(words) if words else 0.0
        redacted = self._redactor.texts.get(utterance.index)
        text = redacted.text if redacted is not None else utterance.text
        final = FinalUtterance(
            ready.channel,
            utterance.speaker,
            text,
            ready.spoken.start,
            ready.spoken.end,
            round(confidence, 3),
            # Word by word, the words would say what the text no longer does.
            list(words) if text == utterance.text else [],
        )
        try:
            assert self._on_final is not None
            await self._on_final(final)
        except Exception:
            logger.exception("call %s: sending a final transcript back failed", self.call_id)

    def publish(self, event: dict[str, Any]) -> None:
        self.calls.events.publish(self.tenant, event)

    # --- the end --------------------------------------------------------------------------

    async def end(self, reason: str = "completed") -> Call | None:
        """Finish the call: the speech in progress, the stretches at Whisper, the scoring; then
        write it to `--out-dir` and publish `call_ended`. Idempotent."""
        if self._ended is None:
            self._ended = asyncio.ensure_future(self._end(reason))
        return await asyncio.shield(self._ended)

    async def _end(self, reason: str) -> Call | None:
        try:
            for channel, state in enumerate(self._channels):
                for stretch in state.stream.close():
                    self._submit(channel, stretch)
                if state.early is not None:  # a guess the end of the audio did not confirm
                    state.early[1].cancel()
                    state.early = None
                if state.partial_task is not None:
                    state.partial_task.cancel()
                state.closed = True
            pending = [p.task for state in self._channels for p in state.pending]
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
            for channel in range(len(self._channels)):
                self._collect(channel)
            self._release()
            self._released.put_nowait(None)
            await self._scorer
            decided = {id(f) for f in self.session.call.findings}
            call = self.session.finish()
            # How the call came: what a reviewer needs to trust (or not) the stored result.
            call.metadata["live"] = {
                "protocol": self.protocol,
                "ended": reason,
                "audio_seconds": round(self.position() / self.sample_rate, 3),
                "dropped_seconds": round(self.dropped_seconds, 3),
            }
            # The cues the call ended on, still waiting for the agent: decided by `finish`.
            ended = [f for f in call.findings if id(f) not in decided]
            view = self._redactor.view(replace(call, findings=ended))
            for event in finish_events(self._events, view, 0):
                self.publish(event)
            out_file = await asyncio.get_running_loop().run_in_executor(
                None, self.calls.write, call
            )
            self.publish(
                call_ended_event(
                    self._events,
                    reason=reason,
                    call=call,
                    dropped_seconds=self.dropped_seconds,
                    out_file=str(out_file) if out_file else None,
                )
            )
            logger.info(
                "call %s ended (%s): %d utterances, %d findings",
                self.call_id,
                reason,
                len(call.utterances),
                len(call.findings),
            )
            return call
        except Exception:
            logger.exception("call %s: could not be finished", self.call_id)
            self.calls.metrics.errors_total.labels("finish").inc()
            self.publish(
                call_ended_event(
                    self._events, reason="error", call=None, dropped_seconds=self.dropped_seconds
                )
            )
            return None
        finally:
            self.calls.forget(self)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class LiveCalls:
    """The calls this server is scoring now, and what they share: the detector, the ASR worker
    and the scoring thread."""

    def __init__(
        self,
        config: ServeConfig,
        detector: Detector,
        transcriber: Transcriber,
        events: EventBus,
        metrics: Metrics,
        store: Store | None = None,
    ) -> None:
        self.config = config
        self.detector = detector
        # Finished calls also go into the call store (`serve --store`), each in one transaction.
        self.store = store
        self.scored_by = ScoredBy.of(detector) if store is not None else None
        self.transcriber = transcriber
        self.events = events
        self.metrics = metrics
        self.asr = AsrWorker(transcriber, metrics, config.asr_backlog_seconds)
        self.scoring = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scoring")
        self.live: dict[str, LiveCall] = {}
        self._starting = 0

    async def start(self, start: CallStart) -> LiveCall:
        """A new live call (CallLimitReached past `max_calls`; ValueError for a bad start)."""
        if len(self.live) + self._starting >= self.config.max_calls:
            self.metrics.refusals_total.labels(start.protocol, "max_calls").inc()
            raise CallLimitReached(
                f"this server is scoring {self.config.max_calls} calls, its --max-calls limit"
            )
        if not start.speakers or any(s not in SPEAKERS for s in start.speakers):
            raise ValueError(
                f"speakers must be some of {', '.join(SPEAKERS)}, got {start.speakers}"
            )
        call_id = start.call_id
        suffix = 1
        while call_id in self.live:  # the same conversation streamed twice (a transfer)
            suffix += 1
            call_id = f"{start.call_id}#{suffix}"
        self._starting += 1
        try:
            session = self.detector.session(
                call_id,
                started_at=start.started_at or datetime.now(timezone.utc),
                metadata=start.metadata,
            )
            call = LiveCall(self, start, session)
        finally:
            self._starting -= 1
        self.live[call.call_id] = call
        self.metrics.live_calls.set(len(self.live))
        self.metrics.calls_total.labels(start.protocol).inc()
        logger.info("call %s started (%s, %s)", call.call_id, start.protocol, start.tenant)
        return call

    def get(self, call_id: str) -> LiveCall | None:
        return self.live.get(call_id)

    def forget(self, call: LiveCall) -> None:
        if self.live.get(call.call_id) is call:
            del self.live[call.call_id]
        self.metrics.live_calls.set(len(self.live))

    def write(self, call: Call) -> Path | None:
        """The scored call, redacted, into the store (when there is one) and as JSON in
        `out_dir` (atomically: never half a file)."""
        call = redact_call(call, self.config.redact)
        if self.store is not None and self.scored_by is not None:
            try:
                save_call(self.store, call, self.scored_by)
            except Exception:  # the store being down must not lose the call's JSON or events
                logger.exception("call %s could not be saved in the store", call.call_id)
                self.metrics.store_failures_total.inc()
        out_dir = self.config.out_dir
        if out_dir is None:
            return None
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / f"{_UNSAFE.sub('_', call.call_id)[:150] or 'call'}.json"
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(call_to_dict(call), indent=2, ensure_ascii=False) + "\n")
        os.replace(temporary, path)
        return path

    async def end_all(self, reason: str = "shutdown") -> None:
        """End every live call (graceful shutdown): each is finished and written."""
        calls = list(self.live.values())
        if calls:
            logger.info("finishing %d live call(s)", len(calls))
            await asyncio.gather(*(call.end(reason) for call in calls), return_exceptions=True)

    def close(self) -> None:
        self.asr.close()
        self.scoring.shutdown(wait=True)
