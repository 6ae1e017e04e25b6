"""What every handler of the live server shares: `app.state.live`."""

from __future__ import annotations

from dataclasses import dataclass

from mot_detect.audio.asr import Transcriber
from mot_detect.pipeline import Detector
from mot_detect.store.database import Store
from mot_detect.stream.config import ServeConfig
from mot_detect.stream.events import EventBus
from mot_detect.stream.live import LiveCalls
from mot_detect.stream.metrics import Metrics
from mot_detect.stream.webhooks import WebhookSender


@dataclass
class ServerState:
    config: ServeConfig
    calls: LiveCalls
    events: EventBus
    metrics: Metrics


def build_state(
    config: ServeConfig, detector: Detector, transcriber: Transcriber, store: Store | None = None
) -> ServerState:
    """The shared state of a server: one detector, one Whisper model, one event bus, and the
    call store finished calls are saved in (`serve --store`)."""
    metrics = Metrics()
    webhooks = WebhookSender(config.webhooks, metrics) if config.webhooks else None
    events = EventBus(metrics, webhooks, config.subscriber_queue)
    calls = LiveCalls(config, detector, transcriber, events, metrics, store)
    return ServerState(config, calls, events, metrics)
