"""The server's Prometheus metrics: a registry per server, every documented name exposed."""

from __future__ import annotations

import pytest

from mot_detect.stream.metrics import Metrics

NAMES = (
    "motdetect_live_calls",
    "motdetect_calls_total",
    "motdetect_refusals_total",
    "motdetect_errors_total",
    "motdetect_alert_latency_seconds_bucket",
    "motdetect_endpoint_wait_seconds_count",
    "motdetect_asr_seconds_count",
    "motdetect_asr_wait_seconds_count",
    "motdetect_overhead_seconds_count",
    "motdetect_asr_queue_depth",
    "motdetect_asr_backlog_seconds",
    "motdetect_audio_dropped_seconds_total",
    "motdetect_events_published_total",
    "motdetect_subscribers",
    "motdetect_subscribers_dropped_total",
    "motdetect_webhook_deliveries_total",
)


def exercise(metrics: Metrics) -> None:
    metrics.live_calls.inc()
    metrics.calls_total.labels(protocol="audiohook").inc()
    metrics.refusals_total.labels(protocol="twilio", reason="max_calls").inc()
    metrics.errors_total.labels(kind="protocol").inc()
    metrics.audio_dropped_seconds_total.labels(protocol="stream").inc(1.5)
    metrics.events_published_total.labels(type="cue").inc()
    metrics.subscribers_dropped_total.labels(reason="slow").inc()
    metrics.webhook_deliveries_total.labels(outcome="delivered").inc()


def test_every_metric_is_exposed() -> None:
    metrics = Metrics()
    exercise(metrics)
    metrics.observe_alert(0.9, endpoint_wait=0.5, asr_wait=0.1, asr=0.25)
    body, content_type = metrics.render()
    text = body.decode()
    assert content_type.startswith("text/plain")
    for name in NAMES:
        assert name in text, name
    assert 'motdetect_refusals_total{protocol="twilio",reason="max_calls"} 1.0' in text


def test_servers_in_one_process_keep_their_own_counts() -> None:
    first, second = Metrics(), Metrics()  # a shared default registry would raise here
    exercise(first)
    assert first.registry.get_sample_value("motdetect_calls_total", {"protocol": "audiohook"}) == 1
    assert (
        second.registry.get_sample_value("motdetect_calls_total", {"protocol": "audiohook"}) is None
    )


def test_alert_latency_split_leaves_the_overhead() -> None:
    metrics = Metrics()
    metrics.observe_alert(1.0, endpoint_wait=0.5, asr_wait=0.1, asr=0.3)
    metrics.observe_alert(0.2, endpoint_wait=0.5)  # clocks disagree: never a negative overhead
    value = metrics.registry.get_sample_value
    assert value("motdetect_alert_latency_seconds_sum") == pytest.approx(1.2)
    assert value("motdetect_overhead_seconds_sum") == pytest.approx(0.1)
    assert value("motdetect_overhead_seconds_count") == 2
    # Fine buckets where the targets are: 50 ms overhead, 1 s alert.
    assert value("motdetect_overhead_seconds_bucket", {"le": "0.05"}) == 1
    assert value("motdetect_alert_latency_seconds_bucket", {"le": "1.0"}) == 2
