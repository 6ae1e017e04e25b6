"""Text channels (chat, social, email) carry noise that spoken calls never do: `@user` handles,
links, the agent's sign-off ("^JD", "-Sam", "~ Alex", "Thanks, Priya | Support"), emoji, hashtags
and HTML entities. Both layers trip on it: a pattern's `[^.?!]{0,40}` runs out on a URL, the model
reads "@AcmeHelp" and "^JD" as words it has never seen.

`mask_channel_noise` blanks that noise with spaces and returns a string of the same length (the
same number of code points), so every offset a rule reports on the masked text is an offset into
the original: spans and cue `text` stay valid. Ordinary words and punctuation are kept; a
hashtag keeps its word and loses the `#`; an emoji is one code point and becomes one space; a
typographic apostrophe ("I\u2019m", as phones and e-mail write it) becomes the plain one the
patterns are written with.
Spoken text comes back unchanged. `collapse_spaces` then tidies the masked text for the model,
where offsets do not matter.

Every expression here is precompiled and either anchored to a rare character (`@`, `^`, `#`,
`&`, `://`) or bounded, so a hostile text costs time linear in its length.
"""

from __future__ import annotations

import re

# Anything that can start noise; text without any of these is returned at once.
_TRIGGER = re.compile(r"[@#^~|&/<(\[{\n\u2013\u2014-]|www\.|[^\x00-\x7f]")

_EMOJI = re.compile(
    "["
    "\U0001f000-\U0001faff"  # pictographs, emoticons, transport, flags, skin tones, symbols
    "\u2600-\u27bf"  # miscellaneous symbols and dingbats (sun, hearts, check marks)
    "\u2300-\u23ff"  # technical symbols used as emoji (watch, hourglass, play buttons)
    "\u2b00-\u2bff"  # stars, squares, arrows used as emoji
    "\ufe00-\ufe0f"  # variation selectors
    "\u200d"  # zero-width joiner inside emoji sequences
    "\u20e3"  # combining keycap
    "\U000e0020-\U000e007f"  # tag characters of subdivision flags
    "\u3030\u303d\u3297\u3299"
    "]"
)
# A handle starts at a word start ("@AcmeHelp", "@user", "@115712"), not inside an e-mail address:
# the character before it is checked in code, so the search can jump from one "@" to the next.
_HANDLE = re.compile(r"@\w+")
_URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+", re.IGNORECASE)
# "acme.com/help", "t.co/x1": found from their ".com/" and walked back over the host name, so a
# long run of word characters is read once, not once per possible start.
_DOMAIN_PATH = re.compile(
    r"\.(?:com|net|org|co|io|uk|us|ca|au|ie|de|fr|app|help|info|biz|gov|edu|me|ly|to|gl|be|in)/\S*",
    re.IGNORECASE,
)
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_HOST_MAX = 253
_CURLY_APOSTROPHE = re.compile("[\u2018\u2019\u02bc]")
_LINK_TAIL = ".,;:!?)]}'\"\u2019\u201d"
_CARET_SIGNATURE = re.compile(r"\^\s?[A-Za-z]{1,4}\b")
_HASHTAG = re.compile(r"#[^\W\d_]")
# HTML entities left in exported posts: the character stays, the rest of the entity goes.
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d{1,7});", re.IGNORECASE)
_ENTITY_CHAR = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": " "}
# "... -Sam", "... ~ Alex", "... —Sarah B.", "... -JD" at the very end.
_DASH_SIGNATURE = re.compile(
    r"(?:[-\u2013\u2014~]{1,2}) ?(?P<name>[A-Z][a-z]{1,14}(?: [A-Z]\.?)?|[A-Z]{1,3})\s*\Z"
)
_VALEDICTION = (
    r"(?:thanks|thank you|many thanks|cheers|regards|kind regards|best regards|warm regards|"
    r"best|best wishes|all the best|sincerely|take care)"
)
# "Thanks, Priya | Support", "Cheers, Tom (Help Team)", "Regards, Ana - Customer Care".
_NAME_AND_TEAM = re.compile(
    r"(?i:\b" + _VALEDICTION + r")(?:\s*[,!.])?\s+"
    r"(?P<sig>[A-Z][a-z]{1,14}(?: [A-Z]\.?)?\s*(?:[|\u2013\u2014-]\s*|\bfrom\s+|\bat\s+|\(\s*)"
    # the team after the name: a few capitalised words ("Support", "Customer Care", "Help
    # Team)"), never a sentence going on ("Thank you Sarah - my mother is in hospital")
    r"(?:[A-Z0-9][\w&'.]*\s*){1,4}\)?)\s*\Z"
)
# An e-mail's closing: a valediction on its own line, then up to four short lines (name, role,
# company) to the end.
_EMAIL_CLOSING = re.compile(
    r"(?im)^[ \t]*" + _VALEDICTION + r"[ \t]*(?:[,!.][ \t]*)?\n"
    r"(?P<sig>[^\n]{1,60}(?:\n[^\n]{1,60}){0,3})\n?\s*\Z"
)
_SIGN_OFF_REACH = 100  # characters before the end of the text where a sign-off may start
_EMAIL_REACH = 300  # and a little further back for an e-mail's closing lines
_NOT_A_NAME = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Today Tomorrow Tonight Yesterday "
    "Thanks Thank Cheers Please Yes No Ok OK Okay Sorry Hello Hi Bye Now Then I A AM PM US UK TV ID "
    "IT".split()
)


