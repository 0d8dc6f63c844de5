#!/usr/bin/env python3
"""ActorGraph's FollowTheMoney export checked by the real model (followthemoney 4.11).

For the seed dataset and the edge-case dataset
(Tests/ActorGraphTests/Fixtures/ftm/edge-cases.json: ids with `_`, `.`, spaces, a
final `-`, Arabic; a country initiator; an end date; a topic beginning with `ag:`;
former affiliations with dates; notes on two lines), with the built `actorgraph`:

1. `actorgraph convert DATASET out.ftm.json` writes FtM entities. Every entity is
   checked here, one by one: its schema exists and is not abstract; it parses as
   a proxy of its schema (`model.get_proxy`) that keeps every property and value
   (followthemoney drops unknown properties silently, so the parsed entity is
   compared with the line); every property exists in the schema; every value is
   valid for its type and unchanged by the type's cleaning (`prop.type.clean`);
   every reference points to an entity of the file whose schema is the
   property's range; the id is a valid FtM id; no two lines share an id; no entity
   stands for a country (countries travel as codes).
2. `ftm validate`, `ftm export-cypher` and `ftm export-gexf` run on the file and
   succeed; the Cypher script and the GEXF file are not empty, and the GEXF
   parses with networkx (`read_gexf`) with a node for every Person.
3. The round trip: `actorgraph convert out.ftm.json back.json --countries DATASET`
   gives the dataset back whole (equal JSON); without `--countries` every
   person, institution, affiliation and interaction comes back, country actors
   with the lower-case code as id and FtM's English name.
4. The model tables in Sources/ActorGraph/FollowTheMoney/FtMModel+Generated.swift
   equal the installed followthemoney (scripts/interop/ftm_model.py --check).

Run with the venv scripts/ensure-ftm.sh makes (it prints its python):
  "$(bash scripts/ensure-ftm.sh)" scripts/interop/check_ftm.py --binary .build/debug/actorgraph
Exits 0 when everything passes, 1 otherwise.
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

import networkx
from followthemoney import model, __version__
from followthemoney.exc import InvalidData
from followthemoney.types import registry

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATASETS = [ROOT / "seeds/backchannel.json", ROOT / "Tests/ActorGraphTests/Fixtures/ftm/edge-cases.json"]
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


def run(command, **options):
    result = subprocess.run(command, capture_output=True, text=True, **options)
    if result.returncode != 0:
        fail("%s exited %d: %s" % (" ".join(map(str, command)), result.returncode, result.stderr.strip()[-2000:]))
    return result


def check_entities(path, dataset):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    entities = [json.loads(line) for line in lines]
    by_id = {}
    for entity in entities:
        if entity["id"] in by_id:
            fail("%s: id %s on two lines" % (path.name, entity["id"]))
        by_id[entity["id"]] = entity
    country_names = {a["name"] for a in dataset["actors"] if a["kind"] == "country"}
    checked_values = 0
    for entity in entities:
        where = "%s: %s (%s)" % (path.name, entity["id"], entity.get("schema"))
        schema = model.get(entity.get("schema", ""))
        if schema is None or schema.abstract:
            fail(where + ": no concrete schema")
            continue
        if not registry.entity.validate(entity["id"]) or len(entity["id"]) > 200:
            fail(where + ": not a valid FtM id")
        try:
            proxy = model.get_proxy(entity, cleaned=False)
        except InvalidData as error:
            fail(where + ": does not parse as a proxy: %s" % error)
            continue
        if proxy.to_dict()["properties"] != entity["properties"]:
            fail(where + ": the proxy lost or changed values: %s" % proxy.to_dict()["properties"])
        for name, values in entity["properties"].items():
            prop = schema.get(name)
            if prop is None:
                fail(where + ": no property %s in %s" % (name, schema.name))
                continue
            for value in values:
                checked_values += 1
                cleaned = prop.type.clean(value, proxy=None)
                if cleaned != value:
                    fail(where + ": %s value %r is cleaned to %r" % (name, value, cleaned))
                if prop.type == registry.entity:
                    target = by_id.get(value)
                    if target is None:
                        fail(where + ": %s points to %s, which is not in the file" % (name, value))
                    elif not model.get(target["schema"]).is_a(prop.range):
                        fail(where + ": %s points to a %s, expected a %s" % (name, target["schema"], prop.range.name))
        if schema.is_a("LegalEntity") and set(entity["properties"].get("name", [])) & country_names and schema.name != "Person":
            fail(where + ": a country written as an entity")
    return entities, checked_values


def check_ftm_tools(path, work, entities):
    validated = work / "validated.ftm.json"
    run(["ftm", "validate", "-i", str(path), "-o", str(validated)], cwd=work, env=tool_env())
    if validated.exists():
        count = sum(1 for line in validated.read_text(encoding="utf-8").splitlines() if line.strip())
        if count != len(entities):
            fail("ftm validate kept %d of %d entities" % (count, len(entities)))
    cypher = work / "out.cypher"
    run(["ftm", "export-cypher", "-i", str(path), "-o", str(cypher)], cwd=work, env=tool_env())
    if not cypher.exists() or "MERGE" not in cypher.read_text(encoding="utf-8"):
        fail("ftm export-cypher wrote no MERGE statement")
    gexf = work / "out.gexf"
    run(["ftm", "export-gexf", "-i", str(path), "-o", str(gexf)], cwd=work, env=tool_env())
    persons = sum(1 for e in entities if e["schema"] == "Person")
    try:
        graph = networkx.read_gexf(gexf)
        if graph.number_of_nodes() < persons:
            fail("ftm export-gexf: %d nodes for %d persons" % (graph.number_of_nodes(), persons))
        return graph.number_of_nodes(), graph.number_of_edges()
    except Exception as error:  # noqa: BLE001 - any failure to read is a failure of the check
        fail("ftm export-gexf wrote a file networkx cannot read: %s" % error)
        return 0, 0


def tool_env():
    import os

    env = dict(os.environ)
    env["PATH"] = str(pathlib.Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def check_round_trip(binary, dataset_path, path, work, dataset):
    back = work / "back.json"
    run([binary, "convert", str(path), str(back), "--countries", str(dataset_path)])
    if back.exists() and json.loads(back.read_text(encoding="utf-8")) != dataset:
        fail("%s: the round trip with --countries differs from the dataset" % dataset_path.name)
    plain = work / "plain.json"
    run([binary, "convert", str(path), str(plain)])
    if not plain.exists():
        return
    got = json.loads(plain.read_text(encoding="utf-8"))
    codes = {a["id"]: a["country"].lower() for a in dataset["actors"] if a["kind"] == "country"}
    names = model.get_type("country").names if hasattr(model, "get_type") else registry.country.names

    def renamed(identifier):
        return codes.get(identifier, identifier)

    expected_actors = []
    for actor in dataset["actors"]:
        actor = json.loads(json.dumps(actor))
        if actor["kind"] == "country":
            actor = {"id": codes[actor["id"]], "kind": "country", "name": str(registry.country.names[codes[actor["id"]]]),
                     "aliases": [], "country": actor["country"]}
        if "parent" in actor:
            actor["parent"] = renamed(actor["parent"])
        expected_actors.append(actor)
    expected_interactions = []
    for interaction in dataset["interactions"]:
        interaction = json.loads(json.dumps(interaction))
        people = [p for p in interaction["participants"] if p not in codes]
        countries = [renamed(p) for p in interaction["participants"] if p in codes]
        interaction["participants"] = people + countries
        if "initiator" in interaction:
            interaction["initiator"] = renamed(interaction["initiator"])
        expected_interactions.append(interaction)
    key = lambda actor: actor["id"]  # noqa: E731
    if sorted(got["actors"], key=key) != sorted(expected_actors, key=key):
        fail("%s: the round trip without --countries differs beyond the country actors" % dataset_path.name)
    if got["interactions"] != expected_interactions:
        fail("%s: the round trip without --countries changed interactions" % dataset_path.name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="the actorgraph executable")
    args = parser.parse_args()
    binary = str(pathlib.Path(args.binary).resolve())
    result = subprocess.run([sys.executable, str(ROOT / "scripts/interop/ftm_model.py"), "--check"], capture_output=True, text=True)
    if result.returncode != 0:
        fail(result.stderr.strip())
    summary = []
    for dataset_path in DATASETS:
        dataset = json.loads(dataset_path.read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as folder:
            work = pathlib.Path(folder)
            path = work / (dataset_path.stem + ".ftm.json")
            run([binary, "convert", str(dataset_path), str(path)])
            if not path.exists():
                continue
            entities, values = check_entities(path, dataset)
            nodes, edges = check_ftm_tools(path, work, entities)
            check_round_trip(binary, dataset_path, path, work, dataset)
            summary.append("%s: %d entities, %d values valid; export-gexf %d nodes, %d edges"
                           % (dataset_path.name, len(entities), values, nodes, edges))
    for line in summary:
        print("ftm: " + line)
    if failures:
        print("ftm check: %d failures (followthemoney %s)" % (len(failures), __version__), file=sys.stderr)
        return 1
    print("ftm check: every entity valid, ftm validate/export-cypher/export-gexf ran, round trips whole (followthemoney %s)" % __version__)
    return 0


if __name__ == "__main__":
    sys.exit(main())
