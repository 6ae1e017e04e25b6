"""What `pip install .` ships: every subpackage, the pattern files and the model, built from the
source tree as it stands (a wheel missing the model would install fine and fail at the first call)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile

import pytest
from conftest import REPO

from mot_detect.detect.model import LABELS_FILE, MODEL_FILE, TOKENIZER_FILE

PACKAGE = REPO / "mot_detect"


def source_packages() -> set[str]:
    return {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in PACKAGE.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }


def test_every_subpackage_is_listed_in_pyproject() -> None:
    tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from 3.11")
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]
    assert set(setuptools["packages"]) == source_packages()
    # The model lives inside the package: a folder mapped from elsewhere is shadowed by the
    # source tree when the README's snippet runs from the repository root after `pip install .`.
    assert "package-dir" not in setuptools


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    # Build from a copy so that no build/ or egg-info lands in the working tree.
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    shutil.copytree(PACKAGE, source / "mot_detect", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"),
            *("-w", str(work / "dist"), str(source)),
        ],
        check=True,
        timeout=300,
    )
    (built,) = (work / "dist").glob("mot_detect-*.whl")
    return zipfile.ZipFile(built)


def test_wheel_holds_the_model_files(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for name in (MODEL_FILE, LABELS_FILE, TOKENIZER_FILE, "MODEL_CARD.md", "__init__.py"):
        assert f"mot_detect/models/{name}" in names
    shipped = wheel.getinfo(f"mot_detect/models/{MODEL_FILE}").file_size
    assert shipped == (PACKAGE / "models" / MODEL_FILE).stat().st_size


def test_wheel_holds_every_module_and_pattern_file(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    wanted = {
        path.relative_to(REPO).as_posix()
        for pattern in (
            "*.py",
            "patterns/*.jsonl",
            "patterns/*.json",
            "review/templates/*.html",
            "review/static/*",
            "store/migrations/*.mako",
        )
        for path in PACKAGE.rglob(pattern)
        if "__pycache__" not in path.parts
    }
    assert wanted - names == set()


def test_no_onnxruntime_scratch_file_in_the_repository() -> None:
    # scripts/export_onnx.py runs the optimizer and quantizer inside its scratch folder, where
    # onnxruntime's shape inference drops this file when it cannot infer every shape.
    assert not (REPO / "sym_shape_infer_temp.onnx").exists()
    assert "sym_shape_infer_temp.onnx*" in (REPO / ".gitignore").read_text().splitlines()