def _entity_char(name: str) -> str:
    """The character an entity stands for when it is plain text ("&#39;" is "'"), else a space."""
    if name.startswith("#"):
        code = int(name[1:])
        return chr(code) if 32 <= code < 0x2500 and chr(code).isprintable() else " "
    return _ENTITY_CHAR.get(name, " ")


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def mask_channel_noise(text: str) -> str:
    """`text` with handles, links, sign-offs, emoji, hashtag marks and HTML entity tails replaced
    by spaces, one space per code point: the result has the same length as `text`."""
    if not _TRIGGER.search(text):
        return text
    chars = list(text)

    def blank(start: int, end: int) -> None:
        chars[start:end] = " " * (end - start)

    if not text.isascii():
        for found in _EMOJI.finditer(text):
            chars[found.start()] = " "
        for found in _CURLY_APOSTROPHE.finditer(text):  # "I\u2019m" reads as the patterns' "I'm"
            chars[found.start()] = "'"
    if "/" in text or "www." in text.lower():
        links = [found.span() for found in _URL.finditer(text)]
        for found in _DOMAIN_PATH.finditer(text):
            start = found.start()
            while (
                start > 0 and found.start() - start < _HOST_MAX and text[start - 1] in _HOST_CHARS
            ):
                start -= 1
            if start < found.start():  # a host name before the dot: "acme.com/", not ".com/"
                links.append((start, found.end()))
        for start, end in links:
            while end > start + 1 and text[end - 1] in _LINK_TAIL:
                end -= 1
            blank(start, end)
    if "@" in text:
        for found in _HANDLE.finditer(text):
            before = text[found.start() - 1] if found.start() else " "
            if not (_word_char(before) or before in ".@"):
                blank(found.start(), found.end())
    if "^" in text:
        for found in _CARET_SIGNATURE.finditer(text):
            if not found.start() or not _word_char(text[found.start() - 1]):
                blank(found.start(), found.end())
    if "#" in text:
        for found in _HASHTAG.finditer(text):
            if not found.start() or not (
                _word_char(text[found.start() - 1]) or text[found.start() - 1] in "&#"
            ):
                chars[found.start()] = " "
    if "&" in text:
        for found in _ENTITY.finditer(text):
            chars[found.start()] = _entity_char(found[0][1:-1].lower())
            blank(found.start() + 1, found.end())
    masked = "".join(chars)
    # Sign-offs close the message: looked for near its end, once the noise after them is blank.
    tail = max(0, len(masked.rstrip()) - _SIGN_OFF_REACH)
    for dash in _DASH_SIGNATURE.finditer(masked, tail):
        before = masked[dash.start() - 1] if dash.start() else " "
        # "... that -Sam", "... it! ~ Alex", "waiting\u2014Sarah"; not "re-Do" inside a word.
        spaced = before.isspace() or before in ".!?" or (dash[0][0] in "\u2013\u2014~")
        if spaced and dash["name"] not in _NOT_A_NAME:
            blank(dash.start(), dash.end("name"))
            return "".join(chars)
    closing = _NAME_AND_TEAM.search(masked, tail)
    if closing is None and "\n" in masked:
        closing = _EMAIL_CLOSING.search(masked, max(0, tail - _EMAIL_REACH))
    if closing:
        start, end = closing.span("sig")
        chars[start:end] = [c if c == "\n" else " " for c in masked[start:end]]
    return "".join(chars)


_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r" (?=[.,!?;:])")


def collapse_spaces(text: str) -> str:
    """One space for every run of whitespace, none at the ends or before closing punctuation:
    the masked text as the model should read it (offsets no longer matter there)."""
    return _SPACE_BEFORE_PUNCTUATION.sub("", _SPACES.sub(" ", text)).strip()
