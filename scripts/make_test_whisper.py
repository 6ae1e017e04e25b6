"""Build a Whisper-tiny-shaped CTranslate2 model with random weights, for offline tests.

    python scripts/make_test_whisper.py build/whisper-tiny-random
    python scripts/make_test_whisper.py build/whisper-small-random --shape small   # benchmarks

No Whisper weights can be downloaded here. This builds the real tiny architecture (d_model 384,
4+4 layers, 6 heads, ffn 1536, vocab 51865, 80 mels) with random weights, converts it with
ct2-transformers-converter (int8), and puts the real tokenizer, vocabulary and config of the
CTranslate2 tiny conversion (../shared/models/whisper-tiny-tokenizer/) beside model.bin. It loads
and runs through faster-whisper like the real model and costs what it costs per second of audio;
its words are nonsense. Needs the train extra (torch, transformers).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TOKENIZER_FILES = REPO.parent / "shared" / "models" / "whisper-tiny-tokenizer"


# d_model, layers (encoder and decoder each), attention heads: Whisper's published shapes.
SHAPES = {"tiny": (384, 4, 6), "base": (512, 6, 8), "small": (768, 12, 12)}


def build(out: Path, seed: int = 0, shape: str = "tiny") -> Path:
    """The model in `out` (built unless it is there). `shape` "small" gives the cost of the
    default --asr-model for benchmarks; its vocabulary is still tiny's multilingual one."""
    import torch
    from transformers import WhisperConfig, WhisperForConditionalGeneration

    if (out / "model.bin").exists():
        return out
    torch.manual_seed(seed)
    width, layers, heads = SHAPES[shape]
    config = WhisperConfig(
        vocab_size=51865, num_mel_bins=80, d_model=width, encoder_layers=layers,
        decoder_layers=layers, encoder_attention_heads=heads, decoder_attention_heads=heads,
        encoder_ffn_dim=4 * width, decoder_ffn_dim=4 * width, max_source_positions=1500,
        max_target_positions=448, decoder_start_token_id=50258, eos_token_id=50257,
        pad_token_id=50257, bos_token_id=50257,
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as work:
        WhisperForConditionalGeneration(config).save_pretrained(work)
        converter = shutil.which("ct2-transformers-converter") or "ct2-transformers-converter"
        subprocess.run(
            [
                converter,
                "--model",
                work,
                "--output_dir",
                str(out),
                "--quantization",
                "int8",
                "--force",
            ],
            check=True,
            capture_output=True,
        )
    # The converter writes a vocabulary of the random model; the real one must win.
    (out / "vocabulary.json").unlink(missing_ok=True)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copy(TOKENIZER_FILES / name, out / name)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, nargs="?", default=REPO / "build" / "whisper-tiny-random")
    parser.add_argument("--shape", choices=sorted(SHAPES), default="tiny")
    args = parser.parse_args()
    print(build(args.out, shape=args.shape), file=sys.stderr)


if __name__ == "__main__":
    main()
