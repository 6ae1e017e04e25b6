"""The shipped model: int8 ONNX classifier, tokenizer, labels and thresholds (see MODEL_CARD.md)."""
