"""`mot-detect serve` settings: a TOML file, then environment variables, then command-line options.

Each layer replaces what the one before it set (a list such as `api_keys` is replaced whole,
never merged). Every value is checked here, once, so the server never meets a bad one; an error
names the file or variable, the key, and what was expected, and never shows a secret.
See docs/streaming.md for the file format and the variables.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mot_detect.errors import MotDetectError
from mot_detect.redact.policy import DEFAULT_POLICY, PolicyError, RedactionPolicy
from mot_detect.stream.alerts import EVENT_TYPES

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib

logger = logging.getLogger("mot_detect")

ENV_PREFIX = "MOT_DETECT_"
ENV_CONFIG = "MOT_DETECT_CONFIG"
ROLES = ("agent", "customer", "unknown")
TWILIO_TRACKS = ("inbound", "outbound")
# The event types a webhook target receives unless it names its own (see events.EVENT_TYPES).
DEFAULT_WEBHOOK_EVENTS: tuple[str, ...] = ("cue", "missed_cue", "call_ended")
WEBHOOK_EVENT_TYPES: tuple[str, ...] = EVENT_TYPES
_TENANT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@-]{0,127}")
_SHORT_SECRET = 16  # below this a key or token is guessable: warned about at load


class ConfigError(MotDetectError):
    """A setting that cannot be used: names where it came from, the key and what was expected."""


@dataclass(frozen=True)
class ApiKey:
    key: str = field(repr=False)
    tenant: str
    # Base64 AudioHook client secret: request signatures are verified when it is set.
    client_secret: str | None = field(default=None, repr=False)

    @property
    def secret_bytes(self) -> bytes | None:
        return base64.b64decode(self.client_secret) if self.client_secret else None


@dataclass(frozen=True)
class WebhookTarget:
    url: str
    secret: str = field(repr=False)  # HMAC key
    tenant: str | None = None  # None: every tenant's calls
    events: tuple[str, ...] = DEFAULT_WEBHOOK_EVENTS
    max_tries: int = 5
    timeout_seconds: float = 10.0

    def wants(self, tenant: str, event_type: str) -> bool:
        return (self.tenant is None or self.tenant == tenant) and event_type in self.events


@dataclass(frozen=True)
class ServeConfig:
    host: str = "127.0.0.1"
    port: int = 8080
    max_calls: int = 20
    out_dir: Path | None = None
    # /audiohook X-API-KEY; /stream "Authorization: Bearer <key>" or ?token=
    api_keys: tuple[ApiKey, ...] = ()
    # events token -> tenant (agents' screens, wallboards: read-only)
    subscriber_tokens: dict[str, str] = field(default_factory=dict, repr=False)
    twilio_auth_token: str | None = field(default=None, repr=False)
    twilio_tenant: str = "default"
    twilio_tracks: dict[str, str] = field(
        default_factory=lambda: {"inbound": "customer", "outbound": "agent"}
    )
    webhooks: tuple[WebhookTarget, ...] = ()
    partials: bool = False
    # What personal data is replaced before events, webhooks, transcripts and the store see it.
    redact: RedactionPolicy = field(default_factory=lambda: RedactionPolicy.parse(DEFAULT_POLICY))
    max_text_chars: int = 65_535
    max_frame_bytes: int = 1 << 20
    # Speech waiting for ASR (all calls) beyond which new speech is dropped.
    asr_backlog_seconds: float = 20.0
    # Events buffered per subscriber before it is dropped as too slow.
    subscriber_queue: int = 1000
    shutdown_grace_seconds: float = 30.0

    @property
    def open_access(self) -> bool:
        """No API keys and no subscriber tokens: anyone may stream and subscribe, as tenant
        "default" (the server logs a warning at start)."""
        return not self.api_keys and not self.subscriber_tokens

    def tenant_for_key(self, key: str | None) -> ApiKey | None:
        """The API key entry for `key`, or None. Every key is compared, in constant time, so the
        answer's timing says nothing about which keys exist."""
        if not key:
            return None
        given = key.encode()
        found = None
        for entry in self.api_keys:
            if hmac.compare_digest(given, entry.key.encode()) and found is None:
                found = entry
        return found

    def tenant_for_subscriber(self, token: str | None) -> str | None:
        """The tenant whose events `token` may read, or None (compared as `tenant_for_key`)."""
        if not token:
            return None
        given = token.encode()
        found = None
        for known, tenant in self.subscriber_tokens.items():
            if hmac.compare_digest(given, known.encode()) and found is None:
                found = tenant
        return found


