"""Write mot_detect/models/MODEL_CARD.md: what the model is, what it was trained on, how well it does.

Called by export_onnx.py after it writes the model; also runnable alone:

    python scripts/model_card.py [build/student/report.json]   # re-measures the shipped model
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mot_detect import load_calls
from mot_detect.detect.fuse import ENGINES
from mot_detect.detect.model import LABELS_FILE, MODEL_FILE, ModelOptions
from mot_detect.evaluate import Evaluation, evaluate
from mot_detect.labels import UTTERANCE_LABELS
from mot_detect.pipeline import Detector, DetectorOptions
from mot_detect.train.network import kept_layers

SPLITS = {
    "test_calls.jsonl": "real calls and corpora (held-out insurance calls, bitext, banking77, multidogo, abcd), labelled by hand",
    "handwritten_test_calls.jsonl": "hand-written test utterances (a writer who never saw the training data), every label covered",
    "fresh_calls.jsonl": "fresh whole calls (40, ten domains, voice, chat, social, e-mail) with call-level gold",
    "insurance_labelled_calls.jsonl": "6 real insurance calls, every utterance labelled by hand",
    "dialogues_labelled_calls.jsonl": "real support dialogues (multidogo, Azure sample), every utterance labelled by hand",
}


def measure(models: Path, heldout: Path) -> dict[str, dict[str, Evaluation]]:
    detectors = {
        e: Detector(DetectorOptions(engine=e, model=ModelOptions(path=models))) for e in ENGINES
    }
    results = {}
    for name in SPLITS:
        path = heldout / name
        if path.exists():
            calls = load_calls(path)
            results[name] = {
                e: evaluate(d.score_call(c) for c in calls) for e, d in detectors.items()
            }
    return results


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def table(results: dict[str, Evaluation]) -> str:
    lines = [
        "| label | support | rules P / R / F1 | model P / R / F1 | both P / R / F1 |",
        "|---|---:|---|---|---|",
    ]
    first = results["rules"]
    for label in UTTERANCE_LABELS:
        cells = [
            f"{_f(results[e].labels[label].precision)} / {_f(results[e].labels[label].recall)} / **{_f(results[e].labels[label].f1)}**"
            for e in ENGINES
        ]
        lines.append(f"| `{label}` | {first.labels[label].support} | " + " | ".join(cells) + " |")
    lines.append(
        "| **macro-F1** (labels with support) | | "
        + " | ".join(f"**{results[e].macro_f1:.3f}**" for e in ENGINES)
        + " |"
    )
    micro = [results[e].micro for e in ENGINES]
    lines.append(
        "| micro P / R / F1 | "
        + str(first.micro.support)
        + " | "
        + " | ".join(f"{_f(m.precision)} / {_f(m.recall)} / {_f(m.f1)}" for m in micro)
        + " |"
    )
    lines.append(
        f"| false alarms on {first.ordinary} ordinary utterances | | "
        + " | ".join(str(results[e].false_alarms) for e in ENGINES)
        + " |"
    )
    if first.calls_with_gold_findings:
        for label in first.findings:
            cells = [
                f"{_f(results[e].findings[label].precision)} / "
                f"{_f(results[e].findings[label].recall)} / **{_f(results[e].findings[label].f1)}**"
                for e in ENGINES
            ]
            lines.append(
                f"| `{label}` (call level) | {first.findings[label].support} | "
                + " | ".join(cells)
                + " |"
            )
    return "\n".join(lines)


def reply_model_lines(models: Path) -> list[str]:
    path = models / "reply.json"
    if not path.is_file():
        return ["- **Reply model**: none; the rules decide whether a reply addresses a cue."]
    reply = json.loads(path.read_text(encoding="utf-8"))
    t = reply.get("training", {})
    return [
        "- **Reply model** (`reply.json`, `scripts/train_reply.py`): whether an agent reply addresses a "
        "pending cue, by logistic regression over what the rules see in the reply (echoed words, "
        "acknowledgement patterns, script labels, refusals, redirects, offers) and the element-wise product "
        f"of the two utterances' embeddings; fitted on {t.get('hand_judged_pairs', '?')} hand-judged "
        f"(cue, reply) pairs and {t.get('dev_call_pairs', '?')} pairs from {t.get('dev_calls', '?')} dev "
        'calls. It overrules the rules only where it is sure: it vetoes a rule\'s "addressed" under '
        f"{reply.get('veto')} and accepts a reply the rules missed from {reply.get('accept')} (above 1: "
        "never), levels chosen by cross-validation on the "
        f"{t.get('levels_chosen_on_dev_part_calls', '?')} dev-part calls: `missed_cue` F1 "
        f"{t.get('cross_validated_missed_cue_f1')} and `acknowledged_cue` "
        f"{t.get('cross_validated_acknowledged_cue_f1')}, against {t.get('rules_alone_missed_cue_f1')} "
        f"and {t.get('rules_alone_acknowledged_cue_f1')} for the rules alone. Times stay with the clock: "
        "a late offer is always unmet, and a refusal, a redirect or a script line is never made an answer.",
    ]


def write_model_card(
    models: Path, heldout: Path, meta: dict, size_mb: float, report_path: Path | None = None
) -> None:
    results = measure(models, heldout)
    report_path = report_path or REPO / "build" / "train" / "report.json"
    training = json.loads(report_path.read_text()) if report_path.exists() else {}
    stats_path = REPO / "data" / "train" / "stats.json"
    stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
    dev = meta["dev"]
    parts = [
        "# mot-detect utterance model",
        "",
        f"`{MODEL_FILE}` ({size_mb:.1f} MB): all-MiniLM-L6-v2 ({meta['base_model']}) fine-tuned as a multi-label "
        "classifier over the 16 utterance labels of the taxonomy"
        + (
            f", as a {meta['layers']}-layer student (layers "
            + ", ".join(str(i + 1) for i in kept_layers(6, meta["layers"]))
            + " of 6) trained on the labels and on the probabilities of the fine-tuned 6-layer model "
            "(`scripts/train.py --layers 3 --teacher build/train/model.pt`), twice as fast"
            if meta.get("layers", 6) < 6
            else ""
        )
        + ", exported to ONNX, BERT subgraphs fused by "
        "onnxruntime's transformer optimizer, weights quantised to int8 (dynamic quantisation). The runtime "
        "reads each utterance in a run of its own, so its outputs never depend on other utterances.",
        "",
        "- **Input**: "
        + meta["input_format"]
        + f"; at most {meta['max_length']} tokens (`tokenizer.json`).",
        "- **Outputs**: `probabilities` (16, sigmoid) and `embedding` (384, L2-normalised mean of the utterance "
        "segment's tokens). Training kept the embedding close to the original model's sentence embedding "
        "(cosine distillation), so the conversation layer and company-script matching can compare them.",
        f"- **Long utterances** (over {meta.get('window_words', 24)} words) are also read in sentence windows; "
        "each label takes the highest probability of the whole and its windows.",
        f"- **Thresholds** and **rule vetoes** per label, tuned on the dev split with the int8 model as it runs, "
        f"are in `{LABELS_FILE}` (vetoes: "
        + ", ".join(f"{k} {v}" for k, v in meta["rule_veto"].items())
        + "). `reverification` is left to the conversation layer (one utterance cannot show "
        "a detail was given before).",
        *reply_model_lines(models),
        "",
        "## Training data",
        "",
        f"{stats.get('examples', {}).get('train', '?')} training and {stats.get('examples', {}).get('dev', '?')} dev "
        "examples (`scripts/build_dataset.py`; sources in `data/train/SOURCES.md`):",
        "",
        "| source | examples |",
        "|---|---:|",
        *[f"| {k} | {v} |" for k, v in stats.get("by_source", {}).items()],
        "",
        "Positives per label: "
        + ", ".join(f"{k} {v}" for k, v in stats.get("positives_per_label", {}).items())
        + ".",
        "",
        f"Training (`scripts/train.py`, seed {training.get('args', {}).get('seed', '?')}): "
        f"{training.get('args', {}).get('epochs', '?')} epochs, {training.get('seconds', '?')} s on 2 CPU threads.",
        "",
        "## int8 against fp32 (dev split)",
        "",
        f"- macro-F1 as shipped (int8, sentence windows) {dev['macro_f1_shipped']}; whole utterances only: "
        f"int8 {dev['macro_f1_shipped_whole_utterances']} vs fp32 {dev['macro_f1_fp32_whole_utterances']}",
        f"- largest probability difference {dev['largest_probability_difference_shipped_vs_fp32']}; "
        f"{dev['decisions_changed_shipped_vs_fp32']} label decisions changed of {dev['examples'] * 16}",
        f"- embedding cosine int8 vs fp32 {dev['embedding_cosine_shipped_vs_fp32']}",
        "",
    ]
    for name, description in SPLITS.items():
        if name not in results:
            continue
        first = results[name]["rules"]
        parts += [
            f"## Held-out: {description}",
            "",
            f"`data/heldout/{name}`: {first.utterances} reviewed utterances in {first.calls} calls "
            f"({first.ordinary} ordinary). Never trained on. `mot-detect eval data/heldout/{name} "
            "--engine rules --engine model --engine both` prints this table.",
            "",
            table(results[name]),
            "",
        ]
    parts += [
        "## Limits",
        "",
        "- The real calls available are insurance *sales* calls and support-corpus requests: on them most cue "
        "labels have little or no support, so their held-out figures come mainly from the hand-written test set, "
        "written by a different writer from the training data but in the same way (an LLM-assisted writer), which "
        "flatters a model trained on similar text. Measure on your own reviewed calls with `mot-detect eval`.",
        "- Weak labels from the rules (corpora) carry the rules' misses into training as negatives.",
        "- English only; transcripts with PII tags such as [PERSON_NAME] are in the training data.",
        "",
    ]
    (models / "MODEL_CARD.md").write_text("\n".join(parts), encoding="utf-8")
    (models / "heldout_results.json").write_text(
        json.dumps(
            {n: {e: r.as_dict() for e, r in res.items()} for n, res in results.items()}, indent=2
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {models / 'MODEL_CARD.md'}")
    for name, res in results.items():
        print(name, {e: round(r.macro_f1, 3) for e, r in res.items()})


if __name__ == "__main__":
    models = REPO / "mot_detect" / "models"
    meta = json.loads((models / LABELS_FILE).read_text())
    report = Path(sys.argv[1]) if len(sys.argv) > 1 else None  # the training run's report.json
    write_model_card(
        models, REPO / "data" / "heldout", meta, (models / MODEL_FILE).stat().st_size / 1e6, report
    )
