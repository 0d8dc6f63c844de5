#!/usr/bin/env python3
"""README.md's "Library usage" against Examples/Client, which scripts/test.sh builds and runs.

- The Swift snippet (the block that starts with `import ActorGraph`) must equal
  Examples/Client/Sources/Client/main.swift character for character.
- Every `.package(` and `.product(` line of the README's Package.swift block must be
  in Examples/Client/Package.swift, comments and surrounding space aside, with any
  `path: "…"` compared as a path (the client depends on "../..", a user on
  "../ActorGraph").

Exits 0 when both hold, 1 with the differences otherwise.
Run from anywhere: python3 scripts/check_readme_client.py
"""

import difflib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
CLIENT = ROOT / "Examples" / "Client"
MAIN = CLIENT / "Sources" / "Client" / "main.swift"
MANIFEST = CLIENT / "Package.swift"


def library_usage_blocks():
    text = README.read_text(encoding="utf-8")
    match = re.search(r"^## Library usage\n(.*?)(?=^## )", text, re.S | re.M)
    if not match:
        sys.exit("check_readme_client: README.md has no '## Library usage' section")
    return re.findall(r"^```swift\n(.*?)^```", match.group(1), re.S | re.M)


def dependency_lines(text):
    lines = set()
    for line in text.splitlines():
        line = re.sub(r"//.*", "", line).strip()
        if re.match(r"\.(package|product)\(", line):
            lines.add(re.sub(r'path: "[^"]*"', 'path: PATH', line))
    return lines


def main():
    blocks = library_usage_blocks()
    problems = []

    snippets = [b for b in blocks if b.startswith("import ActorGraph\n")]
    main_swift = MAIN.read_text(encoding="utf-8")
    if len(snippets) != 1:
        problems.append(f"expected one snippet starting with `import ActorGraph`, found {len(snippets)}")
    elif snippets[0] != main_swift:
        problems.append(f"the README's snippet differs from {MAIN.relative_to(ROOT)}:")
        problems.extend(line.rstrip("\n") for line in difflib.unified_diff(
            snippets[0].splitlines(keepends=True), main_swift.splitlines(keepends=True),
            fromfile="README.md snippet", tofile=str(MAIN.relative_to(ROOT))))

    manifests = [b for b in blocks if b.startswith("// Package.swift")]
    if len(manifests) != 1:
        problems.append(f"expected one block starting with `// Package.swift`, found {len(manifests)}")
        readme_lines = set()
    else:
        readme_lines = dependency_lines(manifests[0])
        client_lines = dependency_lines(MANIFEST.read_text(encoding="utf-8"))
        if not readme_lines:
            problems.append("the README's Package.swift block has no .package( or .product( line")
        for line in sorted(readme_lines - client_lines):
            problems.append(f"README line not in {MANIFEST.relative_to(ROOT)}: {line}")

    if problems:
        print("README library usage and Examples/Client disagree:")
        for problem in problems:
            print("  " + problem)
        return 1
    print(f"README library usage: snippet = {MAIN.relative_to(ROOT)} "
          f"({len(main_swift.splitlines())} lines); {len(readme_lines)} Package.swift lines "
          f"in {MANIFEST.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