# Scalar settings: name -> (parse a value from the file / an env string, what is expected).
_Check = Callable[[Any], Any]


def _int_range(low: int, high: int | None = None) -> tuple[_Check, str]:
    expected = f"an integer {low}..{high}" if high is not None else f"an integer >= {low}"

    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(expected)
        if value < low or (high is not None and value > high):
            raise ValueError(expected)
        return value

    return check, expected


def _positive_float(allow_zero: bool) -> tuple[_Check, str]:
    expected = "a number >= 0" if allow_zero else "a number > 0"

    def check(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(expected)
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(expected)
        if value < 0 or (value == 0 and not allow_zero):
            raise ValueError(expected)
        return float(value)

    return check, expected


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("a non-empty string")
    return value.strip()


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("true or false")
    return value


def _policy(value: Any) -> RedactionPolicy:
    if isinstance(value, RedactionPolicy):
        return value
    if not isinstance(value, str):
        raise ValueError("a redaction policy")
    try:
        return RedactionPolicy.parse(value)
    except PolicyError as exc:
        raise ValueError(str(exc)) from None


def _path(value: Any) -> Path:
    if isinstance(value, Path):
        return value
    return Path(_text(value)).expanduser()


def _tenant(value: Any) -> str:
    if not isinstance(value, str) or not _TENANT.fullmatch(value):
        raise ValueError(
            "a tenant name: 1 to 128 letters, digits and . _ - @, starting with a letter or digit"
        )
    return value


_SCALARS: dict[str, tuple[_Check, str]] = {
    "host": (_text, "a non-empty string"),
    "port": _int_range(0, 65_535),
    "max_calls": _int_range(1, 100_000),
    "out_dir": (_path, "a folder path"),
    "partials": (_bool, "true or false"),
    "redact": (_policy, "a redaction policy such as pci,pii or none"),
    "max_text_chars": _int_range(1, 16 << 20),
    "max_frame_bytes": _int_range(1, 64 << 20),
    "asr_backlog_seconds": _positive_float(allow_zero=False),
    "subscriber_queue": _int_range(1, 1_000_000),
    "shutdown_grace_seconds": _positive_float(allow_zero=True),
    "twilio_tenant": (_tenant, "a tenant name"),
}
_TABLES = ("api_keys", "subscriber_tokens", "twilio", "webhooks")
OVERRIDABLE = ("host", "port", "max_calls", "out_dir", "partials", "redact")


class _Where:
    """Where a value came from, for error messages."""

    def __init__(self, source: str) -> None:
        self.source = source

    def error(
        self, key: str, expected: str, got: Any = None, *, secret: bool = False
    ) -> ConfigError:
        shown = "" if secret or got is None else f", got {_show(got)}"
        return ConfigError(f"{self.source}: key '{key}': expected {expected}{shown}")


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def load_config(
    path: Path | str | None = None,
    env: Mapping[str, str] | None = None,
    **overrides: Any,
) -> ServeConfig:
    """The server's settings: `path` (a TOML file; when None, the file named by
    MOT_DETECT_CONFIG, if any), then `env` (default os.environ), then `overrides` (the
    command line: host, port, max_calls, out_dir, partials; None means "not given")."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    if path is None and env.get(ENV_CONFIG):
        path = env[ENV_CONFIG]
    if path is not None:
        values.update(_from_file(Path(path)))
    values.update(_from_env(env))
    unknown = sorted(set(overrides) - set(OVERRIDABLE))
    if unknown:
        raise TypeError(f"load_config: unknown override(s) {', '.join(unknown)}")
    where = _Where("command line")
    for key, value in overrides.items():
        if value is None:
            continue
        check, expected = _SCALARS[key]
        values[key] = _checked(check, value, where, key, expected)
    config = ServeConfig(**values)
    _warn_weak(config)
    return config


def _from_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    where = _Where(str(path))
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key in _SCALARS:
            check, expected = _SCALARS[key]
            values[key] = _checked(check, value, where, key, expected)
        elif key == "api_keys":
            values["api_keys"] = _api_keys(value, where)
        elif key == "subscriber_tokens":
            values["subscriber_tokens"] = _subscriber_tokens(value, where)
        elif key == "twilio":
            values.update(_twilio(value, where))
        elif key == "webhooks":
            values["webhooks"] = _webhooks(value, where)
        else:
            known = ", ".join([*_SCALARS, *_TABLES])
            raise where.error(key, f"one of the known keys ({known})", key)
    return values


def _checked(check: _Check, value: Any, where: _Where, key: str, expected: str) -> Any:
    try:
        return check(value)
    except ValueError as exc:
        raise where.error(key, str(exc) or expected, value) from None


def _api_keys(value: Any, where: _Where) -> tuple[ApiKey, ...]:
    if not isinstance(value, list):
        raise where.error("api_keys", "an array of tables ([[api_keys]] with key, tenant)")
    keys = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        at = f"api_keys[{i}]"
        if not isinstance(item, dict):
            raise where.error(at, "a table with key, tenant and optionally client_secret")
        _only(item, ("key", "tenant", "client_secret"), where, at)
        key = _secret_text(item.get("key"), where, f"{at}.key")
        tenant = _checked(_tenant, item.get("tenant"), where, f"{at}.tenant", "a tenant name")
        secret = item.get("client_secret")
        if secret is not None:
            secret = _base64_secret(secret, where, f"{at}.client_secret")
        if key in seen:
            raise where.error(
                f"{at}.key", "a key not given twice (this one repeats an earlier one)"
            )
        seen.add(key)
        keys.append(ApiKey(key=key, tenant=tenant, client_secret=secret))
    return tuple(keys)


def _subscriber_tokens(value: Any, where: _Where) -> dict[str, str]:
    if not isinstance(value, dict):
        raise where.error("subscriber_tokens", 'a table of token = "tenant"')
    tokens = {}
    for token, tenant in value.items():
        _secret_text(token, where, "subscriber_tokens")
        tokens[token] = _checked(
            _tenant, tenant, where, "subscriber_tokens.<token>", "a tenant name"
        )
    return tokens


def _twilio(value: Any, where: _Where) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise where.error("twilio", "a table with auth_token, tenant, tracks")
    _only(value, ("auth_token", "tenant", "tracks"), where, "twilio")
    out: dict[str, Any] = {}
    if "auth_token" in value:
        out["twilio_auth_token"] = _secret_text(value["auth_token"], where, "twilio.auth_token")
    if "tenant" in value:
        out["twilio_tenant"] = _checked(
            _tenant, value["tenant"], where, "twilio.tenant", "a tenant name"
        )
    if "tracks" in value:
        out["twilio_tracks"] = _tracks(value["tracks"], where, "twilio.tracks")
    return out


def _tracks(value: Any, where: _Where, key: str) -> dict[str, str]:
    expected = f"a table mapping {' and '.join(TWILIO_TRACKS)} to one of {', '.join(ROLES)}"
    if not isinstance(value, dict) or set(value) != set(TWILIO_TRACKS):
        raise where.error(key, expected, value)
    if any(role not in ROLES for role in value.values()):
        raise where.error(key, expected, value)
    return dict(value)


def _webhooks(value: Any, where: _Where) -> tuple[WebhookTarget, ...]:
    if not isinstance(value, list):
        raise where.error("webhooks", "an array of tables ([[webhooks]] with url, secret)")
    targets = []
    for i, item in enumerate(value):
        at = f"webhooks[{i}]"
        if not isinstance(item, dict):
            raise where.error(at, "a table with url, secret and optionally tenant, events")
        _only(
            item, ("url", "secret", "tenant", "events", "max_tries", "timeout_seconds"), where, at
        )
        url = item.get("url")
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            raise where.error(f"{at}.url", "an http:// or https:// URL with a host", url)
        secret = _secret_text(item.get("secret"), where, f"{at}.secret")
        tenant = item.get("tenant")
        if tenant is not None:
            tenant = _checked(_tenant, tenant, where, f"{at}.tenant", "a tenant name")
        events = item.get("events", list(DEFAULT_WEBHOOK_EVENTS))
        if (
            not isinstance(events, list)
            or not events
            or any(e not in WEBHOOK_EVENT_TYPES for e in events)
        ):
            raise where.error(
                f"{at}.events",
                f"a non-empty list of event types from {', '.join(WEBHOOK_EVENT_TYPES)}",
                events,
            )
        check, expected = _int_range(1, 20)
        tries = _checked(check, item.get("max_tries", 5), where, f"{at}.max_tries", expected)
        check, expected = _positive_float(allow_zero=False)
        timeout = _checked(
            check, item.get("timeout_seconds", 10.0), where, f"{at}.timeout_seconds", expected
        )
        targets.append(
            WebhookTarget(
                url=url,
                secret=secret,
                tenant=tenant,
                events=tuple(dict.fromkeys(events)),
                max_tries=tries,
                timeout_seconds=timeout,
            )
        )
    return tuple(targets)


def _only(table: dict[str, Any], allowed: tuple[str, ...], where: _Where, at: str) -> None:
    for key in table:
        if key not in allowed:
            raise where.error(f"{at}.{key}", f"one of the known keys ({', '.join(allowed)})", key)


def _secret_text(value: Any, where: _Where, key: str) -> str:
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise where.error(key, "a non-empty string without surrounding spaces", secret=True)
    return value


def _base64_secret(value: Any, where: _Where, key: str) -> str:
    expected = "a non-empty base64 string (the AudioHook client secret)"
    if not isinstance(value, str) or not value:
        raise where.error(key, expected, secret=True)
    try:
        decoded = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise where.error(key, expected + " (this one is not valid base64)", secret=True) from None
    if not decoded:
        raise where.error(key, expected, secret=True)
    return value


# Environment variables: MOT_DETECT_<SCALAR KEY> for each scalar, and these for the tables.
ENV_API_KEYS = "MOT_DETECT_API_KEYS"  # key:tenant[:client_secret],...
ENV_SUBSCRIBER_TOKENS = "MOT_DETECT_SUBSCRIBER_TOKENS"  # token:tenant,...
ENV_TWILIO_AUTH_TOKEN = "MOT_DETECT_TWILIO_AUTH_TOKEN"
ENV_TWILIO_TRACKS = "MOT_DETECT_TWILIO_TRACKS"  # inbound:customer,outbound:agent
ENV_WEBHOOKS = "MOT_DETECT_WEBHOOKS"  # a JSON array of the file's [[webhooks]] tables
_ENV_TABLES = (
    ENV_API_KEYS,
    ENV_SUBSCRIBER_TOKENS,
    ENV_TWILIO_AUTH_TOKEN,
    ENV_TWILIO_TRACKS,
    ENV_WEBHOOKS,
)


def env_names() -> tuple[str, ...]:
    """Every environment variable the server reads."""
    return (ENV_CONFIG, *(ENV_PREFIX + key.upper() for key in _SCALARS), *_ENV_TABLES)


def _from_env(env: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, (check, expected) in _SCALARS.items():
        name = ENV_PREFIX + key.upper()
        if name in env:
            where = _Where(f"environment variable {name}")
            values[key] = _checked(check, _env_value(env[name], check), where, key, expected)
    if ENV_API_KEYS in env:
        values["api_keys"] = _env_api_keys(env[ENV_API_KEYS])
    if ENV_SUBSCRIBER_TOKENS in env:
        values["subscriber_tokens"] = _env_tokens(env[ENV_SUBSCRIBER_TOKENS])
    if ENV_TWILIO_AUTH_TOKEN in env:
        where = _Where(f"environment variable {ENV_TWILIO_AUTH_TOKEN}")
        values["twilio_auth_token"] = _secret_text(env[ENV_TWILIO_AUTH_TOKEN], where, "auth_token")
    if ENV_TWILIO_TRACKS in env:
        where = _Where(f"environment variable {ENV_TWILIO_TRACKS}")
        pairs = _pairs(env[ENV_TWILIO_TRACKS], where, "tracks", "track:role")
        values["twilio_tracks"] = _tracks(dict(pairs), where, "tracks")
    if ENV_WEBHOOKS in env:
        where = _Where(f"environment variable {ENV_WEBHOOKS}")
        try:
            data = json.loads(env[ENV_WEBHOOKS])
        except json.JSONDecodeError as exc:
            raise where.error("webhooks", f"a JSON array of objects ({exc})", secret=True) from None
        values["webhooks"] = _webhooks(data, where)
    return values


def _env_value(text: str, check: _Check) -> Any:
    """An environment string as the type `check` wants; left as text when it is not one."""
    stripped = text.strip()
    if check is _bool:
        lowered = stripped.lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        return text
    if check in (_text, _path, _tenant):
        return stripped
    try:
        return int(stripped)
    except ValueError:
        pass
    try:
        return float(stripped)
    except ValueError:
        return text


def _pairs(
    text: str, where: _Where, key: str, form: str, *, secret: bool = False
) -> list[list[str]]:
    items = [item.strip() for item in text.split(",") if item.strip()]
    pairs = [item.split(":") for item in items]
    if any(len(p) < 2 or not all(p) for p in pairs):
        raise where.error(
            key, f"comma-separated {form} entries", None if secret else text, secret=secret
        )
    return pairs


def _env_api_keys(text: str) -> tuple[ApiKey, ...]:
    where = _Where(f"environment variable {ENV_API_KEYS}")
    table = []
    for parts in _pairs(text, where, "api_keys", "key:tenant[:client_secret]", secret=True):
        if len(parts) > 3:
            raise where.error(
                "api_keys", "comma-separated key:tenant[:client_secret] entries", secret=True
            )
        entry = {"key": parts[0], "tenant": parts[1]}
        if len(parts) == 3:
            entry["client_secret"] = parts[2]
        table.append(entry)
    return _api_keys(table, where)


def _env_tokens(text: str) -> dict[str, str]:
    where = _Where(f"environment variable {ENV_SUBSCRIBER_TOKENS}")
    pairs = _pairs(text, where, "subscriber_tokens", "token:tenant", secret=True)
    if any(len(p) != 2 for p in pairs):
        raise where.error("subscriber_tokens", "comma-separated token:tenant entries", secret=True)
    return _subscriber_tokens(dict(pairs), where)


def _warn_weak(config: ServeConfig) -> None:
    short = [k.tenant for k in config.api_keys if len(k.key) < _SHORT_SECRET]
    if short:
        logger.warning(
            "API keys of tenant(s) %s are shorter than %d characters: easy to guess",
            ", ".join(sorted(set(short))),
            _SHORT_SECRET,
        )
    tokens = [t for t, tenant in config.subscriber_tokens.items() if len(t) < _SHORT_SECRET]
    if tokens:
        logger.warning(
            "%d subscriber token(s) are shorter than %d characters: easy to guess",
            len(tokens),
            _SHORT_SECRET,
        )


def config_summary(config: ServeConfig) -> dict[str, Any]:
    """The settings with every secret left out, for a start-up log line."""
    summary = {f.name: getattr(config, f.name) for f in fields(config)}
    summary["api_keys"] = [
        {"tenant": k.tenant, "signed": k.client_secret is not None} for k in config.api_keys
    ]
    summary["subscriber_tokens"] = sorted(set(config.subscriber_tokens.values()))
    summary["twilio_auth_token"] = config.twilio_auth_token is not None
    summary["webhooks"] = [
        {"url": _url_without_credentials(w.url), "tenant": w.tenant, "events": list(w.events)}
        for w in config.webhooks
    ]
    summary["out_dir"] = str(config.out_dir) if config.out_dir else None
    summary["redact"] = str(config.redact)
    return summary


def _url_without_credentials(url: str) -> str:
    parts = urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return parts._replace(netloc=netloc, query="", fragment="").geturl()
