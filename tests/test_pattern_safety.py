"""User pattern files are checked for patterns that could take super-linear time (issue 9)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from mot_detect.cli import main
from mot_detect.conversation.cues import AcknowledgementCatalog
from mot_detect.conversation.details import DetailCatalog
from mot_detect.detect.deadlines import time_expression
from mot_detect.detect.linear_regex import LinearRegex, UnsafePatternError, to_re2
from mot_detect.detect.regex_safety import problems
from mot_detect.detect.rules import RuleMatcher
from mot_detect.errors import PatternError


def _write(tmp_path: Path, *records: dict[str, object]) -> Path:
    path = tmp_path / "mine.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("pattern", "why"),
    [
        (r"(a+)+(?=x)", "exponential"),
        (r"^(a|aa)+(?=x)", "exponential"),
        (r"[\w.]+@(?=x)", "quadratic"),
        (r"\s*(?:please)?\s*\?(?!x)", "quadratic"),
    ],
)
def test_a_catastrophic_pattern_re2_cannot_take_is_refused_with_file_line_field_and_why(
    tmp_path: Path, pattern: str, why: str
) -> None:
    path = _write(
        tmp_path,
        {"label": "distress", "phrase": "so angry"},
        {"label": "distress", "pattern": pattern},
    )
    with pytest.raises(PatternError) as caught:
        RuleMatcher.load(extra=[path], builtin=False)
    message = str(caught.value)
    assert f"{path}:2: field 'pattern'" in message
    assert why in message


def test_an_unsafe_exclude_is_refused_naming_the_field(tmp_path: Path) -> None:
    path = _write(tmp_path, {"label": "distress", "phrase": "so angry", "exclude": "(x+)+(?=y)"})
    with pytest.raises(PatternError, match=r"mine\.jsonl:1: field 'exclude'.*exponential"):
        RuleMatcher.load(extra=[path], builtin=False)


def test_nested_quantifiers_re2_can_express_are_accepted_and_run_on_re2() -> None:
    # RE2 never backtracks: (a+)+ is linear there, so it is not refused.
    assert LinearRegex(r"(a+)+b").engine == "re2"
    assert LinearRegex(r"[\w.+-]+@[\w-]+\.[\w.]+").engine == "re2"


def test_safe_lookarounds_run_on_python_re() -> None:
    regex = LinearRegex(r"\bname(?!\s+of)")
    assert regex.engine == "re"
    assert regex.search("your name please").span() == (5, 9)
    with pytest.raises(UnsafePatternError):
        LinearRegex(r"(\w+\s?)*(?=!)")


@pytest.mark.parametrize(
    "pattern",
    [r"\bby\s+\d", r"(?:home\s+)?(?<!e-mail )address", r"\bname(?!\s+of)", r"\bfianc[eé]e?\b"],
)
def test_linear_patterns_have_no_problems(pattern: str) -> None:
    assert problems(re.compile(pattern, re.IGNORECASE)) == []


def test_every_shipped_pattern_is_re2_or_passes_the_check() -> None:
    regexes = []
    for pattern in RuleMatcher.load().patterns:
        regexes += [pattern.regex, *([pattern.exclude] if pattern.exclude else [])]
    for kind in DetailCatalog.load().kinds:
        regexes += [kind.ask.regex, kind.volunteer.regex, kind.value]
    regexes += [ack.regex.regex for ack in AcknowledgementCatalog.load().patterns]
    regexes.append(time_expression())
    assert regexes
    for regex in regexes:
        assert regex.engine == "re2" or problems(regex.python) == [], regex.pattern
    on_re2 = sum(regex.engine == "re2" for regex in regexes)
    assert on_re2 / len(regexes) > 0.9


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bfianc\w*\b", "my fiancé is here"),  # Unicode \w and \b, as in Python's re
        (r"\bcafé\b", "a café x"),
        (r"\b\d+\b", "code ٣٤ and 12"),
        (r"a\s+b", "a\xa0b a\x1fb"),
        (r"(?-i:[A-Z])\w+", "hello World"),
        (r"[^.?!]{0,5}\bx", "..é x"),
    ],
)
def test_re2_matching_agrees_with_python_re_outside_ascii(pattern: str, text: str) -> None:
    ours = LinearRegex(pattern, re.IGNORECASE)
    theirs = re.compile(pattern, re.IGNORECASE)
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def test_pos_and_endpos_mean_what_they_mean_in_re() -> None:
    ours, theirs = LinearRegex(r"\bby\b"), re.compile(r"\bby\b", re.IGNORECASE)
    for text, pos, end in [("xby", 1, 3), ("bye", 0, 2), ("a by b", 2, 4)]:
        found, expected = ours.search(text, pos, end), theirs.search(text, pos, end)
        assert (found and found.span()) == (expected and expected.span())


def test_the_re2_form_spells_classes_as_python_means_them() -> None:
    assert to_re2(r"\s", 0) == "[\\x09-\\x0d\\x1c-\\x20]"  # \v and \x1c-\x1f are spaces in re


def test_check_patterns_refuses_an_unsafe_file_and_lists_python_re_patterns(tmp_path: Path) -> None:
    path = _write(tmp_path, {"label": "distress", "pattern": r"\bso (?=angry)"})
    result = CliRunner().invoke(main, ["check-patterns", str(path)])
    assert result.exit_code == 0, result.output
    assert "runs on Python's re" in result.output
    bad = _write(tmp_path, {"label": "distress", "pattern": r"(a+)+(?=x)"})
    result = CliRunner().invoke(main, ["check-patterns", str(bad)])
    assert result.exit_code == 2
    assert "exponential" in result.output


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:a{0,60}){0,60}b",  # RE2 refuses the nested counts: it would run on Python's re
        r"(?<!q)(?:\w{1,64}\s?){1,64}!",
        r"(?<!q)(?:a|aa){1,60}b",
        # The details catalog's old volunteer run: 86 s on "name" and 300 apostrophes.
        r"\bname(?!\s+of)\W{1,64}(?:[\w']{1,64}\W{1,64}){0,2}?x",
    ],
)
def test_nested_bounded_quantifiers_on_python_re_are_refused(tmp_path: Path, pattern: str) -> None:
    with pytest.raises(UnsafePatternError, match="exponential"):
        LinearRegex(pattern)
    path = _write(tmp_path, {"label": "deadline", "pattern": pattern})
    result = CliRunner().invoke(main, ["check-patterns", str(path)])
    assert result.exit_code == 2, result.output
    assert "mine.jsonl:1: field 'pattern'" in result.output and "exponential" in result.output


@pytest.mark.parametrize(
    "pattern", [r"(?<!q)(?:\w{1,2}\s?){1,4}!", r"(?<!q)(?:ab{2}){1,60}!", r"(?<!q)(?:\w\s){1,60}!"]
)
def test_nested_quantifiers_that_split_few_ways_are_accepted(pattern: str) -> None:
    assert problems(re.compile(pattern, re.IGNORECASE)) == []


def _record_line(tmp_path: Path, line: str) -> Path:
    path = tmp_path / "mine.jsonl"
    path.write_text('{"label": "distress", "phrase": "so angry"}\n' + line + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            json.dumps({"label": "distress", "pattern": "(" * 300 + "a" + ")" * 300}),
            r"mine\.jsonl:2: field 'pattern': cannot compile .*nested too deeply.*expected",
        ),
        (
            json.dumps({"label": "distress", "pattern": "a{4294967295}"}),
            r"mine\.jsonl:2: field 'pattern': cannot compile .*repetition number.*expected",
        ),
        (
            '{"label": "distress", "phrase": "x", "extra": ' + "[" * 5000 + "]" * 5000 + "}",
            r"mine\.jsonl:2: invalid JSON: .*nested deeper than",
        ),
        (
            '{"label": "distress", "phrase": "x", "score": ' + "1" * 5000 + "}",
            r"mine\.jsonl:2: field 'score': expected a number .*5,000 digits",
        ),
    ],
)
def test_hostile_pattern_files_are_a_pattern_error_naming_the_line(
    tmp_path: Path, line: str, message: str
) -> None:
    path = _record_line(tmp_path, line)
    with pytest.raises(PatternError, match=message):
        RuleMatcher.load(extra=[path], builtin=False)
    result = CliRunner().invoke(main, ["check-patterns", str(path)])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)


def test_a_pattern_too_deep_to_walk_is_not_vouched_for(monkeypatch: pytest.MonkeyPatch) -> None:
    from mot_detect.detect import prefilter, regex_safety

    def too_deep(*_: object, **__: object) -> None:
        raise RecursionError

    monkeypatch.setattr(regex_safety._Checker, "sequence", too_deep)
    assert problems(re.compile(r"\bso (?=angry)")) == [
        "groups or quantifiers nest too deeply to check"
    ]
    monkeypatch.setattr(prefilter, "_candidates", too_deep)
    assert prefilter.pattern_keys(re.compile(r"\bso angry")) is None


def test_macros_file_errors_name_the_file(tmp_path: Path) -> None:
    from mot_detect.detect.rules import load_macros

    path = tmp_path / "macros.json"
    path.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    with pytest.raises(PatternError, match=r"macros\.json: cannot load macros: .*nested deeper"):
        load_macros(path)
    path.write_text('{"TIME": 12}', encoding="utf-8")
    with pytest.raises(PatternError, match=r"macros\.json: macro 'TIME': expected a pattern"):
        load_macros(path)
