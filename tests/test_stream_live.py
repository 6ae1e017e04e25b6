"""The live call core (stream/live.py) on real speech: what batch scoring gives, interim text,
speech dropped when Whisper falls behind, and live calls written when the server stops."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import wave
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from mot_detect.audio.asr import Transcriber
from mot_detect.audio.decode import iter_pcm
from mot_detect.audio.pcm import Upsampler
from mot_detect.audio.recording import transcribe_recording
from mot_detect.io.writers import call_to_dict
from mot_detect.pipeline import Detector
from mot_detect.redact import redact_call
from mot_detect.store.database import Store, open_store
from mot_detect.store.queries import get_call
from mot_detect.stream.config import ServeConfig
from mot_detect.stream.live import CallStart
from mot_detect.stream.state import build_state

REPO = Path(__file__).resolve().parent.parent
SPOKEN = REPO / "spoken_examples"
CAR = SPOKEN / "car_insurance_first_claim_missed.wav"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def transcriber() -> Transcriber:
    sys.path.insert(0, str(REPO / "scripts"))
    from compare_spoken import tiny_transcriber

    return tiny_transcriber(threads=2)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.fixture(scope="module")
def customer_16k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The car call's customer channel, first 70 s, as a 16 kHz mono PCM recording."""
    pcm = np.concatenate(list(iter_pcm(CAR, 30.0)), axis=1)[1, : 70 * 8000]
    up = Upsampler(8000)
    audio = np.concatenate((up.process(pcm), up.flush()))
    samples = np.clip(np.round(audio * 32768), -32768, 32767).astype("<i2")
    path = tmp_path_factory.mktemp("mono") / "customer16k.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(samples.tobytes())
    return path


async def run_call(
    config: ServeConfig,
    detector: Detector,
    transcriber: Transcriber,
    path: Path,
    speakers: tuple[str, ...],
    rate: int,
    pace: float = 0.0,
    store: Store | None = None,
) -> tuple[Any, list[dict[str, Any]]]:
    """Feed `path` to a LiveCall 20 ms at a time (`pace` seconds between frames); the finished
    call and every event it published."""
    state = build_state(config, detector, transcriber, store)
    await state.events.start()
    published: list[dict[str, Any]] = []
    original = state.events.publish
    state.events.publish = lambda tenant, event: (published.append(event), original(tenant, event))  # type: ignore[method-assign]
    call = await state.calls.start(
        CallStart(call_id="live-test", tenant="default", speakers=speakers, sample_rate=rate, protocol="stream")
    )  # fmt: skip
    step = rate // 50 * len(speakers)
    for chunk in iter_pcm(path, 10.0):
        interleaved = chunk.T.reshape(-1)
        for position in range(0, len(interleaved), step):
            call.audio_interleaved(interleaved[position : position + step])
            await asyncio.sleep(pace)
    finished = await call.end()
    await state.events.close()
    state.calls.close()
    return finished, published


def test_a_16khz_mono_call_ends_as_batch_scoring(
    customer_16k: Path, detector: Detector, transcriber: Transcriber
) -> None:
    config = ServeConfig(asr_backlog_seconds=3600.0)
    live, events = asyncio.run(
        run_call(config, detector, transcriber, customer_16k, ("unknown",), 16000)
    )
    batch = detector.score_call(transcribe_recording(customer_16k, transcriber))
    live_dict, batch_dict = call_to_dict(live), call_to_dict(batch)
    assert len(batch_dict["utterances"]) >= 4
    assert live_dict["utterances"] == batch_dict["utterances"]
    assert live_dict["findings"] == batch_dict["findings"]
    assert live_dict["score"] == batch_dict["score"]
    utterances = [e["data"] for e in events if e["type"] == "utterance"]
    # The events say what batch scoring says, redacted as the hook redacts what it publishes.
    redacted = redact_call(batch, config.redact)
    assert [u["text"] for u in utterances] == [u.text for u in redacted.utterances]
    assert all(u["latency"]["total"] >= 0 for u in utterances)
    assert live.metadata["live"]["dropped_seconds"] == 0


