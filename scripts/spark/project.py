#!/usr/bin/env python3
"""ActorGraph's projection (interactions -> actor-to-actor ties) on Apache Spark.

    python3 scripts/spark/project.py INPUT OUTPUT_DIR [options]
    python3 scripts/spark/project.py /tmp/backchannel.jsonl /tmp/out                 # local[2]
    python3 scripts/spark/project.py data.jsonl out --from 2022 --to 2023-06 --weighting multi-party
    python3 scripts/spark/project.py data.jsonl out --windows 2021,2022,2023-01..2023-06
    python3 scripts/spark/project.py data.jsonl out --window 1y --step 6m --format both
    spark-submit --master yarn scripts/spark/project.py hdfs:///ds/events.jsonl hdfs:///ds/ties

Does what `actorgraph convert DATASET out.csv` does to a dataset (the same ties,
weights, tie attributes, node table; every actor a node), plus the selection
options of `actorgraph scores`/`render` (--from/--to/--certain, --kinds, --tracks,
--statuses, --disclosures, --actor-kinds, --weighting, --directed,
--large-meetings, --large-meeting-limit) and the windows of `actorgraph
timeline` (--windows LIST, --window LENGTH [--step LENGTH] [--expanding]), with
PySpark's DataFrame API only: no RDD code, nothing of the interactions is
collected to the driver (only, for rolling windows, the first and last dated
day, and, for the warning ActorGraph prints, the number of interactions over
the size limit and the first one's id, observed while the ties are made).
The exact projection rules, with the Swift they transcribe, are listed in
`run`'s helpers below: `selected`, `members`, `pairs`, `ties`.

INPUT
  * JSON Lines (the default; a file, a directory or a glob of them): one object
    a line, `"type": "actor"` or `"type": "interaction"`, and otherwise exactly
    the fields of an actor or an interaction of ActorGraph's dataset JSON
    (Schema/actorgraph-dataset.schema.json); scripts/spark/jsonl_from_dataset.py
    writes it from a dataset. A line without "type" is an interaction when it has
    "participants", else an actor; other types are ignored. Malformed JSON fails
    the run (FAILFAST). Fields the projection does not use are ignored.
  * Parquet (--input-format parquet, or INPUT ending in .parquet): either one
    table of such records with a `type` column, or a table of interactions only
    (the interaction fields as columns: id, kind, participants array, initiator,
    date, endDate, track, status, disclosure). The actors of an interactions-only
    table are read from --actors PATH (Parquet or JSON Lines) or, without it,
    from the sibling whose name is INPUT's with "interactions" replaced by
    "actors" (ds/interactions.parquet -> ds/actors.parquet) when it exists.
    Without actors, every participant id is a vertex (name, kind, country and
    aliases empty) and vertices are ordered by id, so ties are oriented by id.
  Dataset order (which ActorGraph's projection depends on: node order, so tie
  orientation and row order, and the order of each tie's interactions and of
  its multi-party weight sum) is the order of the files by path, then of the
  records within each file. The input is taken to be valid (`actorgraph
  validate`): unique ids, known participants, initiators among the participants.

OUTPUT_DIR (the GraphFrames layout; created when missing, files replaced)
  vertices.csv  id,name,kind,country,aliases            (= convert's out-nodes.csv)
  edges.csv     src,dst,weight,kinds,tracks,statuses,firstDate,lastDate,interactions,count
                (= convert's out.csv with source,target renamed src,dst)
  Each is ONE file with a header, written as ActorGraph writes CSV: RFC 4180
  quoting, CR LF line ends, weights spelled as Swift spells a Double (`1.0`,
  `0.5`, `0.3333333333333333`: the shortest text that reads back to the same
  double, which is Python's repr), lists joined with "," (aliases " | ") with
  ActorGraph's backslash escaping, rows ordered as convert orders them (vertices
  in dataset order; ties by source, then target, in dataset order of actors).
  With --format parquet|both: vertices.parquet/ and edges.parquet/ directories
  (weight a double, count a long, kinds/tracks/statuses/interactions/aliases
  arrays of strings, dates ISO strings).
  With windows: one folder per window, OUTPUT_DIR/NAME/ (NAME is YYYY, YYYY-MM,
  YYYY-MM-DD or FROM..TO), each with vertices.csv and edges.csv (every actor a
  vertex in every window, as `timeline --include-isolates`); Parquet is written
  once, partitioned by a `window` column (OUTPUT_DIR/edges.parquet/window=NAME/).

OPTIONS
  --from DATE --to DATE      keep interactions whose date span (date ... endDate,
                             "2023" is all of 2023) overlaps the days from the
                             first day of FROM to the last day of TO; undated
                             interactions are left out once either is given
  --certain                  keep only interactions whose span lies inside them
  --windows LIST             YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO, comma-separated
  --window LENGTH            rolling windows (1y, 6m, 2w, 90d) from the first
                             dated interaction to the last; --step LENGTH
                             (default LENGTH); --expanding grows them instead
  --weighting count|multi-party|binary   (default count): 1 per interaction,
                             1/(k-1) for k participants, or 1 per tie
  --directed                 from each interaction's initiator to each other
                             participant; the others (all when there is no
                             initiator) tied both ways
  --kinds, --tracks, --statuses, --disclosures, --actor-kinds LIST   filters
  --large-meetings star|clique|omit, --large-meeting-limit N (200)
  --format csv|parquet|both  (default csv)
  --master URL               default local[2] (left to spark-submit under it)
  --driver-memory SIZE       default 2g (local mode, when this script starts the JVM)
  --shuffle-partitions N     default 16 in local mode (Spark's own elsewhere)
  --no-broadcast-actors      join actors by shuffle instead of broadcasting them

Progress lines go to standard error. Exit 0 on success, 1 on bad input, 2 on
usage errors. Needs pyspark (scripts/ensure-pyspark.sh) and Java 17+.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import time
import uuid

KNOWN_KINDS = ["meeting", "call", "visit", "talks", "summit", "briefing", "message"]
TRACKS = ["official", "track1.5", "track2"]
STATUSES = ["confirmed", "reported", "denied", "planned"]
DISCLOSURES = ["secret", "unannounced", "public"]
ACTOR_KINDS = ["person", "institution", "country"]
WINDOW_LIMIT = 10_000

EDGE_COLUMNS = ["src", "dst", "weight", "kinds", "tracks", "statuses", "firstDate", "lastDate", "interactions", "count"]
VERTEX_COLUMNS = ["id", "name", "kind", "country", "aliases"]

_START = time.monotonic()


def progress(message: str) -> None:
    print(f"project.py [{time.monotonic() - _START:7.1f} s] {message}", file=sys.stderr, flush=True)


class UsageError(Exception):
    pass


class InputError(Exception):
    pass


# ---------------------------------------------------------------------------
# Dates (PartialDate, Sources/ActorGraph/Model/PartialDate.swift) on the driver.


def days_in(month: int, year: int) -> int:
    if month == 2:
        return 29 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 28
    return 30 if month in (4, 6, 9, 11) else 31


class PartialDate:
    """YYYY, YYYY-MM or YYYY-MM-DD, parsed as PartialDate(iso:) does."""

    def __init__(self, year: int, month: int | None = None, day: int | None = None):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def parse(cls, text: str) -> "PartialDate | None":
        parts = text.split("-")
        if not 1 <= len(parts) <= 3 or len(parts[0]) != 4 or any(len(p) != 2 for p in parts[1:]):
            return None
        if not all(p and all("0" <= c <= "9" for c in p) for p in parts):
            return None
        numbers = [int(p) for p in parts]
        year = numbers[0]
        month = numbers[1] if len(numbers) > 1 else None
        day = numbers[2] if len(numbers) > 2 else None
        if not 1 <= year <= 9999:
            return None
        if month is not None and not 1 <= month <= 12:
            return None
        if day is not None and not 1 <= day <= days_in(month, year):
            return None
        return cls(year, month, day)

    @classmethod
    def of_day_number(cls, number: int) -> "PartialDate":
        """PartialDate(dayNumber:): 0001-01-01 is day 1 (Python's ordinal), clamped to years 1-9999."""
        day = dt.date.fromordinal(min(max(number, 1), dt.date.max.toordinal()))
        return cls(day.year, day.month, day.day)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def first_day_number(self) -> int:
        return dt.date(self.year, self.month or 1, self.day or 1).toordinal()

    def last_day_number(self) -> int:
        month = self.month or 12
        return dt.date(self.year, month, self.day or days_in(month, self.year)).toordinal()


def day_key(number: int) -> int:
    """The yyyymmdd integer of a day number, the key the Spark side compares days by."""
    day = dt.date.fromordinal(number)
    return day.year * 10_000 + day.month * 100 + day.day


class Window:
    """TimeWindow: the first day of `start` through the last day of `end`."""

    def __init__(self, start: PartialDate, end: PartialDate):
        self.start, self.end = start, end

    @property
    def name(self) -> str:
        return str(self.start) if str(self.start) == str(self.end) else f"{self.start}..{self.end}"

    @property
    def first(self) -> int:
        return self.start.first_day_number()

    @property
    def last(self) -> int:
        return self.end.last_day_number()


class Length:
    """WindowLength (Sources/ActorGraph/Time/WindowLength.swift): 90d, 2w, 6m, 1y."""

    def __init__(self, text: str):
        match = re.fullmatch(r"([0-9]{1,6})([dDwWmMyY])", text)
        if not match or not 1 <= int(match.group(1)) <= 100_000:
            raise argparse.ArgumentTypeError(
                f'"{text}" is not a window length (a whole number and d, w, m or y: 90d, 2w, 6m, 1y)')
        self.count = int(match.group(1))
        self.unit = match.group(2).lower()

    @property
    def months(self) -> int | None:
        return {"m": self.count, "y": 12 * self.count}.get(self.unit)

    @property
    def days(self) -> int | None:
        return {"d": self.count, "w": 7 * self.count}.get(self.unit)

    def advance(self, day: int, times: int) -> int:
        if self.days is not None:
            return day + self.days * times
        return add_months(self.months * times, day)


def add_months(months: int, day: int) -> int:
    date = PartialDate.of_day_number(day)
    index = date.year * 12 + date.month - 1 + months
    if index // 12 > 9999:
        return dt.date(9999, 12, 31).toordinal() + 1
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, min(date.day, days_in(month, year))).toordinal()


