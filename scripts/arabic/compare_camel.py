#!/usr/bin/env python3
"""Compare ArabicNormalizer's documented rules with CAMeL Tools.

Reads normalizer_cases.json (test strings written for this project), runs CAMeL
Tools' dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar and
normalize_teh_marbuta_ar over each input, and writes
Tests/ActorGraphTests/Fixtures/arabic/normalizer_camel.json with, per case, the
input, CAMeL's output, our expected output and, where they differ, why.
The Swift test NormalizerCamelComparisonTests runs ArabicNormalizer over the same
inputs and checks our column; this script checks that every documented difference is
real and that every case marked as equal is equal.

Setup (the four functions need only these; the full camel-tools dependency list
pulls in torch and is not needed):
    python3 -m venv /tmp/camelenv
    /tmp/camelenv/bin/pip install --no-deps camel-tools==1.6.0
    /tmp/camelenv/bin/pip install six emoji
    /tmp/camelenv/bin/python scripts/arabic/compare_camel.py
Exits 1 when a case contradicts its 'difference' field.
"""

import json
import sys
from pathlib import Path

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CASES = HERE / "normalizer_cases.json"
OUTPUT = ROOT / "Tests" / "ActorGraphTests" / "Fixtures" / "arabic" / "normalizer_camel.json"


def camel(text: str) -> str:
    return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(text))))


def main() -> int:
    cases = json.loads(CASES.read_text(encoding="utf-8"))["cases"]
    rows = []
    failures = []
    for case in cases:
        theirs = camel(case["input"])
        ours = case["expected"]
        same = theirs == ours
        if case["difference"] is None and not same:
            failures.append(f"{case['id']}: marked equal, but CAMeL gives {theirs!r} and we expect {ours!r}")
        if case["difference"] is not None and same:
            failures.append(f"{case['id']}: marked as a difference, but CAMeL gives the same {theirs!r}")
        rows.append({
            "id": case["id"],
            "input": case["input"],
            "camel": theirs,
            "ours": ours,
            "difference": case["difference"],
        })
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(
        json.dumps({"generatedBy": "scripts/arabic/compare_camel.py", "camelFunctions": [
            "dediac_ar", "normalize_alef_ar", "normalize_alef_maksura_ar", "normalize_teh_marbuta_ar"],
            "cases": rows}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")
    same = sum(1 for row in rows if row["difference"] is None)
    print(f"{len(rows)} cases: {same} equal to CAMeL, {len(rows) - same} documented differences")
    for failure in failures:
        print("MISMATCH " + failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