def test_a_finished_live_call_lands_in_the_store_as_it_was_scored(
    customer_16k: Path, detector: Detector, transcriber: Transcriber, tmp_path: Path
) -> None:
    store = open_store(str(tmp_path / "store.db"))
    config = ServeConfig(asr_backlog_seconds=3600.0)
    live, _ = asyncio.run(
        run_call(config, detector, transcriber, customer_16k, ("customer",), 16000, store=store)
    )
    with store.sessions() as session:
        stored = get_call(session, "live-test")
        assert stored is not None
        # Stored redacted (the default policy), as everything the hook writes.
        redacted = redact_call(live, config.redact)
        assert [u.text for u in stored.utterances] == [u.text for u in redacted.utterances]
        assert sorted(f.finding_key for f in stored.findings) == sorted(
            f"{f.label}@{f.utterance}" for f in live.findings
        )
        assert stored.priority == live.score.priority
        assert stored.call_metadata["live"]["protocol"] == "stream"
    store.close()


def test_partial_transcripts_come_while_the_speaker_goes_on(
    customer_16k: Path, detector: Detector, transcriber: Transcriber
) -> None:
    config = ServeConfig(asr_backlog_seconds=3600.0, partials=True)
    # 20 ms frames 4 ms apart: five times real time, slow enough for Whisper to be idle at times.
    live, events = asyncio.run(
        run_call(config, detector, transcriber, customer_16k, ("customer",), 16000, pace=0.004)
    )
    partials = [e["data"] for e in events if e["type"] == "partial"]
    assert partials, [e["type"] for e in events]
    finals = " ".join(u.text for u in live.utterances).lower()
    # Interim text is the start of what the final utterances say, about the same speech.
    words = [w.strip(".,?!").lower() for p in partials for w in p["text"].split()[:2]]
    assert sum(w in finals for w in words) >= len(words) // 2
    kinds = [e["type"] for e in events]
    assert kinds.index("partial") < kinds.index("call_ended")


def test_speech_is_dropped_not_queued_when_whisper_falls_behind(
    detector: Detector, transcriber: Transcriber
) -> None:
    config = ServeConfig(asr_backlog_seconds=5.0)
    live, events = asyncio.run(
        run_call(config, detector, transcriber, CAR, ("agent", "customer"), 8000)
    )
    dropped = [e["data"] for e in events if e["type"] == "audio_dropped"]
    assert dropped and all(d["reason"] == "asr_backlog" and d["seconds"] > 0 for d in dropped)
    assert live.metadata["live"]["dropped_seconds"] == pytest.approx(
        sum(d["seconds"] for d in dropped), abs=0.01
    )
    assert live.utterances  # what was kept is still scored
    assert events[-1]["type"] == "call_ended"
    assert events[-1]["data"]["dropped_seconds"] > 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_stopping_the_server_finishes_and_writes_the_live_calls(tmp_path: Path) -> None:
    port = _free_port()
    out_dir = tmp_path / "calls"
    server = subprocess.Popen(
        [sys.executable, "-m", "mot_detect", "serve", "--asr-model", "tiny.en", "--engine",
         "rules", "--port", str(port), "--out-dir", str(out_dir)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                    assert json.load(r)["status"] == "ok"
                break
            except OSError:
                assert server.poll() is None, server.stdout.read() if server.stdout else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.5)
        sys.path.insert(0, str(REPO / "scripts"))
        import simulate_call

        async def stream_then_stop() -> Any:
            task = asyncio.create_task(
                simulate_call.stream_call(
                    CAR, protocol="stream", url=f"ws://127.0.0.1:{port}/stream", speed=4.0,
                    metadata=SPOKEN / "car_insurance_first_claim_missed.json",
                )
            )  # fmt: skip
            await asyncio.sleep(15)  # a minute of the call has been streamed
            server.send_signal(signal.SIGTERM)
            return await asyncio.wait_for(task, 120)

        result = asyncio.run(stream_then_stop())
        assert (result.close_code is not None and result.close_code != 1000) or result.ok
        # uvicorn shuts down gracefully, then re-raises the signal: the exit status says so.
        assert server.wait(120) in (0, -signal.SIGTERM)
    finally:
        if server.poll() is None:
            server.kill()
    (written,) = out_dir.glob("*.json")
    stored = json.loads(written.read_text())
    assert stored["call_id"] == "ex-carclaim-01"
    assert 5 <= len(stored["utterances"]) < 29  # the call was cut part way, and kept
    assert stored["metadata"]["live"]["ended"] != "completed"