def plan_windows(length: Length, step: Length, expanding: bool, first: int, last: int) -> list[Window]:
    """WindowPlan.windows(first:last:limit:) (Sources/ActorGraph/Time/WindowPlan.swift)."""
    result: list[Window] = []
    limit = WINDOW_LIMIT + 1

    def days(start: int, end: int) -> Window:
        return Window(PartialDate.of_day_number(start), PartialDate.of_day_number(end))

    k = 0
    if not expanding:
        while len(result) < limit:
            start = step.advance(first, k)
            if start > last:
                break
            if length.months is not None and step.months is not None:
                end = add_months(k * step.months + length.months, first) - 1
            else:
                end = length.advance(start, 1) - 1
            result.append(days(start, max(start, end)))
            k += 1
    else:
        while len(result) < limit:
            if length.months is not None and step.months is not None:
                end = add_months(length.months + k * step.months, first) - 1
            else:
                end = step.advance(length.advance(first, 1), k) - 1
            result.append(days(first, max(first, end)))
            if end >= last:
                break
            k += 1
    return result


# ---------------------------------------------------------------------------
# Arguments


def parse_date(text: str) -> PartialDate:
    date = PartialDate.parse(text)
    if date is None:
        raise argparse.ArgumentTypeError(f'"{text}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)')
    return date


