"""HTTP message signatures as AudioHook uses them: the documented test vector, and each way a
signed upgrade request is refused."""

from __future__ import annotations

import pytest

from mot_detect.stream.signature import (
    AUDIOHOOK_COMPONENTS,
    StructuredFieldError,
    audiohook_headers,
    parse_dictionary,
    sign,
    verify,
)

# The "AudioHook documentation example" of the reference implementation's verifier tests.
URL = "wss://audiohook.example.com/api/v1/voicebiometrics/ws"
TARGET = "/api/v1/voicebiometrics/ws"
ORG = "d7934305-0972-4844-938e-9060eef73d05"
SESSION = "30b0e395-84d3-4570-ac13-9a62d8f514c0"
CORRELATION = "e160e428-53e2-487c-977d-96989bf5c99d"
API_KEY = "SGVsbG8sIEkgYW0gdGhlIEFQSSBrZXkh"
SECRET = "TXlTdXBlclNlY3JldEtleVRlbGxOby0xITJAMyM0JDU="
NONCE = "VGhpc0lzQVVuaXF1ZU5vbmNl"
CREATED = 1641013200
EXPIRES = 3282026430
SIGNATURE = "sig1=:NZBwyBHRRyRoeLqy1IzOa9VYBuI8TgMFt2GRDkDuJh4=:"
SIGNATURE_INPUT = (
    'sig1=("@request-target" "@authority" "audiohook-organization-id" "audiohook-session-id" '
    '"audiohook-correlation-id" "x-api-key");keyid="SGVsbG8sIEkgYW0gdGhlIEFQSSBrZXkh";'
    'nonce="VGhpc0lzQVVuaXF1ZU5vbmNl";alg="hmac-sha256";created=1641013200;expires=3282026430'
)


def vector_headers() -> dict[str, str]:
    return {
        "host": "audiohook.example.com",
        "audiohook-organization-id": ORG,
        "audiohook-session-id": SESSION,
        "audiohook-correlation-id": CORRELATION,
        "x-api-key": API_KEY,
        "signature": SIGNATURE,
        "signature-input": SIGNATURE_INPUT,
    }


def secrets_of(key: str) -> str | None:
    return SECRET if key == API_KEY else None


def check(headers: dict[str, str], now: float = CREATED + 1, target: str = TARGET):
    return verify(headers, request_target=target, secret_for_key=secrets_of, now=now)


def test_documentation_vector_verifies() -> None:
    result = check(vector_headers())
    assert result.ok, str(result)


def test_sign_reproduces_the_documentation_vector() -> None:
    headers = audiohook_headers(
        URL,
        api_key=API_KEY,
        organization_id=ORG,
        session_id=SESSION,
        correlation_id=CORRELATION,
        client_secret=SECRET,
        created=CREATED,
        expires=EXPIRES,
        nonce=NONCE,
    )
    assert headers["Signature"] == SIGNATURE
    assert headers["Signature-Input"] == SIGNATURE_INPUT
    assert headers["X-API-KEY"] == API_KEY


def test_fresh_signature_from_sign_verifies_with_host_and_port() -> None:
    headers = audiohook_headers(
        "ws://127.0.0.1:8123/audiohook?x=1",
        api_key=API_KEY,
        organization_id=ORG,
        session_id=SESSION,
        correlation_id=CORRELATION,
        client_secret=SECRET,
        created=CREATED,
    )
    lower = {k.lower(): v for k, v in headers.items()} | {"host": "127.0.0.1:8123"}
    nonce = parse_dictionary(lower["signature-input"])["sig1"].params[1][1]
    assert len(nonce) >= 22
    assert check(lower, target="/audiohook?x=1").ok
    assert check(lower, target="/audiohook").code == "FAILED"


def test_unsigned_request_is_reported_as_such() -> None:
    headers = {k: v for k, v in vector_headers().items() if not k.startswith("signature")}
    assert check(headers).code == "UNSIGNED"


