"""Fine-tune all-MiniLM-L6-v2 as a multi-label utterance classifier (previous turn as context).

    python scripts/build_dataset.py
    python scripts/train.py                    # ~15-25 min on 2 CPU cores; writes build/train/
    python scripts/export_onnx.py              # ONNX, int8, thresholds, model card -> mot_detect/models/

Reviewed calls (`mot-detect export reviews --store URL -o reviews.jsonl`) join with
`--reviews reviews.jsonl`: 80% of the reviewed calls train, 20% join the dev set, and the report
gives the reviews' dev figures apart (`reviews_dev`). A call's rows all fall on one side.

Seeded and single-process, so the same data gives the same model. Besides the label loss, the
pooled utterance embedding is kept close to the original model's sentence embedding of the
utterance (a cosine distillation term), so the embeddings the conversation layer and company
scripts compare stay meaningful after fine-tuning.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch.nn import functional as F

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mot_detect.detect.encoding import MAX_LENGTH, load_tokenizer, tokenize
from mot_detect.labels import UTTERANCE_LABELS
from mot_detect.train.data import (
    batch_arrays,
    bucketed_batches,
    model_input,
    read_examples,
    targets,
)
from mot_detect.train.metrics import macro_f1, per_label_report, tune_thresholds
from mot_detect.train.network import UtteranceClassifier, base_model_dir, kept_layers

logger = logging.getLogger("mot_detect.train")


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)


def tensors(arrays: dict[str, np.ndarray]) -> dict[str, torch.Tensor]:
    return {k: torch.from_numpy(v) for k, v in arrays.items()}


def review_split(
    paths: list[Path], parser: argparse.ArgumentParser
) -> tuple[list[dict], list[dict]]:
    """The rows of exported reviews, split by call into (training, dev): a hash of the call id in
    `source` ("review:<call_id>") sends 80% of the calls to training, the same on every run."""
    train_rows: list[dict] = []
    dev_rows: list[dict] = []
    for path in paths:
        try:
            rows = read_examples(path)
        except (OSError, ValueError) as exc:
            parser.error(f"--reviews {path}: {exc}")
        for number, row in enumerate(rows, 1):
            source = row.get("source")
            if not (isinstance(source, str) and source.startswith("review:")) or not set(
                row.get("labels", [None])
            ) <= set(UTTERANCE_LABELS):
                parser.error(
                    f"--reviews {path}: row {number}: expected a row of `mot-detect export "
                    "reviews` (source 'review:<call_id>', labels of the taxonomy)"
                )
            digest = hashlib.sha256(source.removeprefix("review:").encode("utf-8")).digest()
            (dev_rows if int.from_bytes(digest[:8], "big") % 100 < 20 else train_rows).append(row)
    return train_rows, dev_rows


@torch.no_grad()
def teacher_embeddings(texts: list[str], tokenizer: object, batch_size: int) -> torch.Tensor:
    """The original model's sentence embedding of each utterance alone (mean pooling, normalised)."""
    teacher = UtteranceClassifier(len(UTTERANCE_LABELS))
    teacher.eval()
    encodings = tokenizer.encode_batch(texts)  # type: ignore[attr-defined]
    out = torch.zeros((len(texts), teacher.encoder.config.hidden_size))
    order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
    for start in range(0, len(order), batch_size):
        idx = order[start : start + batch_size]
        _, embedding = teacher(**tensors(batch_arrays(encodings, idx)))
        out[idx] = embedding
    return out