def word_set(known: list[str]):
    def parse(text: str) -> list[str]:
        words = [w.strip() for w in text.split(",") if w.strip()]
        if not words:
            raise argparse.ArgumentTypeError("name at least one of: " + ", ".join(known))
        for word in words:
            if word not in known:
                raise argparse.ArgumentTypeError(f'unknown value "{word}" (known: {", ".join(known)})')
        return sorted(set(words), key=known.index)

    return parse


def parse_windows(text: str) -> list[Window]:
    words = [w.strip() for w in text.split(",") if w.strip()]
    if not words:
        raise argparse.ArgumentTypeError("name at least one window (YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO)")
    windows = []
    for word in words:
        parts = word.split("..")
        start = PartialDate.parse(parts[0]) if len(parts) <= 2 else None
        end = PartialDate.parse(parts[-1]) if len(parts) <= 2 else None
        if start is None or end is None:
            raise argparse.ArgumentTypeError(f'"{word}" is not a window (expected YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO)')
        if end.last_day_number() < start.first_day_number():
            raise argparse.ArgumentTypeError(f"window {word}: {end} ends before {start} begins")
        windows.append(Window(start, end))
    return windows


def argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="project.py", description="ActorGraph's projection on Apache Spark (see the top of this file).",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="JSON Lines dataset (file, directory or glob) or Parquet")
    parser.add_argument("output", help="output directory (GraphFrames layout)")
    parser.add_argument("--input-format", choices=["jsonl", "parquet"], help="default: from the name (.parquet), else jsonl")
    parser.add_argument("--actors", help="actors of an interactions-only Parquet input (Parquet or JSON Lines)")
    parser.add_argument("--from", dest="start", type=parse_date, help="YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=parse_date, help="YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--certain", action="store_true", help="only interactions wholly inside --from..--to")
    parser.add_argument("--windows", type=parse_windows, help="windows, comma-separated: YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO")
    parser.add_argument("--window", type=Length, help="rolling windows of this length (1y, 6m, 2w, 90d)")
    parser.add_argument("--step", type=Length, help="how far each window starts after the previous (default: --window)")
    parser.add_argument("--expanding", action="store_true", help="windows grow from the first dated day by --step")
    parser.add_argument("--weighting", choices=["count", "multi-party", "binary"], default="count")
    parser.add_argument("--directed", action="store_true")
    parser.add_argument("--kinds", type=word_set(KNOWN_KINDS))
    parser.add_argument("--tracks", type=word_set(TRACKS))
    parser.add_argument("--statuses", type=word_set(STATUSES))
    parser.add_argument("--disclosures", type=word_set(DISCLOSURES))
    parser.add_argument("--actor-kinds", type=word_set(ACTOR_KINDS))
    parser.add_argument("--large-meetings", choices=["star", "clique", "omit"], default="star")
    parser.add_argument("--large-meeting-limit", type=int, default=200)
    parser.add_argument("--format", choices=["csv", "parquet", "both"], default="csv")
    parser.add_argument("--master", help="Spark master (default local[2]; under spark-submit, spark-submit's)")
    parser.add_argument("--driver-memory", default="2g")
    parser.add_argument("--shuffle-partitions", type=int)
    parser.add_argument("--no-broadcast-actors", action="store_true")
    return parser


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argument_parser()
    args = parser.parse_args(argv)
    problems = []
    if args.large_meeting_limit < 2:
        problems.append("--large-meeting-limit must be at least 2")
    if args.start and args.end and args.end.last_day_number() < args.start.first_day_number():
        problems.append(f"--from {args.start} is after --to {args.end}")
    windowed = args.windows is not None or args.window is not None or args.expanding
    if windowed and (args.start or args.end):
        problems.append("--from/--to do not apply: the windows set the dates (give --windows FROM..TO for one window)")
    if args.windows is not None and (args.window or args.step or args.expanding):
        problems.append("--windows lists the windows; it does not combine with --window, --step or --expanding")
    if args.step and not (args.window or args.expanding):
        problems.append("--step needs --window or --expanding")
    if args.certain and not (args.start or args.end or windowed):
        problems.append("--certain needs --from or --to: it keeps the interactions wholly inside them")
    if problems:
        parser.error("; ".join(problems))
    return args


# ---------------------------------------------------------------------------
# Spark


def spark_session(args):
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("actorgraph-project")
    under_submit = "PYSPARK_GATEWAY_PORT" in os.environ
    master = args.master or (None if under_submit else "local[2]")
    if master:
        builder = builder.master(master)
    local = (master or "").startswith("local")
    if local:
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    if not under_submit:
        builder = builder.config("spark.driver.memory", args.driver_memory)
    builder = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.adaptive.enabled", "true")
    )
    if args.shuffle_partitions or local:
        builder = builder.config("spark.sql.shuffle.partitions", str(args.shuffle_partitions or 16))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


