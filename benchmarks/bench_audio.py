"""The audio pipeline on a 10-minute two-channel call: real-time factor, where the time goes,
peak memory.

    python benchmarks/bench_audio.py     # needs the train extra once, to build the test model

The call is real speech clips laid out as a two-party 8 kHz stereo mu-law recording
(scripts/make_test_call.py). The model is the Whisper-tiny-shaped int8 model with random
weights (scripts/make_test_whisper.py): it costs what real tiny costs per second of audio, but
it never stops decoding on its own, so its decoder runs up to a token cap in every 30 s window,
and no temperature fallback is allowed (random weights fail every check that triggers one).
Three settings run side by side, each in its own child process (so peak memory is its own), on
2 threads:

- greedy, 24 tokens a window: the tests' setting, a floor for the decoder's cost;
- greedy, 100 tokens a window: about what real tiny writes for 30 s of dense conversation (150
  words a minute is 75 words, about 100 tokens with timestamps);
- beam 5 (the default), 100 tokens a window;
- and for scale, the same with a Whisper-small-shaped model (the default `--asr-model` is
  small.en), built the same way.

Each reports decode, VAD, ASR and scoring time (the detector with the model, as `mot-detect
score` runs it) and checks that decode + VAD + scoring stay under 5% of ASR. The ASR output is
a few long runs of nonsense words, so scoring it is cheaper than scoring a real call: the check
uses instead the time to score a real transcript with as many words as the call's speech holds at
150 words a minute (the opening utterances of the longest real insurance call). VAD is also timed
as faster-whisper's own `vad_filter` runs it, each channel in turn and no gate, for comparison.
Models are loaded (and warmed up) before timing. Writes benchmarks/results/audio.json.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from harness import run_worker, write_results
from make_test_call import build as build_call
from make_test_whisper import build as build_whisper

from mot_detect import load_calls
from mot_detect.audio.asr import AsrOptions, Transcriber
from mot_detect.audio.decode import SAMPLE_RATE, decode
from mot_detect.audio.recording import StageTimes, transcribe_recording
from mot_detect.audio.vad import find_speech
from mot_detect.detect.model import ModelOptions
from mot_detect.pipeline import Detector, DetectorOptions
from mot_detect.types import Call

RESULTS = REPO / "benchmarks" / "results" / "audio.json"
MODELS = {shape: REPO / "build" / f"whisper-{shape}-random" for shape in ("tiny", "small")}
CALL = REPO / "build" / "call-600s.wav"
REAL_CALLS = REPO.parent / "shared" / "data" / "calls" / "insurance_calls_dev.jsonl"
EXAMPLE = REPO / "examples" / "car_insurance_first_claim_missed.json"
THREADS = 2
# (model shape, beam size, max new tokens)
SETTINGS = (("tiny", 1, 24), ("tiny", 1, 100), ("tiny", 5, 100), ("small", 5, 100))
TARGET_SHARE = 0.05
WORDS_PER_MINUTE = 150


def real_transcript(words: float) -> Call:
    """The opening utterances, `words` words in all, of the real call with the most words."""
    longest = max(
        load_calls(REAL_CALLS), key=lambda c: sum(len(u.text.split()) for u in c.utterances)
    )
    count, kept = 0, 0
    while kept < len(longest.utterances) and count < words:
        count += len(longest.utterances[kept].text.split())
        kept += 1
    return replace(longest, utterances=longest.utterances[:kept])


def label(shape: str, beam_size: int, max_new_tokens: int) -> str:
    return f"{shape}, beam {beam_size}, {max_new_tokens}"


def worker(shape: str, beam_size: int, max_new_tokens: int) -> dict[str, object]:
    began = time.perf_counter()
    transcriber = Transcriber(
        AsrOptions(
            model=str(MODELS[shape]),
            cpu_threads=THREADS,
            max_new_tokens=max_new_tokens,
            beam_size=beam_size,
            temperature=(0.0,),
        )
    ).load()
    detector = Detector(
        DetectorOptions(engine="both", model=ModelOptions(intra_op_threads=THREADS))
    )
    detector.score_call(next(iter(load_calls(EXAMPLE))))  # warms the ONNX model up
    find_speech(np.zeros(SAMPLE_RATE, dtype=np.float32))  # loads Silero
    load_seconds = time.perf_counter() - began

    times = StageTimes()
    began = time.perf_counter()
    call = transcribe_recording(CALL, transcriber, times=times)
    scoring_began = time.perf_counter()
    detector.score_call(call)
    scoring = time.perf_counter() - scoring_began
    total = time.perf_counter() - began

    real = real_transcript(WORDS_PER_MINUTE / 60 * times.speech_seconds)
    scoring_began = time.perf_counter()
    detector.score_call(real)
    real_scoring = time.perf_counter() - scoring_began

    channels = decode(CALL)
    began = time.perf_counter()
    for channel in channels:
        find_speech(channel, gate=False)
    plain_vad = time.perf_counter() - began

    overhead = times.decode + times.vad + real_scoring
    return {
        "model_shape": shape,
        "beam_size": beam_size,
        "max_new_tokens": max_new_tokens,
        "audio_seconds": round(times.audio_seconds, 1),
        "speech_seconds": round(times.speech_seconds, 1),
        "utterances": len(call.utterances),
        "load_seconds": round(load_seconds, 2),
        "total_seconds": round(total, 2),
        "real_time_factor": round(total / times.audio_seconds, 4),
        "decode_seconds": round(times.decode, 3),
        "vad_seconds": round(times.vad, 3),
        "vad_as_faster_whisper_runs_it_seconds": round(plain_vad, 3),
        "asr_seconds": round(times.asr, 2),
        "scoring_seconds": round(scoring, 3),
        "real_call_utterances": len(real.utterances),
        "real_call_scoring_seconds": round(real_scoring, 3),
        "decode_vad_scoring_share_of_asr": round(overhead / times.asr, 4),
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--worker", nargs=3, metavar=("SHAPE", "BEAM_SIZE", "MAX_NEW_TOKENS"))
    args = parser.parse_args()
    if args.worker:
        shape, beam_size, cap = args.worker
        print(json.dumps(worker(shape, int(beam_size), int(cap))))
        return
    for shape, path in MODELS.items():
        build_whisper(path, shape=shape)
    build_call(CALL, seconds=600)
    results = {}
    for shape, beam_size, cap in SETTINGS:
        results[label(shape, beam_size, cap)] = run_worker(
            __file__, shape, str(beam_size), str(cap)
        )
    first = next(iter(results.values()))
    print(
        f"{first['audio_seconds']:.0f} s two-channel 8 kHz mu-law call, {first['speech_seconds']:.0f}"
        f" s of speech over both channels; random-weight Whisper shapes, int8, {THREADS} threads;"
        " columns: model shape, beam size, tokens per 30 s window"
    )
    rows = [
        ("utterances", "utterances"),
        ("whole pipeline (s)", "total_seconds"),
        ("real-time factor", "real_time_factor"),
        ("  decode (s)", "decode_seconds"),
        ("  VAD (s)", "vad_seconds"),
        ("  (as faster-whisper's vad_filter, s)", "vad_as_faster_whisper_runs_it_seconds"),
        ("  ASR (s)", "asr_seconds"),
        ("  scoring its output (s)", "scoring_seconds"),
        (
            f"  scoring a real {first['real_call_utterances']}-utterance call (s)",
            "real_call_scoring_seconds",
        ),
        ("decode + VAD + scoring, share of ASR", "decode_vad_scoring_share_of_asr"),
        ("peak memory (MB)", "peak_memory_mb"),
        ("model loading, not counted above (s)", "load_seconds"),
    ]
    names = list(results)
    print(f"{'':40}" + "".join(f"{name:>19}" for name in names))
    for title, key in rows:
        print(f"{title:40}" + "".join(f"{results[name][key]:>19}" for name in names))
    met = {name: results[name]["decode_vad_scoring_share_of_asr"] < TARGET_SHARE for name in names}
    for name, ok in met.items():
        print(
            f"decode + VAD + scoring under {TARGET_SHARE:.0%} of ASR, {name}: "
            f"{'met' if ok else 'MISSED'}"
        )
    write_results(
        RESULTS,
        {
            "threads": THREADS,
            "call": str(CALL.relative_to(REPO)),
            "results": results,
            "decode_vad_scoring_under_5pct_of_asr": met,
        },
    )


if __name__ == "__main__":
    main()