@pytest.mark.parametrize(
    ("change", "code", "words"),
    [
        ({"x-api-key": "c29tZS1vdGhlci1rZXk="}, "PRECONDITION", "keyid"),
        ({"audiohook-session-id": "30b0e395-84d3-4570-ac13-9a62d8f514c1"}, "FAILED", "match"),
        ({"host": "evil.example.com"}, "FAILED", "match"),
        ({"signature": "sig1=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:"}, "FAILED", "match"),
        ({"signature": "sig2=:NZBwyBHRRyRoeLqy1IzOa9VYBuI8TgMFt2GRDkDuJh4=:"}, "INVALID", "label"),
        ({"signature": 'sig1="not bytes"'}, "INVALID", "byte sequence"),
        ({"signature-input": "sig1=(("}, "INVALID", "structured"),
        (
            {"signature-input": SIGNATURE_INPUT.replace("hmac-sha256", "rsa-pss-sha512")},
            "UNSUPPORTED",
            "algorithm",
        ),
        ({"signature-input": SIGNATURE_INPUT.replace(NONCE, "short")}, "PRECONDITION", "nonce"),
        ({"signature-input": SIGNATURE_INPUT + ";color=1"}, "INVALID", "unknown"),
        (
            {"signature-input": SIGNATURE_INPUT.replace(";created=1641013200", "")},
            "PRECONDITION",
            "created",
        ),
        (
            {"signature-input": SIGNATURE_INPUT.replace(' "x-api-key"', "")},
            "PRECONDITION",
            "x-api-key",
        ),
    ],
)
def test_bad_signatures_are_refused_with_a_reason(change, code, words) -> None:
    result = check(vector_headers() | change)
    assert result.code == code, str(result)
    assert words in result.reason


def test_only_one_of_the_two_headers_is_invalid() -> None:
    headers = vector_headers()
    del headers["signature"]
    result = check(headers)
    assert result.code == "INVALID" and "Signature" in result.reason


def test_unknown_key_fails_even_with_a_matching_signature_shape() -> None:
    result = verify(
        vector_headers(), request_target=TARGET, secret_for_key=lambda key: None, now=CREATED
    )
    assert result.code == "FAILED"


def test_age_limits_and_clock_skew() -> None:
    headers = vector_headers()
    assert check(headers, now=CREATED + 10).ok
    assert check(headers, now=CREATED + 13).ok  # 10 s plus 3 s of skew
    assert check(headers, now=CREATED + 14).code == "EXPIRED"
    assert check(headers, now=CREATED - 3).ok  # the client's clock a little ahead
    assert check(headers, now=CREATED - 4).code == "PRECONDITION"


def test_expires_is_honoured() -> None:
    components = [(name, "x") for name in AUDIOHOOK_COMPONENTS]
    components[0] = ("@request-target", TARGET)
    components[1] = ("@authority", "h")
    signed = sign(components, keyid="x", secret=SECRET, created=CREATED, expires_in=5, nonce=NONCE)
    headers = {name: value for name, value in components if not name.startswith("@")}
    headers |= {"host": "h", "signature": signed["Signature"]}
    headers["signature-input"] = signed["Signature-Input"]
    ok = verify(headers, request_target=TARGET, secret_for_key=lambda k: SECRET, now=CREATED + 7)
    late = verify(headers, request_target=TARGET, secret_for_key=lambda k: SECRET, now=CREATED + 9)
    assert ok.ok, str(ok)
    assert late.code == "EXPIRED"


def test_structured_dictionary_parser_is_strict() -> None:
    parsed = parse_dictionary('a=("x" "y");n=1;s="q\\"";t=tok, b=:AAE=:, c')
    assert parsed["a"].params == [("n", 1), ("s", 'q"'), ("t", "tok")]
    assert parsed["b"].value == b"\x00\x01"
    assert parsed["c"].value is True
    for bad in ['a=("x"', "a=1,", "A=1", 'a="\x01"', "a=:!!:", "a=1 b=2"]:
        with pytest.raises(StructuredFieldError):
            parse_dictionary(bad)