def record_schema():
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType

    text = StringType()
    return StructType(
        [StructField(name, text) for name in ("type", "id", "kind", "name")]
        + [StructField("aliases", ArrayType(text)), StructField("country", text),
           StructField("participants", ArrayType(text))]
        + [StructField(name, text) for name in ("initiator", "date", "endDate", "track", "status", "disclosure")]
    )


class Hadoop:
    """File moves through Hadoop's FileSystem, so that a cluster's storage works as a local disk does."""

    def __init__(self, spark, path: str):
        self.jvm = spark._jvm
        self.conf = spark._jsc.hadoopConfiguration()
        self.fs = self.jvm.org.apache.hadoop.fs.Path(path).getFileSystem(self.conf)

    def path(self, text: str):
        return self.jvm.org.apache.hadoop.fs.Path(text)

    def exists(self, text: str) -> bool:
        return self.fs.exists(self.path(text))

    def mkdirs(self, text: str) -> None:
        self.fs.mkdirs(self.path(text))

    def delete(self, text: str) -> None:
        self.fs.delete(self.path(text), True)

    def parts(self, directory: str) -> list[str]:
        statuses = self.fs.listStatus(self.path(directory))
        return sorted(s.getPath().toString() for s in statuses if s.getPath().getName().startswith("part-"))

    def children(self, directory: str) -> list[str]:
        return sorted(s.getPath().getName() for s in self.fs.listStatus(self.path(directory)) if s.isDirectory())

    def move(self, source: str, target: str) -> None:
        if self.fs.exists(self.path(target)):
            self.fs.delete(self.path(target), True)
        if not self.fs.rename(self.path(source), self.path(target)):
            raise InputError(f"cannot move {source} to {target}")

    def copy(self, source: str, target: str) -> None:
        self.jvm.org.apache.hadoop.fs.FileUtil.copy(self.fs, self.path(source), self.fs, self.path(target), False, True, self.conf)


def with_order(df, F):
    """Adds `ord`: dataset order as one long, files by path then records within each file.

    monotonically_increasing_id() is partition index << 33 plus the record's position
    in its partition, and a file's splits are read into partitions in file order, so
    within a file it follows the records; the file's rank (by path) goes above it.
    """
    files = sorted(set(df.inputFiles()))
    df = df.withColumn("_row", F.monotonically_increasing_id())
    if len(files) <= 1:
        return df.withColumn("ord", F.col("_row")).drop("_row")
    spark = df.sparkSession
    ranks = spark.createDataFrame([(name, index) for index, name in enumerate(files)], "_file string, _rank long")
    return (
        df.withColumn("_file", F.input_file_name())
        .join(F.broadcast(ranks), "_file", "left")
        .withColumn("ord", F.coalesce(F.col("_rank"), F.lit(0)) * F.lit(1 << 44) + F.col("_row"))
        .drop("_file", "_rank", "_row")
    )


def read_records(spark, path: str, input_format: str, F):
    if input_format == "parquet":
        df = spark.read.parquet(path)
        fields = {f.name: f for f in df.schema.fields}
        for name, field in zip(record_schema().names, record_schema().fields):
            if name not in fields:
                df = df.withColumn(name, F.lit(None).cast(field.dataType))
        return df.select(*record_schema().names)
    return spark.read.schema(record_schema()).option("mode", "FAILFAST").json(path)


def guess_format(path: str) -> str:
    return "parquet" if path.rstrip("/").endswith(".parquet") else "jsonl"


def load(spark, args, F):
    """(actors, interactions): actors id, name, kind, country, aliases, ord;
    interactions id, kind, participants, initiator, date, endDate, track, status, disclosure, ord."""
    input_format = args.input_format or guess_format(args.input)
    records = read_records(spark, args.input, input_format, F)
    kind = F.coalesce(
        F.col("type"), F.when(F.col("participants").isNotNull(), F.lit("interaction")).otherwise(F.lit("actor")))
    actor_columns = ["id", "name", "kind", "country", "aliases"]
    interaction_columns = ["id", "kind", "participants", "initiator", "date", "endDate", "track", "status", "disclosure"]
    has_type = input_format != "parquet" or "type" in spark.read.parquet(args.input).columns
    if has_type:
        records = with_order(records, F)
        interactions = records.filter(kind == "interaction").select(*interaction_columns, "ord")
        actors = records.filter(kind == "actor").select(*actor_columns, "ord")
        source = args.input
    else:
        interactions = with_order(records, F).select(*interaction_columns, "ord")
        actors = None
        source = args.actors
        if source is None:
            base = args.input.rstrip("/")
            head, _, tail = base.rpartition("/")
            if "interactions" in tail:
                candidate = (head + "/" if head else "") + tail.replace("interactions", "actors")
                if Hadoop(spark, candidate).exists(candidate):
                    source = candidate
        if source is not None:
            actor_records = read_records(spark, source, guess_format(source), F)
            actors = with_order(actor_records, F).filter(kind == "actor").select(*actor_columns, "ord")
    if actors is None:
        from pyspark.sql import Window as W

        progress("no actor table: every participant id is a vertex, ordered by id")
        ids = interactions.select(F.explode("participants").alias("id")).distinct()
        actors = ids.select(
            "id", F.lit(None).cast("string").alias("name"), F.lit(None).cast("string").alias("kind"),
            F.lit(None).cast("string").alias("country"), F.lit(None).cast("array<string>").alias("aliases"),
            (F.row_number().over(W.orderBy("id")) - 1).cast("long").alias("ord"))
    progress(f"reading {args.input} ({input_format}){'' if source in (None, args.input) else ', actors from ' + source}")
    return actors, interactions


