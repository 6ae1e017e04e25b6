"""`mot-detect serve` settings: file, environment and command line, and every bad value named."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from mot_detect.stream.config import (
    ApiKey,
    ConfigError,
    ServeConfig,
    WebhookTarget,
    config_summary,
    env_names,
    load_config,
)

SECRET = "TXlTdXBlclNlY3JldEtleVRlbGxOby0xITJAMyM0JDU="
KEY = "SGVsbG8sIEkgYW0gdGhlIEFQSSBrZXkh"

FULL = f"""
host = "0.0.0.0"
port = 9001
max_calls = 7
out_dir = "calls"
partials = true
asr_backlog_seconds = 12.5
subscriber_queue = 50
shutdown_grace_seconds = 0

[[api_keys]]
key = "{KEY}"
tenant = "acme"
client_secret = "{SECRET}"

[[api_keys]]
key = "another-key-of-sixteen-chars"
tenant = "globex"

[subscriber_tokens]
"wallboard-token-acme-0001" = "acme"

[twilio]
auth_token = "twilio-auth-token-123456"
tenant = "acme"
tracks = {{ inbound = "agent", outbound = "customer" }}

[[webhooks]]
url = "https://hooks.example.com/mot?x=1"
secret = "whsec-for-acme"
tenant = "acme"
events = ["missed_cue"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "serve.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_are_open_access() -> None:
    config = load_config(env={})
    assert config == ServeConfig()
    assert config.open_access
    assert config.tenant_for_key("anything") is None
    assert config.tenant_for_subscriber("anything") is None


def test_file_reads_every_section(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, FULL), env={})
    assert (config.host, config.port, config.max_calls) == ("0.0.0.0", 9001, 7)
    assert config.out_dir == Path("calls")
    assert config.partials is True
    assert config.asr_backlog_seconds == 12.5
    assert config.shutdown_grace_seconds == 0.0
    assert not config.open_access
    assert config.tenant_for_key(KEY) == ApiKey(KEY, "acme", SECRET)
    assert config.tenant_for_key(KEY).secret_bytes == b"MySuperSecretKeyTellNo-1!2@3#4$5"
    assert config.tenant_for_key("another-key-of-sixteen-chars").tenant == "globex"
    assert config.tenant_for_key(KEY + "x") is None
    assert config.tenant_for_key("") is None
    assert config.tenant_for_subscriber("wallboard-token-acme-0001") == "acme"
    assert config.tenant_for_subscriber("wallboard-token-acme-0002") is None
    assert config.twilio_auth_token == "twilio-auth-token-123456"
    assert config.twilio_tenant == "acme"
    assert config.twilio_tracks == {"inbound": "agent", "outbound": "customer"}
    assert config.webhooks == (
        WebhookTarget(
            "https://hooks.example.com/mot?x=1", "whsec-for-acme", "acme", ("missed_cue",)
        ),
    )
    assert config.webhooks[0].wants("acme", "missed_cue")
    assert not config.webhooks[0].wants("globex", "missed_cue")
    assert not config.webhooks[0].wants("acme", "cue")


def test_env_beats_file_and_command_line_beats_env(tmp_path: Path) -> None:
    path = write(tmp_path, 'port = 9001\nhost = "10.0.0.1"\nmax_calls = 3\n')
    env = {"MOT_DETECT_PORT": "9002", "MOT_DETECT_MAX_CALLS": "4", "MOT_DETECT_PARTIALS": "yes"}
    config = load_config(path, env=env, port=9003, host=None, out_dir=tmp_path)
    assert config.port == 9003  # command line
    assert config.max_calls == 4  # environment
    assert config.host == "10.0.0.1"  # file (None on the command line means "not given")
    assert config.partials is True
    assert config.out_dir == tmp_path


def test_env_tables(tmp_path: Path) -> None:
    hooks = [{"url": "http://127.0.0.1:9/h", "secret": "s3cret", "events": ["cue", "call_ended"]}]
    env = {
        "MOT_DETECT_API_KEYS": f"{KEY}:acme:{SECRET}, plain-key-0123456789:globex",
        "MOT_DETECT_SUBSCRIBER_TOKENS": "tok-acme-0123456789:acme,tok-globex-012345678:globex",
        "MOT_DETECT_TWILIO_AUTH_TOKEN": "tw-token",
        "MOT_DETECT_TWILIO_TRACKS": "inbound:customer,outbound:unknown",
        "MOT_DETECT_WEBHOOKS": json.dumps(hooks),
    }
    config = load_config(env=env)
    assert [(k.key, k.tenant, k.client_secret) for k in config.api_keys] == [
        (KEY, "acme", SECRET),
        ("plain-key-0123456789", "globex", None),
    ]
    assert config.tenant_for_subscriber("tok-globex-012345678") == "globex"
    assert config.twilio_auth_token == "tw-token"
    assert config.twilio_tracks == {"inbound": "customer", "outbound": "unknown"}
    assert config.webhooks[0].events == ("cue", "call_ended")
    assert config.webhooks[0].tenant is None


