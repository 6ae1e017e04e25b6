"""Conversation-level detection: what has been given, which cues were answered, the call score."""
