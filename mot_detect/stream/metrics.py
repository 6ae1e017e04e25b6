"""Prometheus metrics of one server, in a registry of its own (so that several apps in one
process, as in the tests, never share or collide), served by the lead's `/metrics`.

Alert latency is measured from the end of a customer utterance's audio to its alert being
published, and split into its parts: waiting for the endpoint (the silence that ends the
utterance), waiting in the ASR queue, ASR itself, and everything else of ours (protocol, VAD,
scoring, fan-out).
"""

from __future__ import annotations

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

# Fine-grained where the targets are (overhead under 50 ms, alert under 1 s), coarse beyond.
LATENCY_BUCKETS: tuple[float, ...] = (
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9,
    1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5, 10.0, 20.0,
)  # fmt: skip
PREFIX = "motdetect_"


class Metrics:
    """Every metric the server keeps; one instance per server."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry(auto_describe=True)
        r = self.registry
        self.live_calls = Gauge(PREFIX + "live_calls", "Calls being streamed now.", registry=r)
        self.calls_total = Counter(
            PREFIX + "calls", "Calls started, by protocol.", ["protocol"], registry=r
        )
        self.refusals_total = Counter(
            PREFIX + "refusals",
            "Connections or calls refused (max_calls, unauthorized, bad_request ...).",
            ["protocol", "reason"],
            registry=r,
        )
        self.errors_total = Counter(
            PREFIX + "errors",
            "Errors by kind (protocol, asr, scoring, write, internal ...).",
            ["kind"],
            registry=r,
        )
        self.alert_latency_seconds = self._histogram(
            "alert_latency_seconds",
            "End of a customer utterance's audio to its alert being published.",
        )
        self.endpoint_wait_seconds = self._histogram(
            "endpoint_wait_seconds", "End of speech to the endpoint (the silence that ends it)."
        )
        self.asr_wait_seconds = self._histogram(
            "asr_wait_seconds", "Time an utterance waited in the ASR queue."
        )
        self.asr_seconds = self._histogram("asr_seconds", "ASR time of one utterance.")
        self.overhead_seconds = self._histogram(
            "overhead_seconds",
            "Alert latency less endpoint wait, ASR wait and ASR: protocol, VAD, scoring, fan-out.",
        )
        self.asr_queue_depth = Gauge(
            PREFIX + "asr_queue_depth", "Utterances waiting for ASR.", registry=r
        )
        self.asr_backlog_seconds = Gauge(
            PREFIX + "asr_backlog_seconds",
            "Seconds of speech waiting for ASR, all calls together.",
            registry=r,
        )
        self.audio_dropped_seconds_total = Counter(
            PREFIX + "audio_dropped_seconds",
            "Audio dropped because ASR fell behind, in seconds.",
            ["protocol"],
            registry=r,
        )
        self.events_published_total = Counter(
            PREFIX + "events_published", "Events published, by type.", ["type"], registry=r
        )
        self.subscribers = Gauge(
            PREFIX + "subscribers", "Event subscribers connected now.", registry=r
        )
        self.subscribers_dropped_total = Counter(
            PREFIX + "subscribers_dropped",
            "Subscribers closed by the server (slow, oversized ...).",
            ["reason"],
            registry=r,
        )
        self.webhook_deliveries_total = Counter(
            PREFIX + "webhook_deliveries",
            "Webhook deliveries by outcome (delivered, retried, failed, dropped).",
            ["outcome"],
            registry=r,
        )
        self.store_failures_total = Counter(
            PREFIX + "store_failures",
            "Finished calls the call store (serve --store) refused; their JSON and events stand.",
            registry=r,
        )

    def _histogram(self, name: str, documentation: str) -> Histogram:
        return Histogram(
            PREFIX + name, documentation, buckets=LATENCY_BUCKETS, registry=self.registry
        )

    def observe_alert(
        self,
        total: float,
        *,
        endpoint_wait: float = 0.0,
        asr_wait: float = 0.0,
        asr: float = 0.0,
    ) -> None:
        """One alert's latency and its split; the overhead is what the other parts leave."""
        self.alert_latency_seconds.observe(max(0.0, total))
        self.endpoint_wait_seconds.observe(max(0.0, endpoint_wait))
        self.asr_wait_seconds.observe(max(0.0, asr_wait))
        self.asr_seconds.observe(max(0.0, asr))
        self.overhead_seconds.observe(max(0.0, total - endpoint_wait - asr_wait - asr))

    def render(self) -> tuple[bytes, str]:
        """The exposition text and its content type."""
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
