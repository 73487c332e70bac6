"""Regenerate the committed Python protobuf package `autodebit.api` from protos/.

Run after editing any .proto file:  python scripts/gen_protos.py
CI runs it too and fails if the committed code differs (`--check`).

protoc names Python modules after the proto package (`autodebit.customer.v1`),
which would scatter generated code through the hand-written `autodebit` package;
the import lines are rewritten so everything generated lives under `autodebit.api`.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import sys
import tempfile
from pathlib import Path

from grpc_tools import protoc

ROOT = Path(__file__).resolve().parent.parent
PROTOS = ROOT / "protos"
TARGET = ROOT / "kernel" / "autodebit" / "api"
GRPC_TOOLS_INCLUDE = Path(protoc.__file__).parent / "_proto"

# Only import statements are rewritten: the serialized descriptors inside the
# modules must keep the real proto package names.
IMPORT_LINE = re.compile(r"^(from|import) autodebit\.(?!api\b)", re.MULTILINE)


def generate(out: Path) -> None:
    sources = sorted(str(p.relative_to(PROTOS)) for p in PROTOS.rglob("*.proto"))
    staging = out / "autodebit"
    out.mkdir(parents=True, exist_ok=True)
    args = [
        "protoc",
        f"-I{PROTOS}",
        f"-I{GRPC_TOOLS_INCLUDE}",
        f"--python_out={out}",
        f"--pyi_out={out}",
        f"--grpc_python_out={out}",
        *sources,
    ]
    if protoc.main(args) != 0:
        sys.exit("protoc failed")
    for path in staging.rglob("*.py*"):
        text = path.read_text()
        if path.name.endswith("_pb2_grpc.py") and "Stub" not in text:
            path.unlink()  # a proto file without a service
            continue
        path.write_text(IMPORT_LINE.sub(r"\1 autodebit.api.", text))
    for directory in [staging, *[p for p in staging.rglob("*") if p.is_dir()]]:
        (directory / "__init__.py").touch()
    (staging / "__init__.py").write_text(
        '"""Generated from protos/ by scripts/gen_protos.py. Do not edit."""\n'
    )


def same_tree(a: Path, b: Path) -> bool:
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    return files_a == files_b and all(filecmp.cmp(a / f, b / f, shallow=False) for f in files_a)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if kernel/autodebit/api is stale")
    check = parser.parse_args().check
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp))
        fresh = Path(tmp) / "autodebit"
        if check:
            if not TARGET.exists() or not same_tree(fresh, TARGET):
                sys.exit("kernel/autodebit/api is stale: run `python scripts/gen_protos.py` and commit")
            print("generated code is fresh")
            return
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(fresh, TARGET)
    print(f"generated {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