def date_parts(column: str, F):
    """(first-day key, last-day key, precision) of an ISO partial date column, keys as yyyymmdd."""
    text = F.col(column)
    length = F.length(text)
    year = F.substring(text, 1, 4).cast("int")
    month = F.when(length >= 7, F.substring(text, 6, 2).cast("int"))
    day = F.when(length == 10, F.substring(text, 9, 2).cast("int"))
    last_month = F.coalesce(month, F.lit(12))
    leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)
    month_days = (
        F.when(last_month == 2, F.when(leap, F.lit(29)).otherwise(F.lit(28)))
        .when(last_month.isin(4, 6, 9, 11), F.lit(30))
        .otherwise(F.lit(31))
    )
    first = year * 10_000 + F.coalesce(month, F.lit(1)) * 100 + F.coalesce(day, F.lit(1))
    last = year * 10_000 + last_month * 100 + F.coalesce(day, month_days)
    precision = F.when(day.isNotNull(), F.lit(2)).when(month.isNotNull(), F.lit(1)).otherwise(F.lit(0))
    return (F.when(text.isNotNull(), first), F.when(text.isNotNull(), last), F.when(text.isNotNull(), precision))


def selected(interactions, args, F):
    """The interactions that pass the kind, track, status and disclosure filters
    (ProjectionOptions.includes), with their day span `lo`..`hi` (yyyymmdd keys)."""
    df = interactions
    if args.kinds is not None:
        df = df.filter(F.col("kind").isin(args.kinds))
    if args.tracks is not None:
        df = df.filter(F.col("track").isin(args.tracks))
    if args.statuses is not None:
        df = df.filter(F.col("status").isin(args.statuses))
    if args.disclosures is not None:
        df = df.filter(F.col("disclosure").isin(args.disclosures))
    first, last, precision = date_parts("date", F)
    _, end_last, end_precision = date_parts("endDate", F)
    has_date = F.col("date").isNotNull()
    return (
        df.withColumn("lo", first)
        .withColumn("hi", F.when(has_date, F.greatest(last, F.coalesce(end_last, last))))
        # TieSummary: firstDate is the date whose period starts first (coarser first on the
        # same day); lastDate the date (endDate where given) whose period ends last
        # (coarser on the same day): a min and a max of these structs.
        .withColumn("firstKey", F.when(has_date, F.struct(first.alias("k"), precision.alias("p"), F.col("date").alias("t"))))
        .withColumn(
            "lastKey",
            F.when(
                has_date,
                F.when(
                    F.col("endDate").isNotNull(),
                    F.struct(end_last.alias("k"), (-end_precision).alias("p"), F.col("endDate").alias("t")),
                ).otherwise(F.struct(last.alias("k"), (-precision).alias("p"), F.col("date").alias("t"))),
            ),
        )
    )


def in_window(lower: int | None, upper: int | None, certain: bool, F, lo="lo", hi="hi"):
    """Interaction.lies(from:to:match:): overlap (possibly) or inside (certainly); undated out."""
    if lower is None and upper is None:
        return F.lit(True)
    lo_col, hi_col = F.col(lo), F.col(hi)
    lower_col = F.lit(lower if lower is not None else -1)
    upper_col = F.lit(upper if upper is not None else 99_999_999)
    if certain:
        return lo_col.isNotNull() & (lo_col >= lower_col) & (hi_col <= upper_col)
    return lo_col.isNotNull() & (hi_col >= lower_col) & (lo_col <= upper_col)


def members(df, actors, args, F):
    """Adds `m` (the distinct participants that are kept actors, in order) and `hub`
    (the initiator when it is one of them).

    Without --actor-kinds this is row-local (a valid dataset's participants are
    distinct known actors); with it, participants are joined with the kept actors
    and gathered back per interaction.
    """
    if args.actor_kinds is None:
        m = F.array_distinct(F.col("participants"))
        return df.withColumn("m", m).withColumn(
            "hub", F.when(F.array_contains(F.col("m"), F.col("initiator")), F.col("initiator")))
    kept = actors.filter(F.col("kind").isin(args.actor_kinds)).select(F.col("id").alias("pid"))
    if not args.no_broadcast_actors:
        kept = F.broadcast(kept)
    exploded = df.select("ord", "initiator", F.posexplode("participants").alias("pos", "pid")).join(kept, "pid")
    gathered = exploded.groupBy("ord").agg(
        F.array_sort(F.collect_list(F.struct("pos", "pid"))).alias("entries"),
        F.max(F.when(F.col("pid") == F.col("initiator"), F.col("pid"))).alias("hub"),
    ).select("ord", F.array_distinct(F.transform("entries", lambda e: e["pid"])).alias("m"), "hub")
    return df.join(gathered, "ord")


