#!/usr/bin/env python3
"""Writes the JSON Lines form of an ActorGraph dataset.

    python3 scripts/spark/jsonl_from_dataset.py DATASET.json OUT.jsonl
    python3 scripts/spark/jsonl_from_dataset.py seeds/backchannel.json /tmp/backchannel.jsonl

DATASET.json is a dataset as seeds/backchannel.json holds it
(Schema/actorgraph-dataset.schema.json). OUT.jsonl gets one compact JSON
object per line (UTF-8, no ASCII escaping, "\\n" line ends): first every actor,
then every interaction, each in dataset order, each with a "type" field first
("actor" or "interaction") followed by exactly the fields the record has in the
dataset, in the same order. The top-level "$schema" key, if any, is not carried
(it describes the JSON document, not a record). The output is what
scripts/spark/project.py reads, and ActorGraph reads it too (JSONLinesLoader);
`actorgraph convert DATASET.json OUT.jsonl` writes the same records with the
members in ActorGraph's own order instead of the file's. Dataset order (the
order of the lines) is what ActorGraph's projection orders nodes and
interactions by.

Memory: the dataset is read whole (json.load), as ActorGraph reads a .json
dataset; the lines are written as they are made. Exits 1 when the input is not
an object with "actors" and "interactions" arrays. Standard library only.
"""

from __future__ import annotations

import json
import sys


def records(dataset: dict):
    """Yields the JSON Lines records: actors, then interactions, each with "type" first."""
    for kind, key in (("actor", "actors"), ("interaction", "interactions")):
        for record in dataset[key]:
            if not isinstance(record, dict):
                raise ValueError(f"{key}: every element must be an object")
            if "type" in record:
                raise ValueError(f"{key}: record {record.get('id')!r} already has a \"type\" field")
            yield {"type": kind, **record}


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2 if len(argv) != 1 else 0
    source, target = argv
    with open(source, encoding="utf-8") as handle:
        dataset = json.load(handle)
    if not isinstance(dataset, dict) or not isinstance(dataset.get("actors"), list) or not isinstance(
        dataset.get("interactions"), list
    ):
        print(f"jsonl_from_dataset: {source}: expected an object with \"actors\" and \"interactions\" arrays", file=sys.stderr)
        return 1
    try:
        count = 0
        with open(target, "w", encoding="utf-8", newline="\n") as out:
            for record in records(dataset):
                out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
                out.write("\n")
                count += 1
    except ValueError as error:
        print(f"jsonl_from_dataset: {source}: {error}", file=sys.stderr)
        return 1
    print(
        f"{target}: {len(dataset['actors'])} actors, {len(dataset['interactions'])} interactions ({count} lines)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