def test_config_file_named_by_env(tmp_path: Path) -> None:
    path = write(tmp_path, "max_calls = 2\n")
    assert load_config(env={"MOT_DETECT_CONFIG": str(path)}).max_calls == 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("prot = 80\n", ["key 'prot'", "known keys"]),
        ('port = "8080"\n', ["key 'port'", "integer 0..65535", "'8080'"]),
        ("port = 70000\n", ["key 'port'", "integer 0..65535"]),
        ("max_calls = true\n", ["key 'max_calls'", "integer"]),
        ("max_calls = 0\n", ["key 'max_calls'"]),
        ("partials = 1\n", ["key 'partials'", "true or false"]),
        ("asr_backlog_seconds = 0\n", ["key 'asr_backlog_seconds'", "> 0"]),
        ("subscriber_queue = -1\n", ["key 'subscriber_queue'"]),
        ("api_keys = 3\n", ["key 'api_keys'", "array of tables"]),
        ('[[api_keys]]\nkey = "k"\n', ["api_keys[0].tenant", "tenant name"]),
        ('[[api_keys]]\nkey = "k"\ntenant = "a b"\n', ["api_keys[0].tenant"]),
        ('[[api_keys]]\nkey = "k"\ntenant = "a"\nsecret = "x"\n', ["api_keys[0].secret"]),
        (
            '[[api_keys]]\nkey = "k"\ntenant = "a"\n[[api_keys]]\nkey = "k"\ntenant = "b"\n',
            ["api_keys[1].key", "given twice"],
        ),
        ("[subscriber_tokens]\ntok = 5\n", ["subscriber_tokens.<token>", "tenant name"]),
        ('[twilio]\ntracks = { inbound = "caller", outbound = "agent" }\n', ["twilio.tracks"]),
        ('[twilio]\ntracks = { inbound = "customer" }\n', ["twilio.tracks"]),
        ('[twilio]\nregion = "us1"\n', ["twilio.region"]),
        ('[[webhooks]]\nurl = "ftp://x/y"\nsecret = "s"\n', ["webhooks[0].url", "http://"]),
        ('[[webhooks]]\nurl = "https://x/y"\n', ["webhooks[0].secret"]),
        (
            '[[webhooks]]\nurl = "https://x/y"\nsecret = "s"\nevents = ["cues"]\n',
            ["webhooks[0].events", "missed_cue"],
        ),
        (
            '[[webhooks]]\nurl = "https://x/y"\nsecret = "s"\nmax_tries = 0\n',
            ["webhooks[0].max_tries"],
        ),
        ("port = = 3\n", ["not valid TOML"]),
    ],
)
def test_bad_file_values_name_file_and_key(tmp_path: Path, text: str, names: list[str]) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    message = str(caught.value)
    assert message.startswith(str(path))
    for name in names:
        assert name in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml", env={})


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"MOT_DETECT_PORT": "eighty"}, ["MOT_DETECT_PORT", "key 'port'", "'eighty'"]),
        ({"MOT_DETECT_PARTIALS": "maybe"}, ["MOT_DETECT_PARTIALS", "true or false"]),
        ({"MOT_DETECT_API_KEYS": "justakey"}, ["MOT_DETECT_API_KEYS", "key:tenant"]),
        ({"MOT_DETECT_API_KEYS": "k:t:s:x"}, ["MOT_DETECT_API_KEYS", "key:tenant"]),
        ({"MOT_DETECT_SUBSCRIBER_TOKENS": "tok"}, ["MOT_DETECT_SUBSCRIBER_TOKENS", "token:tenant"]),
        ({"MOT_DETECT_TWILIO_TRACKS": "inbound:customer"}, ["MOT_DETECT_TWILIO_TRACKS"]),
        ({"MOT_DETECT_WEBHOOKS": "[{"}, ["MOT_DETECT_WEBHOOKS", "JSON array"]),
        ({"MOT_DETECT_WEBHOOKS": '{"url": "x"}'}, ["MOT_DETECT_WEBHOOKS", "array of tables"]),
    ],
)
def test_bad_env_values_name_the_variable(env: dict[str, str], names: list[str]) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(env=env)
    for name in names:
        assert name in str(caught.value)


def test_secrets_never_shown_in_errors(tmp_path: Path) -> None:
    secret = "not-base64-but-very-secret!!"
    with pytest.raises(ConfigError) as caught:
        load_config(env={"MOT_DETECT_API_KEYS": f"key-0123456789abcdef:acme:{secret}"})
    assert "client_secret" in str(caught.value)
    assert secret not in str(caught.value)
    hooks = '[{"url": "https://h/x", "secret": " padded-secret "}]'
    with pytest.raises(ConfigError) as caught:
        load_config(env={"MOT_DETECT_WEBHOOKS": hooks})
    assert "padded-secret" not in str(caught.value)


def test_secrets_never_in_repr_or_summary(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, FULL), env={})
    shown = repr(config) + json.dumps(config_summary(config), default=str)
    for secret in (KEY, SECRET, "wallboard-token-acme-0001", "twilio-auth-token", "whsec-for-acme"):
        assert secret not in shown
    assert "x=1" not in json.dumps(config_summary(config))  # a URL's query may hold a token
    assert config_summary(config)["api_keys"] == [
        {"tenant": "acme", "signed": True},
        {"tenant": "globex", "signed": False},
    ]


def test_short_keys_are_warned_about_without_showing_them(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="mot_detect"):
        load_config(
            env={"MOT_DETECT_API_KEYS": "abc123:acme", "MOT_DETECT_SUBSCRIBER_TOKENS": "t1:acme"}
        )
    assert "acme" in caplog.text and "shorter than 16" in caplog.text
    assert "abc123" not in caplog.text and "t1:" not in caplog.text


def test_unknown_override_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match="prot"):
        load_config(env={}, prot=1)


def test_env_names_lists_the_documented_variables() -> None:
    names = env_names()
    for name in (
        "MOT_DETECT_CONFIG",
        "MOT_DETECT_PORT",
        "MOT_DETECT_API_KEYS",
        "MOT_DETECT_SUBSCRIBER_TOKENS",
        "MOT_DETECT_TWILIO_AUTH_TOKEN",
        "MOT_DETECT_WEBHOOKS",
    ):
        assert name in names
