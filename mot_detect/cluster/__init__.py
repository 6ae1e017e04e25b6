"""Batch scoring and transcription as a Ray Data pipeline (`score --ray`, `transcribe --ray`).

Ray is an optional extra (`pip install 'mot-detect[ray]'`): nothing outside this package imports
it, and this package imports it only where a job runs (`require_ray`), so the local path works
without it. The modules:

- `inputs`: listing inputs (local files, folders and globs, as the local path lists them, or
  fsspec URLs such as s3://bucket/calls/*.json) and fetching a remote one, with its sidecar, to a
  local copy that the local readers read;
- `actors`: the callable classes run by `map_batches` in an actor pool; each builds the Detector
  (and the Transcriber) once, and scores with the same core as the local path (`score_inputs`,
  the same redaction), writing one shard per batch;
- `shards`: writing a shard whole or not at all, and reading back what earlier runs scored (the
  resume index);
- `job`: the dataset, resume, the actor pool, the store;
- `summary`: what a job did (scored, skipped, failed), and its exit code.
"""

from __future__ import annotations

from typing import Any

INSTALL_HINT = "Ray is not installed: install mot-detect[ray] (pip install 'mot-detect[ray]')"


class RayMissing(ImportError):
    """`--ray` was given and Ray (or Ray Data, pyarrow, fsspec) cannot be imported."""


def require_ray() -> Any:
    """The `ray` module with Ray Data, or RayMissing saying how to install it."""
    try:
        import fsspec  # noqa: F401
        import pyarrow  # noqa: F401
        import ray
        import ray.data
    except ImportError as exc:
        raise RayMissing(f"{INSTALL_HINT} ({exc})") from exc
    return ray