def pairs(df, args, F):
    """One row per (interaction, a, b) the projection adds (Dataset.project,
    Sources/ActorGraph/Projection/ProjectedNetwork.swift), `w` what it adds."""
    k = F.size("m")
    df = df.withColumn("k", k).filter(F.col("k") >= 2)
    large = F.col("k") > F.lit(args.large_meeting_limit)
    if args.large_meetings == "omit":
        df = df.filter(~large)
        star = F.lit(False)
    elif args.large_meetings == "star":
        df = df.filter(~large | F.col("hub").isNotNull())
        star = large
    else:
        star = F.lit(False)
    m, hub = F.col("m"), F.col("hub")
    pair = lambda a, b: F.struct(a.alias("a"), b.alias("b"))  # noqa: E731
    if args.directed:
        # Every ordered pair except those into the initiator: the initiator to each
        # other participant, the others both ways (everyone both ways without one).
        clique = F.flatten(F.transform(m, lambda a: F.transform(
            F.filter(m, lambda b: (b != a) & ~b.eqNullSafe(hub)), lambda b: pair(a, b))))
    else:
        clique = F.flatten(F.transform(F.sequence(F.lit(0), F.col("k") - 2), lambda i: F.transform(
            F.sequence(i + 1, F.col("k") - 1), lambda j: pair(F.element_at(m, i + 1), F.element_at(m, j + 1)))))
    star_pairs = F.transform(F.filter(m, lambda b: b != hub), lambda b: pair(hub, b))
    weight = (F.lit(1.0) / (F.col("k") - 1)) if args.weighting == "multi-party" else F.lit(1.0)
    return (
        df.withColumn("w", weight.cast("double"))
        .withColumn("pair", F.explode(F.when(star, star_pairs).otherwise(clique)))
        .withColumn("a", F.col("pair.a"))
        .withColumn("b", F.col("pair.b"))
        .drop("pair", "m", "participants", "initiator", "hub")
    )


def escaped_join(column, separator: str, F):
    """AttributeText.join: `\\` and the separator's core character escaped by a backslash.

    The elements are joined with U+0000 first (a character no valid dataset holds:
    `actorgraph validate` refuses C0 controls other than tab, LF and CR), escaped in
    one pass, and U+0000 turned into the separator; each input is referenced once,
    so that Spark computes it once. An empty list gives "" (an empty field).
    """
    core = separator.strip()
    joined = F.array_join(column, "\u0000")
    escaped = F.regexp_replace(joined, "([\\\\" + re.escape(core) + "])", "\\\\$1")
    return F.replace(escaped, F.lit("\u0000"), F.lit(separator))


def kind_order(x, F):
    position = F.array_position(F.array(*[F.lit(k) for k in KNOWN_KINDS]), x)
    return F.when(position == 0, F.lit(len(KNOWN_KINDS) + 1)).otherwise(position)


def ties(pair_rows, actors, args, F, group=()):
    """The ties: (group..., src, dst, srcOrd, dstOrd, weight, kinds, tracks, statuses,
    firstDate, lastDate, interactions, count), each tie's interactions in dataset order."""
    ends = actors.select("id", "ord")
    if not args.no_broadcast_actors:
        ends = F.broadcast(ends)
    rows = (
        pair_rows.join(ends.select(F.col("id").alias("a"), F.col("ord").alias("aOrd")), "a")
        .join(ends.select(F.col("id").alias("b"), F.col("ord").alias("bOrd")), "b")
    )
    if args.directed:
        rows = rows.select("*", F.col("a").alias("src"), F.col("b").alias("dst"),
                           F.col("aOrd").alias("srcOrd"), F.col("bOrd").alias("dstOrd"))
    else:
        # An undirected tie goes from the earlier actor (node) to the later.
        swap = F.col("aOrd") > F.col("bOrd")
        rows = rows.select(
            "*",
            F.when(swap, F.col("b")).otherwise(F.col("a")).alias("src"),
            F.when(swap, F.col("a")).otherwise(F.col("b")).alias("dst"),
            F.least("aOrd", "bOrd").alias("srcOrd"), F.greatest("aOrd", "bOrd").alias("dstOrd"))
    grouped = rows.groupBy(*group, "srcOrd", "dstOrd", "src", "dst").agg(
        F.array_sort(F.collect_list(F.struct(F.col("ord"), F.col("w"), F.col("id")))).alias("items"),
        F.array_sort(F.collect_set(F.struct(kind_order(F.col("kind"), F).alias("o"), F.col("kind").alias("v")))).alias("kindSet"),
        F.array_sort(F.collect_set("track")).alias("tracks"),  # official < track1.5 < track2 as text
        F.array_sort(F.collect_set(F.when(F.col("status").isNotNull(), F.struct(
            F.array_position(F.array(*[F.lit(x) for x in STATUSES]), F.col("status")).alias("o"),
            F.col("status").alias("v"))))).alias("statusSet"),
        F.min("firstKey").alias("first"),
        F.max("lastKey").alias("last"),
    )
    if args.weighting == "multi-party":
        # Swift adds each interaction's 1/(k-1) in dataset order: the same fold here.
        weight = F.aggregate("items", F.lit(0.0).cast("double"), lambda acc, x: acc + x["w"])
    elif args.weighting == "binary":
        weight = F.lit(1.0)
    else:
        weight = F.size("items").cast("double")
    return grouped.select(
        *group, "srcOrd", "dstOrd", "src", "dst",
        weight.alias("weight"),
        # Kinds in InteractionKind order (the known kinds in declaration order, then
        # custom kinds by their text), statuses in declaration order.
        F.col("kindSet.v").alias("kinds"),
        "tracks",
        F.col("statusSet.v").alias("statuses"),
        F.col("first.t").alias("firstDate"),
        F.col("last.t").alias("lastDate"),
        F.col("items.id").alias("interactions"),
        F.size("items").cast("long").alias("count"),
    )


