"""A smoke run of benchmarks/bench_review.py: a tiny SQLite store, a few requests per case, the
results file holding every case (no timing is asserted), and the store reused on a second run."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
ARGS = ["--calls", "300", "--requests", "3", "--warmup", "1", "--backends", "sqlite"]
ARGS += ["--engine", "rules", "--score-calls", "3", "--score-rounds", "1"]


def bench_review() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_review", REPO / "benchmarks" / "bench_review.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_bench_review_smoke(tmp_path: Path) -> None:
    bench = bench_review()
    cache, out = tmp_path / "cache", tmp_path / "review.json"
    bench.main([*ARGS, "--cache-dir", str(cache), "--out", str(out)])
    results = json.loads(out.read_text())

    load = results["load"]["sqlite"]
    assert load["calls"] == 300 and load["cached"] is False
    assert load["utterances"] > 300 and load["reviewed_calls"] == 6
    cases = results["pages"]["sqlite"]["cases"]
    assert list(cases) == list(bench.CASES)
    for name, case in cases.items():
        assert case["errors"] == 0, name
        assert case["p50"] <= case["p95"] <= case["max"], name
        assert case["store_steps"] and all(step["sql"] for step in case["store_steps"]), name
    assert cases["list"]["matches"] == 300
    assert "after=" in cases["list_page_20"]["path"]
    assert 0 < cases["search_common"]["matches"] < 300
    assert cases["reviewed_yes"]["matches"] == 6
    assert cases["reviewed_no"]["matches"] == 294
    assert cases["call_page"]["matches"] is None
    slowest = results["pages"]["sqlite"]["slowest"]
    assert slowest["case"] in bench.CASES and all(p["plan"] for p in slowest["plans"])
    assert results["score"]["files"] == 3
    assert results["score"]["sqlite"]["stored_calls"] == 3
    assert set(results["score"]) >= {"none", "sqlite"}

    # the second run finds the store of 300 calls in the cache folder and does not make it again
    stored = sorted(p.name for p in cache.iterdir())
    assert stored == ["sqlite-300.db", "sqlite-300.json"]
    again = bench.main([*ARGS, "--cache-dir", str(cache), "--out", str(out)])
    assert again["load"]["sqlite"]["cached"] is True
    assert again["load"]["sqlite"]["generated"] == load["generated"]
