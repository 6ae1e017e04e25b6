"""Utterance-level detection: patterns (data files), deadlines, and later the learned model."""
