#!/usr/bin/env python3
"""CLI golden tests: run the real mtlint binary and compare stdout, stderr and exit code.

Each case is a folder under --cases holding:
  cmd        the arguments after `mtlint`, shell-quoted, on one line; paths are relative to
             the repository root, where the command runs
  stdin      (optional) bytes fed to standard input
  exit       the expected exit code
  stdout     (optional) the expected standard output, byte for byte
  stderr     (optional) the expected standard error, byte for byte
  absent     (optional) paths, one per line, that must not exist after the run
MTLINT_UPDATE_GOLDENS=1 rewrites exit, stdout and stderr from the current binary.
"""
import argparse
import os
import pathlib
import shlex
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]


def run_case(mtlint, case, update):
    args = shlex.split((case / "cmd").read_text(encoding="utf-8"))
    tmp = tempfile.mkdtemp(prefix="mtlint-golden-")
    args = [a.replace("$TMP", tmp) for a in args]
    stdin = (case / "stdin").read_bytes() if (case / "stdin").exists() else b""
    env = dict(os.environ, NO_COLOR="1")
    done = subprocess.run([mtlint] + args, input=stdin, capture_output=True, cwd=ROOT,
                          env=env, timeout=300)
    if update:
        (case / "exit").write_text(f"{done.returncode}\n")
        (case / "stdout").write_bytes(done.stdout)
        if done.stderr or (case / "stderr").exists():
            (case / "stderr").write_bytes(done.stderr)
        return []
    problems = []
    expected_exit = int((case / "exit").read_text().strip())
    if done.returncode != expected_exit:
        problems.append(f"exit {done.returncode}, expected {expected_exit}")
    for stream, got in (("stdout", done.stdout), ("stderr", done.stderr)):
        path = case / stream
        if path.exists() and path.read_bytes() != got:
            problems.append(f"{stream} differs:\n--- expected\n{path.read_bytes().decode(errors='replace')}"
                            f"\n--- got\n{got.decode(errors='replace')}")
    if (case / "absent").exists():
        for line in (case / "absent").read_text().split():
            path = pathlib.Path(line.replace("$TMP", tmp))
            if path.exists():
                problems.append(f"{path} exists but must not")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mtlint", required=True)
    parser.add_argument("--cases", required=True)
    options = parser.parse_args()
    update = os.environ.get("MTLINT_UPDATE_GOLDENS") == "1"
    passed = failed = 0
    for case in sorted(pathlib.Path(options.cases).iterdir()):
        if not (case / "cmd").exists():
            continue
        problems = run_case(options.mtlint, case, update)
        if problems:
            failed += 1
            print(f"FAIL {case.name}: " + "\n".join(problems))
        else:
            passed += 1
            print(f"ok   {case.name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
