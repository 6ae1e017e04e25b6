"""HTTP message signatures (RFC 9421) as Genesys AudioHook uses them on the WebSocket upgrade.

The client signs the request target, the authority and its AudioHook headers with HMAC-SHA256
keyed by the base64-decoded client secret of its API key (label `sig1`, parameters `keyid`,
`nonce`, `alg`, `created`, `expires`). `verify` checks such a request the way Genesys's
reference server does; `sign` and `audiohook_headers` build one (simulator, tests).

Only the subset of RFC 8941 structured fields that signatures use is parsed, strictly: the
signature base is rebuilt from the parsed form, so padding or odd spacing cannot change what
is verified.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

# Components a Genesys AudioHook client covers, in the order its documentation lists them.
AUDIOHOOK_COMPONENTS: tuple[str, ...] = (
    "@request-target",
    "@authority",
    "audiohook-organization-id",
    "audiohook-session-id",
    "audiohook-correlation-id",
    "x-api-key",
)
MAX_SIGNATURE_AGE = 10.0  # seconds, as the reference server
MAX_CLOCK_SKEW = 3.0  # seconds
MIN_NONCE_CHARS = 22  # 16 random bytes in base64
MAX_FIELD_CHARS = 4096  # a signature header longer than this is not one a client sends

BareItem = int | float | str | bool | bytes
Params = list[tuple[str, BareItem]]


class Token(str):
    """A structured-field token (serialised bare, unlike a string)."""


@dataclass(frozen=True)
class Item:
    value: BareItem
    params: Params


@dataclass(frozen=True)
class InnerList:
    items: list[Item]
    params: Params


class StructuredFieldError(ValueError):
    """A header value that is not a well-formed RFC 8941 dictionary."""


# -- RFC 8941 parsing (dictionaries, inner lists, items, parameters) --------------------------

_KEY = re.compile(r"[a-z*][a-z0-9_\-.*]*")
_TOKEN = re.compile(r"[A-Za-z*][A-Za-z0-9!#$%&'*+\-.^_`|~:/]*")
_NUMBER = re.compile(r"-?\d{1,15}(?:\.\d{1,3})?")
_BYTES = re.compile(r":([A-Za-z0-9+/=]*):")


class _Parser:
    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0

    def fail(self, what: str) -> StructuredFieldError:
        return StructuredFieldError(f"{what} at character {self.i}")

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def skip_sp(self) -> None:
        while self.peek() == " ":
            self.i += 1

    def skip_ows(self) -> None:
        while self.peek() in (" ", "\t") and self.peek():
            self.i += 1

    def key(self) -> str:
        m = _KEY.match(self.s, self.i)
        if not m:
            raise self.fail("expected a key")
        self.i = m.end()
        return m.group()

    def bare_item(self) -> BareItem:
        c = self.peek()
        if c == '"':
            return self.string()
        if c == ":":
            m = _BYTES.match(self.s, self.i)
            if not m:
                raise self.fail("expected a byte sequence")
            self.i = m.end()
            try:
                return base64.b64decode(m.group(1), validate=True)
            except binascii.Error as exc:
                raise self.fail("byte sequence is not base64") from exc
        if c == "?":
            if self.s[self.i : self.i + 2] in ("?0", "?1"):
                self.i += 2
                return self.s[self.i - 1] == "1"
            raise self.fail("expected ?0 or ?1")
        if c == "-" or c.isdigit():
            m = _NUMBER.match(self.s, self.i)
            if not m:
                raise self.fail("expected a number")
            self.i = m.end()
            text = m.group()
            return float(text) if "." in text else int(text)
        m = _TOKEN.match(self.s, self.i)
        if not m:
            raise self.fail("expected an item")
        self.i = m.end()
        return Token(m.group())

    def string(self) -> str:
        self.i += 1  # opening quote
        out: list[str] = []
        while self.i < len(self.s):
            c = self.s[self.i]
            self.i += 1
            if c == "\\":
                nxt = self.peek()
                if nxt not in ('"', "\\"):
                    raise self.fail("bad escape in string")
                out.append(nxt)
                self.i += 1
            elif c == '"':
                return "".join(out)
            elif not (" " <= c <= "~"):
                raise self.fail("non-printable character in string")
            else:
                out.append(c)
        raise self.fail("unterminated string")

    def params(self) -> Params:
        out: Params = []
        while self.peek() == ";":
            self.i += 1
            self.skip_sp()
            name = self.key()
            value: BareItem = True
            if self.peek() == "=":
                self.i += 1
                value = self.bare_item()
            out = [(k, v) for k, v in out if k != name]
            out.append((name, value))
        return out

    def item_or_inner_list(self) -> Item | InnerList:
        if self.peek() != "(":
            return Item(self.bare_item(), self.params())
        self.i += 1
        items: list[Item] = []
        while True:
            self.skip_sp()
            if self.peek() == ")":
                self.i += 1
                return InnerList(items, self.params())
            items.append(Item(self.bare_item(), self.params()))
            if self.peek() not in (" ", ")"):
                raise self.fail("expected a space or ')' in inner list")

    def dictionary(self) -> dict[str, Item | InnerList]:
        out: dict[str, Item | InnerList] = {}
        self.skip_sp()
        while self.i < len(self.s):
            name = self.key()
            if self.peek() == "=":
                self.i += 1
                out[name] = self.item_or_inner_list()
            else:
                out[name] = Item(True, self.params())
            self.skip_ows()
            if self.i >= len(self.s):
                return out
            if self.peek() != ",":
                raise self.fail("expected ',' between dictionary members")
            self.i += 1
            self.skip_ows()
            if self.i >= len(self.s):
                raise self.fail("trailing comma")
        return out


def parse_dictionary(text: str) -> dict[str, Item | InnerList]:
    """An RFC 8941 dictionary field value (the subset signatures use)."""
    return _Parser(text.strip()).dictionary()


def _bare(value: BareItem) -> str:
    if isinstance(value, bool):
        return "?1" if value else "?0"
    if isinstance(value, bytes):
        return ":" + base64.b64encode(value).decode("ascii") + ":"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = f"{value:.3f}".rstrip("0")
        return text + "0" if text.endswith(".") else text
    if isinstance(value, Token):
        return str(value)
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _params(params: Params) -> str:
    return "".join(f";{k}" if v is True else f";{k}={_bare(v)}" for k, v in params)


def serialize_inner_list(inner: InnerList) -> str:
    items = " ".join(_bare(item.value) + _params(item.params) for item in inner.items)
    return f"({items}){_params(inner.params)}"


def canonical_field(value: str) -> str:
    """A header value as a signature covers it: trimmed, obsolete line folding joined."""
    return re.sub(r"[ \t]*\r\n[ \t]+", " ", value.strip())


# -- signing -----------------------------------------------------------------------------------


def _signature_base(components: Sequence[tuple[str, str]], sig_params: InnerList) -> str:
    lines = [f'"{name}": {value}' for name, value in components]
    lines.append(f'"@signature-params": {serialize_inner_list(sig_params)}')
    return "\n".join(lines)


def decode_secret(secret: str) -> bytes:
    """The HMAC key of a base64 client secret (ValueError naming what was expected)."""
    try:
        return base64.b64decode(secret, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("client secret must be base64 (as configured in Genesys Cloud)") from exc


def sign(
    components: Sequence[tuple[str, str]],
    *,
    keyid: str,
    secret: str,
    created: int | None = None,
    expires_in: int = 30,
    expires: int | None = None,
    nonce: str | None = None,
    label: str = "sig1",
) -> dict[str, str]:
    """`Signature-Input` and `Signature` header values for (name, value) components, in order.

    `secret` is the base64 client secret; the defaults are the reference client's (a fresh
    24-character nonce, now, 30 s lifetime); `expires` sets an absolute expiry instead."""
    created = int(time.time()) if created is None else int(created)
    params: Params = [
        ("keyid", keyid),
        (
            "nonce",
            nonce if nonce is not None else base64.b64encode(secrets.token_bytes(18)).decode(),
        ),
        ("alg", "hmac-sha256"),
        ("created", created),
        ("expires", int(expires) if expires is not None else created + int(expires_in)),
    ]
    items = [(name.lower(), canonical_field(value)) for name, value in components]
    sig_params = InnerList([Item(name, []) for name, _ in items], params)
    base = _signature_base(items, sig_params)
    digest = hmac.new(decode_secret(secret), base.encode("utf-8"), hashlib.sha256).digest()
    return {
        "Signature-Input": f"{label}={serialize_inner_list(sig_params)}",
        "Signature": f"{label}={_bare(digest)}",
    }


def audiohook_headers(
    url: str,
    *,
    api_key: str,
    organization_id: str,
    session_id: str,
    correlation_id: str,
    client_secret: str | None = None,
    created: int | None = None,
    expires: int | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """The upgrade request headers a Genesys AudioHook client sends, signed when a secret is given."""
    headers = {
        "Audiohook-Organization-Id": organization_id,
        "Audiohook-Session-Id": session_id,
        "Audiohook-Correlation-Id": correlation_id,
        "X-API-KEY": api_key,
    }
    if client_secret:
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        values = {
            "@request-target": target,
            # As the reference client: the URL's host, without a default port.
            "@authority": _authority(parts.scheme, parts.hostname or "", parts.port),
            "audiohook-organization-id": organization_id,
            "audiohook-session-id": session_id,
            "audiohook-correlation-id": correlation_id,
            "x-api-key": api_key,
        }
        components = [(name, values[name]) for name in AUDIOHOOK_COMPONENTS]
        headers.update(
            sign(
                components,
                keyid=api_key,
                secret=client_secret,
                created=created,
                expires=expires,
                nonce=nonce,
            )
        )
    return headers


def _authority(scheme: str, host: str, port: int | None) -> str:
    default = {"ws": 80, "http": 80, "wss": 443, "https": 443}.get(scheme)
    host = f"[{host}]" if ":" in host else host
    return host if port is None or port == default else f"{host}:{port}"


# -- verification ------------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifyResult:
    """`code`: VERIFIED, UNSIGNED, INVALID, EXPIRED, PRECONDITION, UNSUPPORTED or FAILED."""

    code: str
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.code == "VERIFIED"

    def __str__(self) -> str:
        return f"{self.code}: {self.reason}" if self.reason else self.code


_SIG_PARAM_TYPES: dict[str, type] = {
    "alg": str,
    "keyid": str,
    "nonce": str,
    "created": int,
    "expires": int,
}


def verify(
    headers: Mapping[str, str],
    *,
    request_target: str,
    secret_for_key: Callable[[str], str | None],
    required: Sequence[str] = AUDIOHOOK_COMPONENTS,
    now: float | None = None,
    max_age: float = MAX_SIGNATURE_AGE,
    skew: float = MAX_CLOCK_SKEW,
    min_nonce: int = MIN_NONCE_CHARS,
) -> VerifyResult:
    """Verify the signature of an AudioHook upgrade request.

    `headers` maps lower-case names to values; `request_target` is the path and query as
    requested; `secret_for_key(keyid)` gives the base64 client secret of an API key (None:
    unknown). The keyid must equal the `X-API-KEY` header, every `required` component must be
    covered, the signature at most `max_age` s old (`skew` s of clock difference allowed) and
    its nonce at least `min_nonce` characters."""
    fail = VerifyResult
    raw_input = headers.get("signature-input")
    raw_sig = headers.get("signature")
    if not raw_input and not raw_sig:
        return fail("UNSIGNED", "no Signature and Signature-Input header fields")
    if not raw_input or not raw_sig:
        missing = "Signature-Input" if not raw_input else "Signature"
        return fail("INVALID", f"the {missing} header field is missing")
    if len(raw_input) > MAX_FIELD_CHARS or len(raw_sig) > MAX_FIELD_CHARS:
        return fail("INVALID", f"signature header fields longer than {MAX_FIELD_CHARS} characters")
    try:
        inputs = parse_dictionary(raw_input)
    except StructuredFieldError as exc:
        return fail("INVALID", f"Signature-Input is not a structured dictionary ({exc})")
    try:
        signatures = parse_dictionary(raw_sig)
    except StructuredFieldError as exc:
        return fail("INVALID", f"Signature is not a structured dictionary ({exc})")
    if not inputs:
        return fail("INVALID", "Signature-Input names no signature")

    label, sig_input = next(iter(inputs.items()))
    signature = signatures.get(label)
    if signature is None:
        return fail("INVALID", f"no Signature with label {label!r}")
    if not isinstance(signature, Item) or not isinstance(signature.value, bytes):
        return fail("INVALID", f"Signature {label!r} must be a byte sequence (:base64:)")
    if not isinstance(sig_input, InnerList):
        return fail("INVALID", f"Signature-Input {label!r} must be an inner list of components")

    params: dict[str, str | int] = {}
    for key, value in sig_input.params:
        expected = _SIG_PARAM_TYPES.get(key)
        if expected is None:
            return fail("INVALID", f"unknown signature parameter {key!r}")
        if type(value) is not expected and not (expected is str and isinstance(value, Token)):
            kind = "an integer" if expected is int else "a string"
            return fail("INVALID", f"signature parameter {key!r} must be {kind}")
        if expected is int and value < 0:  # type: ignore[operator]
            return fail("INVALID", f"signature parameter {key!r} must not be negative")
        params[key] = str(value) if expected is str else value  # type: ignore[assignment]

    clock = time.time() if now is None else now
    created = params.get("created")
    expires = params.get("expires")
    if created is None:
        return fail("PRECONDITION", "no 'created' signature parameter (signature age unknown)")
    if created > clock + skew:  # type: ignore[operator]
        return fail("PRECONDITION", "'created' is in the future")
    if clock - created > max_age + skew:  # type: ignore[operator]
        return fail("EXPIRED", f"signature older than {max_age:g} s")
    if expires is not None and expires + skew < clock:  # type: ignore[operator]
        return fail("EXPIRED", "signature past its 'expires' time")

    nonce = params.get("nonce")
    if not nonce:
        return fail("PRECONDITION", "no 'nonce' signature parameter")
    if len(str(nonce)) < min_nonce:
        return fail("PRECONDITION", f"'nonce' shorter than {min_nonce} characters")
    alg = params.get("alg", "hmac-sha256")
    if alg != "hmac-sha256":
        return fail("UNSUPPORTED", f"signature algorithm {alg!r} (expected 'hmac-sha256')")

    api_key = canonical_field(headers.get("x-api-key", ""))
    keyid = params.get("keyid")
    if not api_key:
        return fail("PRECONDITION", "no X-API-KEY header field")
    if keyid != api_key:
        return fail("PRECONDITION", "signature 'keyid' differs from the X-API-KEY header field")

    components: list[tuple[str, str]] = []
    seen: set[str] = set()
    for item in sig_input.items:
        name = item.value
        if not isinstance(name, str) or isinstance(name, Token) or item.params:
            return fail("INVALID", "covered components must be plain strings")
        if name in seen:
            return fail("INVALID", f"component {name!r} covered twice")
        seen.add(name)
        if name == "@request-target":
            value = request_target
        elif name == "@authority":
            value = canonical_field(headers.get("host", "")).lower()
        elif name.startswith("@"):
            return fail("UNSUPPORTED", f"derived component {name!r}")
        elif name in ("signature", "signature-input"):
            return fail("INVALID", f"component {name!r} cannot be covered")
        else:
            raw = headers.get(name)
            if raw is None:
                return fail("PRECONDITION", f"covered header field {name!r} is not present")
            value = canonical_field(raw)
        if not value:
            return fail("PRECONDITION", f"cannot resolve component {name!r}")
        components.append((name, value))
    missing = [name for name in required if name not in seen]
    if missing:
        return fail("PRECONDITION", f"signature does not cover {', '.join(missing)}")

    secret = secret_for_key(api_key)
    # An unknown key still costs a full HMAC, so timing does not tell known keys from unknown.
    key = secrets.token_bytes(32)
    if secret is not None:
        try:
            key = decode_secret(secret)
        except ValueError:
            secret = None
    base = _signature_base(components, sig_input)
    computed = hmac.new(key, base.encode("utf-8"), hashlib.sha256).digest()
    if hmac.compare_digest(computed, signature.value) and secret is not None:
        return VerifyResult("VERIFIED")
    return fail("FAILED", "signature does not match")