@torch.no_grad()
def predict(model: UtteranceClassifier, encodings: list, batch_size: int) -> np.ndarray:
    model.eval()
    probabilities = np.zeros((len(encodings), len(UTTERANCE_LABELS)), dtype=np.float32)
    order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
    for start in range(0, len(order), batch_size):
        idx = order[start : start + batch_size]
        logits, _ = model(**tensors(batch_arrays(encodings, idx)))
        probabilities[idx] = torch.sigmoid(logits).numpy()
    return probabilities


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--train", type=Path, default=REPO / "data" / "train" / "train.jsonl")
    parser.add_argument("--dev", type=Path, default=REPO / "data" / "train" / "dev.jsonl")
    parser.add_argument("--out", type=Path, default=REPO / "build" / "train")
    parser.add_argument("--epochs", type=float, default=6)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--head-lr", type=float, default=2e-3)
    parser.add_argument(
        "--distill", type=float, default=1.0, help="weight of the embedding-preservation term"
    )
    parser.add_argument("--max-length", type=int, default=MAX_LENGTH)
    parser.add_argument(
        "--limit", type=int, default=0, help="use only this many training examples (smoke tests)"
    )
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--layers", type=int, default=None, help="keep this many encoder layers (a student)"
    )
    parser.add_argument(
        "--teacher",
        type=Path,
        default=None,
        help="a trained full model (model.pt) whose probabilities the student learns too",
    )
    parser.add_argument(
        "--soft", type=float, default=0.5, help="weight of the teacher's probabilities"
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--reviews",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="reviewed utterances from `mot-detect export reviews` (repeatable): 80%% of the "
        "calls train, 20%% are dev, reported apart",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    torch.set_num_threads(args.threads)
    seed_everything(args.seed)
    started = time.perf_counter()

    train_rows = read_examples(args.train)
    dev_rows = read_examples(args.dev)
    if args.limit:
        train_rows, dev_rows = train_rows[: args.limit], dev_rows[: max(16, args.limit // 4)]
    review_train, review_dev = review_split(args.reviews, parser)
    train_rows, dev_rows = train_rows + review_train, dev_rows + review_dev
    reviews_from = len(dev_rows) - len(review_dev)  # the reviews' dev rows come last
    tokenizer = load_tokenizer(base_model_dir() / "tokenizer.json", args.max_length)
    train_enc = tokenize(tokenizer, [model_input(r) for r in train_rows])
    dev_enc = tokenize(tokenizer, [model_input(r) for r in dev_rows])
    y_train = torch.from_numpy(targets(train_rows))
    y_dev = targets(dev_rows)
    logger.info(
        "%d training, %d dev examples (of which from reviews: %d training, %d dev)",
        len(train_rows),
        len(dev_rows),
        len(review_train),
        len(review_dev),
    )

    teacher = teacher_embeddings([r["text"] for r in train_rows], tokenizer, 64)
    logger.info("teacher embeddings ready (%.0fs)", time.perf_counter() - started)

    if args.layers is not None and not 1 <= args.layers <= 6:
        parser.error(
            f"--layers: expected 1 to 6 (all-MiniLM-L6-v2 has 6 layers), got {args.layers}"
        )
    soft_targets = None
    teacher_state = torch.load(args.teacher, map_location="cpu") if args.teacher else None
    if teacher_state is not None:
        full = UtteranceClassifier(len(UTTERANCE_LABELS))
        full.load_state_dict(teacher_state)
        soft_targets = torch.from_numpy(predict(full, train_enc, 64))
        del full
        logger.info("teacher probabilities ready (%.0fs)", time.perf_counter() - started)
    model = UtteranceClassifier(len(UTTERANCE_LABELS), layers=args.layers)
    if teacher_state is not None:
        # Start the student from the teacher's own weights (its kept layers, embeddings, head).
        keep = kept_layers(6, args.layers or 6)
        renamed = {}
        for key, value in teacher_state.items():
            if ".encoder.layer." in key:
                number = int(key.split(".encoder.layer.")[1].split(".")[0])
                if number not in keep:
                    continue
                key = key.replace(
                    f".encoder.layer.{number}.", f".encoder.layer.{keep.index(number)}."
                )
            renamed[key] = value
        model.load_state_dict(renamed)
    positives = y_train.sum(dim=0)
    pos_weight = ((len(train_rows) - positives) / positives.clamp(min=1)).clamp(min=1.0, max=15.0)
    optimizer = torch.optim.AdamW(
        [
            {"params": model.encoder.parameters(), "lr": args.lr},
            {"params": model.head.parameters(), "lr": args.head_lr},
        ],
        weight_decay=0.01,
    )
    steps_per_epoch = math.ceil(len(train_rows) / args.batch_size)
    total_steps = max(1, int(steps_per_epoch * args.epochs))
    warmup = max(1, total_steps // 10)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda step: (
            min(1.0, (step + 1) / warmup)
            * max(0.0, (total_steps - step) / max(1, total_steps - warmup))
        ),
    )
    rng = random.Random(args.seed)
    step = 0
    history = []
    while step < total_steps:
        model.train()
        for idx in bucketed_batches(train_enc, args.batch_size, rng):
            if step >= total_steps:
                break
            logits, embedding = model(**tensors(batch_arrays(train_enc, idx)))
            label_loss = F.binary_cross_entropy_with_logits(
                logits, y_train[idx], pos_weight=pos_weight
            )
            if soft_targets is not None:
                label_loss = (1 - args.soft) * label_loss + args.soft * (
                    F.binary_cross_entropy_with_logits(logits, soft_targets[idx])
                )
            keep_loss = (1 - (embedding * teacher[idx]).sum(dim=-1)).mean()
            loss = label_loss + args.distill * keep_loss
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            if step % 25 == 0 or step == total_steps:
                logger.info(
                    "step %d/%d  label loss %.4f  embedding loss %.4f  (%.0fs)",
                    step,
                    total_steps,
                    label_loss.item(),
                    keep_loss.item(),
                    time.perf_counter() - started,
                )
        probabilities = predict(model, dev_enc, 64)
        f1, _ = macro_f1(probabilities >= 0.5, y_dev)
        history.append({"step": step, "dev_macro_f1_at_0.5": round(f1, 4)})
        logger.info("dev macro-F1 at 0.5: %.4f", f1)

    # `probabilities` are the dev outputs after the last step (the loop always ends with them).
    thresholds = tune_thresholds(probabilities, y_dev, UTTERANCE_LABELS)
    predicted = probabilities >= np.array([thresholds[label] for label in UTTERANCE_LABELS])
    f1, per_label = macro_f1(predicted, y_dev)
    args.out.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), args.out / "model.pt")
    report = {
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        "examples": {
            "train": len(train_rows),
            "dev": len(dev_rows),
            "reviews_train": len(review_train),
            "reviews_dev": len(review_dev),
        },
        "seconds": round(time.perf_counter() - started, 1),
        "history": history,
        "dev_thresholds": thresholds,
        "dev_macro_f1_tuned": round(f1, 4),
        "dev_per_label": per_label_report(per_label, UTTERANCE_LABELS),
    }
    if review_dev:
        # The reviewed calls held out, apart (at the thresholds tuned on the whole dev set), and
        # the dev set without them, comparable with runs that had no reviews.
        reviews_f1, reviews_per_label = macro_f1(predicted[reviews_from:], y_dev[reviews_from:])
        base_f1, _ = macro_f1(predicted[:reviews_from], y_dev[:reviews_from])
        report["reviews_dev"] = {
            "examples": len(review_dev),
            "macro_f1_tuned": round(reviews_f1, 4),
            "per_label": per_label_report(reviews_per_label, UTTERANCE_LABELS),
        }
        report["dev_without_reviews_macro_f1_tuned"] = round(base_f1, 4)
        logger.info(
            "reviews' dev macro-F1 %.4f (%d rows); dev without them %.4f",
            reviews_f1,
            len(review_dev),
            base_f1,
        )
    (args.out / "report.json").write_text(
        json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8"
    )
    logger.info(
        "done in %.0fs; dev macro-F1 (tuned thresholds) %.4f -> %s", report["seconds"], f1, args.out
    )


if __name__ == "__main__":
    main()