def csv_field(column, F):
    """CSVWriter.field on a non-null text column: quoted when it holds a comma, a quote,
    CR or LF."""
    special = column.contains(",") | column.contains('"') | column.contains("\r") | column.contains("\n")
    return F.when(special, F.concat(F.lit('"'), F.replace(column, F.lit('"'), F.lit('""')), F.lit('"'))).otherwise(column)


def csv_lines(df, keys: list[str], fields: list, F):
    """`keys` and `value`, the CSV record of `fields` (null is an empty field).

    The fields' texts are made in one projection and quoted in the next, so that
    each is computed once although the quoting reads it several times.
    """
    names = [f"_f{i}" for i in range(len(fields))]
    texts = df.select(*keys, *[F.coalesce(f.cast("string"), F.lit("")).alias(n) for f, n in zip(fields, names)])
    return texts.select(*keys, F.concat_ws(",", *[csv_field(F.col(n), F) for n in names]).alias("value"))


def list_text(column, F, separator=","):
    return escaped_join(F.col(column) if isinstance(column, str) else column, separator, F)


def weight_text(args, F):
    if args.weighting == "multi-party":
        from pyspark.sql.types import StringType

        # Swift's "\(double)" is the shortest text that reads back to the same double,
        # which is Python's repr (checked on 402,400 doubles, random bit patterns included).
        spell = F.udf(lambda value: None if value is None else repr(float(value)), StringType(), useArrow=False)
        return spell(F.col("weight"))
    # Whole numbers below 2^53: "N.0", as Swift and Python spell them.
    return F.concat(F.col("weight").cast("long").cast("string"), F.lit(".0"))


def write_single_csv(spark, hadoop, output: str, lines, header: str, order: list[str], target_files: dict,
                     group: str | None):
    """Writes `lines` (column `value`) as one CSV file per group with the header first,
    ordered by `order`, CR LF line ends (coalesced to one task, sorted there), through a
    temporary folder in `output`; moves the part files to `target_files[group]`."""
    from pyspark.sql import functions as F

    tmp = f"{output}/_tmp_{uuid.uuid4().hex}"
    rows = lines.select(*([group] if group else []), F.lit(1).alias("_h"), *order, "value")
    groups = list(target_files)
    seeds = spark.createDataFrame([(g,) for g in groups], f"{group} string") if group else spark.range(1)
    header_rows = seeds.select(
        *([group] if group else []), F.lit(0).alias("_h"),
        *[F.lit(None).cast(rows.schema[name].dataType).alias(name) for name in order], F.lit(header).alias("value"))
    every = header_rows.unionByName(rows).repartition(1).sortWithinPartitions(*([group] if group else []), "_h", *order)
    writer = every.select(*([group] if group else []), "value").write.mode("overwrite").option("lineSep", "\r\n")
    if group:
        writer = writer.partitionBy(group)
    writer.text(tmp)
    for g, target in target_files.items():
        folder = tmp + (f"/{group}={g}" if group else "")
        parts = hadoop.parts(folder) if hadoop.exists(folder) else []
        if len(parts) != 1:
            raise InputError(f"expected one part file in {folder}, found {len(parts)}")
        hadoop.move(parts[0], target)
    hadoop.delete(tmp)


def run(spark, args) -> int:
    from pyspark import StorageLevel
    from pyspark.sql import Observation
    from pyspark.sql import functions as F

    hadoop = Hadoop(spark, args.output)
    output = args.output.rstrip("/")
    hadoop.mkdirs(output)
    actors, interactions = load(spark, args, F)
    # The actors are read once (while the ties are projected) and kept for the vertices.
    actors = actors.persist(StorageLevel.MEMORY_AND_DISK)
    vertices = actors.filter(F.col("kind").isin(args.actor_kinds)) if args.actor_kinds is not None else actors
    chosen = selected(interactions, args, F)

    # The windows: one (all of time, or --from/--to), a list, or a plan over the dates.
    windows: list[Window | None]
    if args.windows is not None:
        windows = list(args.windows)
    elif args.window is not None or args.expanding:
        length = args.window or Length("1y")
        step = args.step or length
        span = chosen.filter(F.col("lo").isNotNull()).agg(F.min("lo").alias("lo"), F.max("hi").alias("hi")).first()
        if span is None or span["lo"] is None:
            raise InputError(f"{args.input}: no dated interaction passes the filters, so there are no windows")

        def number(key: int) -> int:
            return dt.date(key // 10_000, key // 100 % 100, key % 100).toordinal()

        windows = plan_windows(length, step, args.expanding, number(span["lo"]), number(span["hi"]))
        if len(windows) > WINDOW_LIMIT:
            raise InputError(f"the windows would number more than {WINDOW_LIMIT}; give a longer --step")
    else:
        windows = [None]
    windowed = windows != [None]
    if windowed:
        names = [w.name for w in windows]
        if len(set(names)) != len(names):
            raise InputError("two windows have the same name: " + ", ".join(sorted({n for n in names if names.count(n) > 1})))
        progress(f"{len(windows)} windows: {', '.join(names[:6])}{', ...' if len(names) > 6 else ''}")

    chosen = members(chosen, actors, args, F)
    group = None
    if windowed:
        from pyspark.sql.types import LongType, StringType, StructField, StructType

        table = spark.createDataFrame(
            [(w.name, day_key(w.first), day_key(w.last)) for w in windows],
            StructType([StructField("window", StringType()), StructField("wlo", LongType()), StructField("whi", LongType())]))
        if args.certain:
            condition = (F.col("lo") >= F.col("wlo")) & (F.col("hi") <= F.col("whi"))
        else:
            condition = (F.col("hi") >= F.col("wlo")) & (F.col("lo") <= F.col("whi"))
        chosen = chosen.filter(F.col("lo").isNotNull())
    else:
        lower = day_key(args.start.first_day_number()) if args.start else None
        upper = day_key(args.end.last_day_number()) if args.end else None
        chosen = chosen.filter(in_window(lower, upper, args.certain, F))
    # ActorGraph warns about interactions over the size limit: counted while projecting
    # (an observation, no extra pass), with the first ids in dataset order.
    large = F.size("m") > F.lit(args.large_meeting_limit)
    large_seen = Observation("large")
    chosen = chosen.observe(
        large_seen, F.count(F.when(large, F.lit(1))).alias("n"),
        F.min(F.when(large, F.col("ord"))).alias("first"))
    if windowed:
        chosen = chosen.join(F.broadcast(table), condition).drop("wlo", "whi")
        group = "window"

    tie_table = ties(pairs(chosen, args, F), actors, args, F, group=(group,) if group else ())
    targets = {w.name: f"{output}/{w.name}" for w in windows} if windowed else {None: output}
    for folder in targets.values():
        hadoop.mkdirs(folder)
    formats = {"csv": ["csv"], "parquet": ["parquet"], "both": ["csv", "parquet"]}[args.format]
    if len(formats) > 1:
        tie_table = tie_table.persist(StorageLevel.MEMORY_AND_DISK)

    written = Observation("written")
    if "csv" in formats:
        progress("projecting and writing edges.csv")
        edge_fields = [
            F.col("src"), F.col("dst"), weight_text(args, F), list_text("kinds", F), list_text("tracks", F),
            list_text("statuses", F), F.col("firstDate"), F.col("lastDate"), list_text("interactions", F),
            F.col("count"),
        ]
        lines = csv_lines(tie_table, ([group] if group else []) + ["srcOrd", "dstOrd"], edge_fields, F)
        lines = lines.observe(written, F.count(F.lit(1)).alias("ties"))
        write_single_csv(
            spark, hadoop, output, lines, ",".join(EDGE_COLUMNS), ["srcOrd", "dstOrd"],
            {name: f"{folder}/edges.csv" for name, folder in targets.items()}, group)
    if "parquet" in formats:
        progress("writing edges.parquet")
        edges_out = tie_table.orderBy(*([group] if group else []), "srcOrd", "dstOrd").select(
            *([group] if group else []), *EDGE_COLUMNS)
        if "csv" not in formats:
            edges_out = edges_out.observe(written, F.count(F.lit(1)).alias("ties"))
        writer = edges_out.write.mode("overwrite")
        if group:
            writer = writer.partitionBy(group)
        writer.parquet(f"{output}/edges.parquet")
    seen = large_seen.get
    if seen.get("n"):
        first = interactions.filter(F.col("ord") == seen["first"]).select("id").first()
        rule = {"clique": "projected as cliques (every pair)",
                "star": "projected as stars on their initiators (left out without one)",
                "omit": "left out"}[args.large_meetings]
        progress(f"warning: {seen['n']} interaction{'s' if seen['n'] != 1 else ''} with more than "
                 f"{args.large_meeting_limit} participants {rule}, the first {first['id'] if first else '?'}; "
                 "--large-meetings clique|star|omit chooses")

    vertex_fields = [
        F.col("id"), F.col("name"), F.col("kind"), F.col("country"),
        escaped_join(F.col("aliases"), " | ", F),
    ]
    if "csv" in formats:
        progress("writing vertices.csv")
        vertex_lines = csv_lines(vertices, ["ord"], vertex_fields, F)
        first_target = f"{output}/vertices.csv"
        write_single_csv(spark, hadoop, output, vertex_lines, ",".join(VERTEX_COLUMNS), ["ord"], {None: first_target}, None)
        if windowed:
            for folder in targets.values():
                hadoop.copy(first_target, f"{folder}/vertices.csv")
            hadoop.delete(first_target)
    if "parquet" in formats:
        progress("writing vertices.parquet")
        vertices.orderBy("ord").select(*VERTEX_COLUMNS).write.mode("overwrite").parquet(f"{output}/vertices.parquet")
    progress(f"done: {vertices.count()} vertices, {written.get.get('ties', 0)} ties"
             f"{' over ' + str(len(windows)) + ' windows' if windowed else ''} in {output}")
    if tie_table.is_cached:
        tie_table.unpersist()
    actors.unpersist()
    return 0


def main(argv: list[str]) -> int:
    args = parse_arguments(argv)
    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("project.py: pyspark is not installed (bash scripts/ensure-pyspark.sh installs it)", file=sys.stderr)
        return 1
    spark = spark_session(args)
    progress(f"Spark {spark.version}, master {spark.sparkContext.master}")
    try:
        return run(spark, args)
    except (InputError, UsageError) as error:
        print(f"project.py: {error}", file=sys.stderr)
        return 1
    finally:
        spark.stop()


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except UsageError as error:
        print(f"project.py: error: {error}", file=sys.stderr)
        sys.exit(2)
