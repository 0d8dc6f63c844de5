/*
 * ActorGraph report: the filtered network and its scores, computed in the page.
 *
 * Plain JavaScript with no DOM access, concatenated before report.js in the
 * page's one <script>. It defines one global, ActorGraphScores:
 *
 *   ActorGraphScores.select(data, filter)      -> [interaction index]
 *   ActorGraphScores.project(data, selected)   -> network (CSR arrays)
 *   ActorGraphScores.compute(data, network, options)
 *       -> {"directed", "weighted", "nodes": [...]}, the object
 *          `actorgraph scores DATASET --format json` prints for the same filter
 *   ActorGraphScores.computeAsync(data, network, options, hooks) -> Promise
 *   ActorGraphScores.createComputation(data, network, options)
 *       -> {step(milliseconds), progress, result}
 *
 * Every score is a port of the Swift code in Sources/ActorGraph/Analysis that
 * keeps the Swift order of floating-point operations, so that the values are
 * the same, bit for bit, as the command line's (scripts/report/check_scores.mjs
 * compares them). Where Swift calls the C library (fma, log, pow), which
 * JavaScript lacks or rounds differently, this file computes the exact (fma)
 * or correctly rounded (log, pow) value with double-double arithmetic. V8's
 * Math.log and Math.pow are one ulp off for a few per cent of arguments;
 * glibc's log and pow, which Swift calls on Linux, are correctly rounded for
 * all but about one argument in a thousand, so Burt's hierarchy (a sum of
 * r ln r) can differ from the command's in its last bits (relative 1e-14 at
 * most in the checks) and everything else is the same, bit for bit.
 *
 * Only what the report needs is ported: undirected networks, unweighted scores
 * (the `scores` default), groups by country.
 */
var ActorGraphScores = (function () {
  "use strict";

  /** The scores of `ScoreName.standard`, in the order Swift writes them. */
  var SCORE_NAMES = [
    "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank",
    "constraint", "effectiveSize", "efficiency", "hierarchy", "brokerage"
  ];
  /** The brokerage roles of `BrokerageRole.allCases`, in order. */
  var ROLES = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"];
  /** `ConvergenceCriteria.standard`. */
  var DEFAULT_TOLERANCE = 1e-13;
  var DEFAULT_MAX_ITERATIONS = 10000;
  /** `ProjectionOptions.largeInteractionLimit` (rule: star). */
  var LARGE_INTERACTION_LIMIT = 200;
  /** `NodeScores.ungroupedLabel`: the brokerage group of nodes without a country. */
  var UNGROUPED_LABEL = "(none)";
  /** PageRank's damping, as `CompactGraph.pageRank`'s default. */
  var DAMPING = 0.85;
  var INT32_MAX = 2147483647;

  // ---------------------------------------------------------------------------
  // Exact arithmetic: what Swift gets from fma, log and pow.
  // ---------------------------------------------------------------------------

  /** 2^27 + 1, Dekker's splitting constant. */
  var SPLITTER = 134217729;
  var bitsView = new DataView(new ArrayBuffer(8));

  /**
   * The exact rounding error `a * b - p` of the product `p = a * b` (Dekker's
   * TwoProduct), which is what `fma(a, b, -p)` returns; exact while no partial
   * product underflows or overflows (|a|, |b| between about 2^-480 and 2^995).
   */
  function productError(a, b, p) {
    var t = SPLITTER * a;
    var ah = t - (t - a);
    var al = a - ah;
    t = SPLITTER * b;
    var bh = t - (t - b);
    var bl = b - bh;
    return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  }

  /** The unbiased binary exponent of a finite x > 0 (Swift's `x.exponent`). */
  function binaryExponent(x) {
    bitsView.setFloat64(0, x);
    var biased = (bitsView.getUint32(0) >>> 20) & 0x7ff;
    if (biased === 0) return binaryExponent(x * 18446744073709551616) - 64; // subnormal: times 2^64
    return biased - 1023;
  }

  /** 2^k exactly, for an integer k in [-1074, 1023]. */
  function powerOfTwo(k) {
    if (k < -1022) return powerOfTwo(k + 1022) * powerOfTwo(-1022);
    bitsView.setUint32(0, (k + 1023) << 20);
    bitsView.setUint32(4, 0);
    return bitsView.getFloat64(0);
  }

  // Double-double numbers: a value hi + lo with |lo| <= ulp(hi) / 2. The
  // helpers write their result to ddHi, ddLo (no allocation per operation).
  var ddHi = 0;
  var ddLo = 0;

  function quickTwoSum(a, b) {
    var s = a + b;
    ddLo = b - (s - a);
    ddHi = s;
  }

  function ddAdd(ah, al, bh, bl) {
    var s = ah + bh;
    var v = s - ah;
    var e = (ah - (s - v)) + (bh - v);
    var t = al + bl;
    var w = t - al;
    var f = (al - (t - w)) + (bl - w);
    e += t;
    quickTwoSum(s, e);
    e = ddLo + f;
    quickTwoSum(ddHi, e);
  }

  function ddMul(ah, al, bh, bl) {
    var p = ah * bh;
    var e = productError(ah, bh, p) + (ah * bl + al * bh);
    quickTwoSum(p, e);
  }

  /** (ah + al) / (bh + bl): three quotient terms, as the QD library's accurate division. */
  function ddDiv(ah, al, bh, bl) {
    var q1 = ah / bh;
    ddMul(q1, 0, bh, bl);
    ddAdd(ah, al, -ddHi, -ddLo); // r = a − q1 b
    var rh = ddHi, rl = ddLo;
    var q2 = rh / bh;
    ddMul(q2, 0, bh, bl);
    ddAdd(rh, rl, -ddHi, -ddLo); // r = r − q2 b
    var q3 = ddHi / bh;
    quickTwoSum(q1, q2);
    ddAdd(ddHi, ddLo, q3, 0);
  }

  /** ln 2 as a double-double. */
  var LN2_HI = 0.6931471805599453;
  var LN2_LO = 2.3190468138462996e-17;
  /** 1/(2k + 1) as double-doubles, for the series of atanh. */
  var ATANH_TERMS = 24;
  var inverseOddHi = new Float64Array(ATANH_TERMS);
  var inverseOddLo = new Float64Array(ATANH_TERMS);
  (function () {
    for (var k = 0; k < ATANH_TERMS; k++) {
      ddDiv(1, 0, 2 * k + 1, 0);
      inverseOddHi[k] = ddHi;
      inverseOddLo[k] = ddLo;
    }
  })();

  /**
   * The natural logarithm of a finite x > 0, correctly rounded. (Swift's `log`
   * is glibc's on Linux: correctly rounded for all but about 0.03 % of
   * arguments, where it is one ulp off; V8's Math.log is one ulp off for about
   * 4 %.)
   *
   * x = m 2^e with m in (√2/2, √2]; ln m = 2 atanh(f), f = (m − 1)/(m + 1),
   * |f| <= 0.172, summed as f Σ f^(2k)/(2k + 1) in double-double arithmetic
   * (relative error about 2^-104), then rounded once.
   */
  function exactLog(x) {
    if (x === 1) return 0;
    if (!(x > 0) || x === Infinity) return Math.log(x);
    var e = binaryExponent(x);
    var m = x * powerOfTwo(-e);
    if (m > Math.SQRT2) {
      m *= 0.5;
      e += 1;
    }
    var numerator = m - 1; // exact (Sterbenz)
    ddAdd(m, 0, 1, 0); // m + 1, exactly, as a double-double
    ddDiv(numerator, 0, ddHi, ddLo);
    var fh = ddHi;
    var fl = ddLo;
    ddMul(fh, fl, fh, fl);
    var zh = ddHi;
    var zl = ddLo;
    var sumHi = inverseOddHi[ATANH_TERMS - 1];
    var sumLo = inverseOddLo[ATANH_TERMS - 1];
    for (var k = ATANH_TERMS - 2; k >= 0; k--) {
      ddMul(sumHi, sumLo, zh, zl);
      ddAdd(ddHi, ddLo, inverseOddHi[k], inverseOddLo[k]);
      sumHi = ddHi;
      sumLo = ddLo;
    }
    ddMul(sumHi, sumLo, 2 * fh, 2 * fl);
    var logMHi = ddHi;
    var logMLo = ddLo;
    if (e === 0) return logMHi + logMLo;
    var p = e * LN2_HI;
    var pLo = productError(e, LN2_HI, p) + e * LN2_LO;
    ddAdd(p, pLo, logMHi, logMLo);
    return ddHi + ddLo;
  }

  /**
   * x^k for a small whole k >= 1, correctly rounded: the power is formed in
   * double-double arithmetic and rounded once. (glibc's `pow`, Swift's on
   * Linux, is one ulp off for about 0.08 % of arguments; V8's Math.pow for
   * about 10 %.)
   */
  function exactPower(x, k) {
    if (x === 0 || x === 1 || !isFinite(x)) return Math.pow(x, k);
    var hi = x;
    var lo = 0;
    for (var i = 1; i < k; i++) {
      ddMul(hi, lo, x, 0);
      hi = ddHi;
      lo = ddLo;
    }
    return hi + lo;
  }

  /**
   * `PowerIteration.euclideanNorm`: the Euclidean norm computed to (nearly
   * always) correct rounding, as Python's math.hypot; the same steps as the
   * Swift code, with its two fma calls replaced by exact TwoProduct errors.
   *
   * The first fma gives the exact error of a square of a scaled value (all in
   * [-1, 1)); for a value below 2^-480 (whose square is below 2^-960) that
   * error is left out: such a term changes neither `high` nor the final root,
   * whose ulp is above 2^-60, so the result is the same as Swift's.
   */
  function euclideanNorm(values, count) {
    var largest = 0;
    var sawNaN = false;
    var i;
    for (i = 0; i < count; i++) {
      var magnitude = Math.abs(values[i]);
      if (magnitude !== magnitude) sawNaN = true;
      else if (magnitude > largest) largest = magnitude;
    }
    if (largest === Infinity) return Infinity;
    if (sawNaN) return NaN;
    if (largest === 0) return 0;
    var exponent = binaryExponent(largest) + 1;
    var scale = powerOfTwo(-exponent);
    var high = 0;
    var low = 0;
    for (i = 0; i < count; i++) {
      var scaled = values[i] * scale;
      var square = scaled * scaled;
      if (Math.abs(scaled) >= 3.2e-145) low += productError(scaled, scaled, square);
      var total = high + square;
      low += Math.abs(high) >= square ? (high - total) + square : (square - total) + high;
      high = total;
    }
    var sum = high + low;
    var sumLow = low - (sum - high);
    var root = Math.sqrt(sum);
    // fma(-root, root, sum): sum − root² exactly, rounded once.
    var rootSquare = root * root;
    var residual = (sum - rootSquare) - productError(root, root, rootSquare);
    root += (residual + sumLow) / (2 * root);
    return root * powerOfTwo(exponent);
  }

  /** `PowerIteration.l1Distance`: Σ |a[v] − b[v]| in node order. */
  function l1Distance(a, b, count) {
    var total = 0;
    for (var i = 0; i < count; i++) total += Math.abs(a[i] - b[i]);
    return total;
  }

  // ---------------------------------------------------------------------------
  // The filtered network
  // ---------------------------------------------------------------------------

  function asSet(values) {
    if (values === null || values === undefined) return null;
    if (values instanceof Set) return values;
    return new Set(values);
  }

  /**
   * The interactions a filter keeps, as indices into `data.interactions`, in
   * dataset order: `ProjectionOptions.includes(_:)` with the window matched
   * "possibly" (the default of `scores`).
   *
   * filter = {kinds, tracks, disclosures, statuses, from, to}; each set is a Set
   * or an array of values, or null for all; from/to are day numbers (Python's
   * date.toordinal()) or null. An interaction is kept when its kind is in
   * kinds; its track in tracks (one with no track is left out once tracks is
   * set; the same for disclosure and status); and, when from or to is set,
   * when its interval may overlap [from, to] (`last >= from && first <= to`;
   * an undated interaction is left out).
   *
   * The same as `actorgraph scores DATASET --kinds … --tracks … --disclosures …
   * --statuses … --from … --to …`.
   */
  function select(data, filter) {
    var f = filter || {};
    var kinds = asSet(f.kinds);
    var tracks = asSet(f.tracks);
    var disclosures = asSet(f.disclosures);
    var statuses = asSet(f.statuses);
    var from = f.from === null || f.from === undefined ? null : f.from;
    var to = f.to === null || f.to === undefined ? null : f.to;
    var bounded = from !== null || to !== null;
    var lower = from === null ? -Infinity : from;
    var upper = to === null ? Infinity : to;
    var interactions = data.interactions;
    var result = [];
    for (var i = 0; i < interactions.length; i++) {
      var it = interactions[i];
      if (kinds && !kinds.has(it.kind)) continue;
      if (tracks && (it.track === null || it.track === undefined || !tracks.has(it.track))) continue;
      if (disclosures && (it.disclosure === null || it.disclosure === undefined || !disclosures.has(it.disclosure))) continue;
      if (statuses && (it.status === null || it.status === undefined || !statuses.has(it.status))) continue;
      if (bounded) {
        if (it.first === null || it.first === undefined || it.last === null || it.last === undefined) continue;
        if (!(it.last >= lower && it.first <= upper)) continue;
      }
      result.push(i);
    }
    return result;
  }

  /**
   * An interaction's members as `Dataset.project` takes them: its known
   * participants, each once, in order, written into `out`; returns the
   * initiator when it is one of them, else -1. `seenIn` (one entry per actor)
   * and `mark` (different for each call) stand for a set.
   */
  function members_(interaction, actorCount, seenIn, mark, out) {
    var participants = interaction.participants;
    out.length = 0;
    for (var p = 0; p < participants.length; p++) {
      var actor = participants[p];
      if (typeof actor !== "number" || actor < 0 || actor >= actorCount) continue;
      if (seenIn[actor] !== mark) {
        seenIn[actor] = mark;
        out.push(actor);
      }
    }
    var initiator = interaction.initiator;
    return typeof initiator === "number" && initiator >= 0 && initiator < actorCount && seenIn[initiator] === mark
      ? initiator : -1;
  }

  /**
   * The actors each interaction makes nodes of when it is selected, by the
   * rules of `project`: its members when there are two or more, none when it
   * has over `LARGE_INTERACTION_LIMIT` members and no initiator among them (the
   * star rule leaves it out). One array per interaction, in dataset order: the
   * page marks a filter's actors from these without projecting on every step.
   */
  function tiedActors(data) {
    var actorCount = data.actors.length;
    var seenIn = new Int32Array(actorCount).fill(-1);
    return data.interactions.map(function (interaction, k) {
      var members = [];
      var initiator = members_(interaction, actorCount, seenIn, k, members);
      if (members.length < 2) return [];
      if (members.length > LARGE_INTERACTION_LIMIT && initiator < 0) return [];
      return members;
    });
  }

  /**
   * The actor-to-actor network of the selected interactions, exactly as
   * `Dataset.project` (Sources/ActorGraph/Projection/ProjectedNetwork.swift)
   * makes it with the default options, and as `CompactGraph.Builder.build`
   * stores it:
   *
   * - undirected; each interaction ties every pair of its participants; a tie
   *   weighs the number of interactions behind it (weighting "count");
   * - an interaction with more than 200 participants ties only its initiator
   *   to each other participant ("star"), and is left out without an initiator;
   *   its id is listed in `largeInteractions`;
   * - no affiliation ties; only actors with a tie are nodes, numbered in order
   *   of first appearance (interactions in dataset order, participants in order);
   * - compressed sparse rows: the neighbours of node v are
   *   targets[offsets[v] .. offsets[v + 1]), sorted by node index, with the
   *   weights at the same positions (each tie is stored from both ends).
   *
   * Returns {directed: false, nodeCount, actors (Int32Array: the actor index of
   * each node), nodeOfActor (Int32Array: node of each actor, -1 for none),
   * offsets (Int32Array, nodeCount + 1), targets (Int32Array), weights
   * (Float64Array), tieCount, interactionCount (selected interactions),
   * tiedInteractionCount (those that made at least one tie), largeInteractions
   * ([id])}.
   */
  function project(data, selected) {
    var actorCount = data.actors.length;
    var interactions = data.interactions;
    var nodeOfActor = new Int32Array(actorCount).fill(-1);
    var nodeActors = [];
    var seenIn = new Int32Array(actorCount).fill(-1);
    var members = [];
    var memberNodes = [];
    // Pair key: smaller node * KEY + larger node (node indices < actorCount).
    var KEY = Math.max(actorCount, 1);
    var weightOfPair = new Map();
    var largeInteractions = [];
    var tied = 0;

    function add(a, b) {
      if (a === b) return;
      var key = a < b ? a * KEY + b : b * KEY + a;
      var known = weightOfPair.get(key);
      weightOfPair.set(key, known === undefined ? 1 : known + 1);
    }

    for (var position = 0; position < selected.length; position++) {
      var interaction = interactions[selected[position]];
      var initiatorActor = members_(interaction, actorCount, seenIn, position, members);
      if (members.length < 2) continue;
      var asStar = false;
      if (members.length > LARGE_INTERACTION_LIMIT) {
        largeInteractions.push(interaction.id);
        if (initiatorActor < 0) continue;
        asStar = true;
      }
      memberNodes.length = members.length;
      for (var m = 0; m < members.length; m++) {
        var node = nodeOfActor[members[m]];
        if (node < 0) {
          node = nodeActors.length;
          nodeOfActor[members[m]] = node;
          nodeActors.push(members[m]);
        }
        memberNodes[m] = node;
      }
      tied += 1;
      if (asStar) {
        var hub = nodeOfActor[initiatorActor];
        for (var o = 0; o < memberNodes.length; o++) {
          if (memberNodes[o] !== hub) add(hub, memberNodes[o]);
        }
        continue;
      }
      for (var i = 0; i < memberNodes.length; i++) {
        for (var j = i + 1; j < memberNodes.length; j++) add(memberNodes[i], memberNodes[j]);
      }
    }

    // Ties sorted by (smaller, larger): filling the rows in this order leaves
    // every row sorted by neighbour (row v first gets the u < v, in order,
    // then the w > v, in order).
    var n = nodeActors.length;
    var keys = new Float64Array(weightOfPair.size);
    var index = 0;
    weightOfPair.forEach(function (_, key) { keys[index++] = key; });
    keys.sort();
    var offsets = new Int32Array(n + 1);
    var k;
    for (k = 0; k < keys.length; k++) {
      var a = Math.floor(keys[k] / KEY);
      offsets[a + 1] += 1;
      offsets[keys[k] - a * KEY + 1] += 1;
    }
    for (var v = 0; v < n; v++) offsets[v + 1] += offsets[v];
    var cursor = offsets.slice(0, n);
    var targets = new Int32Array(offsets[n]);
    var weights = new Float64Array(offsets[n]);
    for (k = 0; k < keys.length; k++) {
      var source = Math.floor(keys[k] / KEY);
      var target = keys[k] - source * KEY;
      var weight = weightOfPair.get(keys[k]);
      targets[cursor[source]] = target;
      weights[cursor[source]++] = weight;
      targets[cursor[target]] = source;
      weights[cursor[target]++] = weight;
    }
    return {
      directed: false,
      nodeCount: n,
      actors: Int32Array.from(nodeActors),
      nodeOfActor: nodeOfActor,
      offsets: offsets,
      targets: targets,
      weights: weights,
      tieCount: keys.length,
      interactionCount: selected.length,
      tiedInteractionCount: tied,
      largeInteractions: largeInteractions
    };
  }

  // ---------------------------------------------------------------------------
  // Shortest paths (port of ShortestPathSearch, breadth-first part)
  // ---------------------------------------------------------------------------

  /**
   * Preallocated buffers for breadth-first searches from one source at a time
   * and Brandes' dependency accumulation: a port of `ShortestPathSearch`
   * (Sources/ActorGraph/Analysis/ShortestPathSearch.swift) for undirected graphs.
   *
   * The search is the same direction-optimising one (each level expanded
   * top-down or bottom-up, whichever scans fewer ties), because the order in
   * which it finds nodes is the order in which betweenness adds dependencies:
   * the same order gives the same sums, bit for bit.
   */
  function PathSearch(graph) {
    var n = graph.nodeCount;
    var size = Math.max(n, 1);
    this.graph = graph;
    this.value = new Float64Array(size); // sigma, then (1 + delta) / sigma
    this.hops = new Int32Array(size).fill(INT32_MAX);
    this.order = new Int32Array(size + 1);
    this.dag = new Int32Array(graph.targets.length + 1);
    this.succStart = new Int32Array(size);
    this.succEnd = new Int32Array(size);
    this.predStart = new Int32Array(size);
    this.predEnd = new Int32Array(size);
    this.levelStart = new Int32Array(size + 2);
    this.levelBottomUp = new Uint8Array(size + 2);
    this.pending = new Float64Array(size);
    this.levels = 0;
  }

  /**
   * `countPathsByHops(from:in:)`: breadth-first search from `source` counting
   * shortest paths (Brandes 2001) level by level; fills hops, sigma, the queue
   * (`order`), the level boundaries and the shortest-path DAG. Returns the
   * number of nodes reached, the source included.
   */
  PathSearch.prototype.countPathsByHops = function (source) {
    var graph = this.graph;
    var offsets = graph.offsets, targets = graph.targets;
    // Undirected: the reverse adjacency is the same arrays.
    var reverseOffsets = offsets, sources = targets;
    var value = this.value, hops = this.hops, queue = this.order, dag = this.dag;
    var succStart = this.succStart, succEnd = this.succEnd, predStart = this.predStart, predEnd = this.predEnd;
    var levelStart = this.levelStart, levelBottomUp = this.levelBottomUp;
    var n = graph.nodeCount;
    hops[source] = 0;
    value[source] = 1;
    queue[0] = source;
    predStart[0] = 0;
    predEnd[0] = 0;
    levelStart[0] = 0;
    levelStart[1] = 1;
    levelBottomUp[0] = 0;
    var level = 0;
    var tail = 1, arcs = 0;
    var unreachedVolume = targets.length;
    for (;;) {
      var first = levelStart[level], last = levelStart[level + 1];
      if (first === last) break;
      var frontierVolume = 0;
      var i, v, e, end;
      for (i = first; i < last; i++) {
        v = queue[i];
        frontierVolume += offsets[v + 1] - offsets[v];
        unreachedVolume -= reverseOffsets[v + 1] - reverseOffsets[v];
      }
      if (unreachedVolume === 0) break;
      var depth = level;
      var next = depth + 1;
      if (unreachedVolume < frontierVolume) {
        // Bottom-up: every unreached node sums sigma over its parents, with two
        // running sums as Swift does (whole numbers: the order does not matter).
        levelBottomUp[level + 1] = 1;
        for (var w = 0; w < n; w++) {
          if (hops[w] !== INT32_MAX) continue;
          var start = arcs;
          var even = 0, odd = 0;
          e = reverseOffsets[w];
          end = reverseOffsets[w + 1];
          while (e + 1 < end) {
            var x = sources[e], u = sources[e + 1];
            if (hops[x] === depth) {
              even += value[x];
              dag[arcs++] = x;
            }
            if (hops[u] === depth) {
              odd += value[u];
              dag[arcs++] = u;
            }
            e += 2;
          }
          if (e < end) {
            x = sources[e];
            if (hops[x] === depth) {
              even += value[x];
              dag[arcs++] = x;
            }
          }
          if (arcs > start) {
            hops[w] = next;
            value[w] = even + odd;
            queue[tail] = w;
            predStart[tail] = start;
            predEnd[tail] = arcs;
            tail += 1;
          }
        }
      } else {
        // Top-down: the frontier pushes sigma to its children.
        levelBottomUp[level + 1] = 0;
        for (i = first; i < last; i++) {
          v = queue[i];
          var sigmaV = value[v];
          succStart[i] = arcs;
          end = offsets[v + 1];
          for (e = offsets[v]; e < end; e++) {
            var t = targets[e];
            var ht = hops[t];
            if (ht >= next) {
              if (ht > next) {
                hops[t] = next;
                queue[tail++] = t;
              }
              value[t] += sigmaV;
              dag[arcs++] = t;
            }
          }
          succEnd[i] = arcs;
        }
      }
      level += 1;
      levelStart[level + 1] = tail;
    }
    this.levels = level;
    return tail;
  };

  /**
   * `accumulateByHops(reached:into:)`: Brandes' backward pass, from the deepest
   * level back to the source's neighbours, adding each non-source node's
   * dependency delta(v) = Σ_w sigma(v)/sigma(w) (1 + delta(w)) to scores[v],
   * in the Swift order (successor sums in two running halves; shares of a
   * bottom-up level handed to the parents first).
   */
  PathSearch.prototype.accumulateByHops = function (scores) {
    var value = this.value, order = this.order, dag = this.dag, pending = this.pending;
    var succStart = this.succStart, succEnd = this.succEnd, predStart = this.predStart, predEnd = this.predEnd;
    var levelStart = this.levelStart, levelBottomUp = this.levelBottomUp;
    var level = this.levels;
    var i, v, e;
    if (level > 0) {
      for (i = levelStart[level]; i < levelStart[level + 1]; i++) {
        v = order[i];
        value[v] = 1 / value[v];
      }
    }
    while (level > 0) {
      var first = levelStart[level], last = levelStart[level + 1];
      if (levelBottomUp[level] !== 0 && level > 1) {
        for (i = first; i < last; i++) {
          var coefficient = value[order[i]];
          for (e = predStart[i]; e < predEnd[i]; e++) pending[dag[e]] += coefficient;
        }
      }
      level -= 1;
      if (level <= 0) break;
      var sharesPending = levelBottomUp[level + 1] !== 0;
      for (i = levelStart[level]; i < first; i++) {
        v = order[i];
        var even = 0, odd = 0;
        if (sharesPending) {
          even = pending[v];
          pending[v] = 0;
        } else {
          e = succStart[i];
          var end = succEnd[i];
          while (e + 1 < end) {
            even += value[dag[e]];
            odd += value[dag[e + 1]];
            e += 2;
          }
          if (e < end) even += value[dag[e]];
        }
        var sigmaV = value[v];
        var delta = sigmaV * (even + odd);
        scores[v] += delta;
        value[v] = (1 + delta) / sigmaV;
      }
    }
  };

  /** Forgets the last search: resets only the nodes it reached. */
  PathSearch.prototype.reset = function (reached) {
    var value = this.value, hops = this.hops, order = this.order;
    for (var i = 0; i < reached; i++) {
      var v = order[i];
      value[v] = 0;
      hops[v] = INT32_MAX;
    }
  };

  // ---------------------------------------------------------------------------
  // Scores. Each is a generator that yields now and then (after a source, an
  // iteration, a node), so that createComputation can run it in time slices.
  // ---------------------------------------------------------------------------

  /**
   * Degree: the number of distinct neighbours (Wasserman & Faust 1994; networkx
   * `G.degree()`), unnormalised. Port of `CompactGraph.degrees()`.
   */
  function degrees(graph) {
    var n = graph.nodeCount;
    var result = new Float64Array(n);
    for (var v = 0; v < n; v++) result[v] = graph.offsets[v + 1] - graph.offsets[v];
    return result;
  }

  /**
   * Strength: the sum of the weights of a node's ties (Barrat et al. 2004;
   * networkx `G.degree(weight="weight")`), here the number of interactions
   * behind each tie, summed. Port of `CompactGraph.strengths()`.
   */
  function strengths(graph) {
    var n = graph.nodeCount;
    var result = new Float64Array(n);
    for (var v = 0; v < n; v++) {
      var sum = 0;
      for (var e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) sum += graph.weights[e];
      result[v] = sum;
    }
    return result;
  }

  /**
   * The number of source chunks of `SourceParallelism.chunkCount`: Swift splits
   * the sources of betweenness into this many contiguous chunks (whatever the
   * number of threads), sums each chunk's dependencies separately and adds the
   * chunk sums in chunk order; so does this port, which therefore adds in the
   * same order on one thread.
   */
  function chunkCount(sourceCount, slotSize) {
    if (sourceCount <= 0) return 0;
    var byMemory = Math.max(1, Math.floor((8 << 20) / Math.max(slotSize, 1)));
    return Math.min(sourceCount, 32, byMemory);
  }

  /**
   * Betweenness, closeness and harmonic centrality from one breadth-first
   * search per node (the graph is undirected, so the search from u gives the
   * distances to u that Swift's closeness and harmonic searches give, in the
   * same queue order).
   *
   * - betweenness (Freeman 1977; Brandes 2001; networkx
   *   `betweenness_centrality(G)`, normalised, endpoints excluded):
   *   B(v) = Σ_{s≠v≠t} σ(s,t|v)/σ(s,t) over ordered pairs, divided by
   *   (n − 1)(n − 2) when n > 2 (0 for n <= 2). Port of
   *   `CompactGraph.betweenness` / `brandesSums` / `rescaleBetweenness`.
   * - closeness (networkx `closeness_centrality(G, wf_improved=True)`):
   *   C(u) = (r/T) (r/(n − 1)) for r nodes reaching u at total distance T; 0 for
   *   an isolate. Port of `CompactGraph.closeness`.
   * - harmonic (networkx `harmonic_centrality(G)`): H(u) = Σ_{v≠u} 1/d(v, u),
   *   unnormalised, summed in the search's queue order. Port of
   *   `CompactGraph.harmonic`.
   */
  function* pathScores(graph, out, progress) {
    var n = graph.nodeCount;
    var betweenness = new Float64Array(n);
    var closeness = new Float64Array(n);
    var harmonic = new Float64Array(n);
    out.betweenness = betweenness;
    out.closeness = closeness;
    out.harmonic = harmonic;
    if (n === 0) return;
    var search = new PathSearch(graph);
    var chunks = chunkCount(n, n);
    var partial = new Float64Array(n);
    var hops = search.hops, order = search.order;
    progress.total = n;
    for (var chunk = 0; chunk < chunks; chunk++) {
      var begin = Math.floor(chunk * n / chunks), end = Math.floor((chunk + 1) * n / chunks);
      for (var source = begin; source < end; source++) {
        var reached = search.countPathsByHops(source);
        // Closeness: hop counts summed as whole numbers.
        var value = 0;
        if (reached > 1) {
          var r = reached - 1;
          var total = 0;
          for (var i = 0; i < reached; i++) total += hops[order[i]];
          if (total > 0 && n > 1) value = (r / total) * (r / (n - 1));
        }
        closeness[source] = value;
        // Harmonic: 1/d in queue order (order[0] is the source).
        var sum = 0;
        for (var j = 1; j < reached; j++) sum += 1 / hops[order[j]];
        harmonic[source] = sum;
        search.accumulateByHops(partial);
        search.reset(reached);
        progress.done = source + 1;
        yield;
      }
      for (var v = 0; v < n; v++) {
        betweenness[v] += partial[v];
        partial[v] = 0;
      }
    }
    var targetsOther = n - 1;
    if (targetsOther >= 2) {
      var scale = 1.0 / (targetsOther * (targetsOther - 1));
      if (scale !== 1) for (var w = 0; w < n; w++) betweenness[w] *= scale;
    }
  }

  /**
   * Eigenvector centrality (Bonacich 1972), networkx's
   * `eigenvector_centrality(G)` power iteration step for step: start x = 1/n;
   * x'_v = x_v + Σ_{u~v} x_u (iterating with A + I), summed over neighbours in
   * node order; normalise x' to Euclidean length 1 (math.hypot, correctly
   * rounded); stop when Σ|x' − x| < n · tolerance and return x'. Norm 1 (not
   * max 1). Port of `CompactGraph.eigenvectorCentrality`; throws (here: sets
   * out.failure) after maxIterations without convergence.
   */
  function* eigenvector(graph, tolerance, maxIterations, out, progress) {
    var n = graph.nodeCount;
    if (n === 0) {
      out.values = new Float64Array(0);
      return;
    }
    var offsets = graph.offsets, sources = graph.targets;
    var current = new Float64Array(n).fill(1.0 / n);
    var next = new Float64Array(n);
    var threshold = n * tolerance;
    var lastChange = null;
    var limit = Math.max(maxIterations, 0);
    progress.total = limit;
    for (var iteration = 0; iteration < limit; iteration++) {
      var x = current, y = next;
      for (var v = 0; v < n; v++) {
        var sum = x[v];
        var end = offsets[v + 1];
        for (var e = offsets[v]; e < end; e++) sum += x[sources[e]];
        y[v] = sum;
      }
      var norm = euclideanNorm(y, n);
      if (norm === 0) norm = 1;
      for (var w = 0; w < n; w++) y[w] /= norm;
      var change = l1Distance(y, x, n);
      if (change < threshold) {
        out.values = next;
        return;
      }
      lastChange = change;
      current = y;
      next = x;
      progress.done = iteration + 1;
      yield;
    }
    out.failure = convergenceMessage("eigenvector centrality", limit, tolerance, lastChange);
  }

  /**
   * PageRank (Page et al. 1999), networkx's `pagerank(G, alpha=0.85)` (its SciPy
   * power iteration): x'_v = α (Σ_{u~v} x_u / deg(u) + Σ_{d dangling} x_d / n)
   * + (1 − α)/n, start 1/n, no renormalisation; stop when Σ|x' − x| <
   * n · tolerance and return x'. Sums to 1. Port of `CompactGraph.pageRank`
   * (unweighted).
   */
  function* pageRank(graph, tolerance, maxIterations, out, progress) {
    var n = graph.nodeCount;
    if (n === 0) {
      out.values = new Float64Array(0);
      return;
    }
    var offsets = graph.offsets, sources = graph.targets;
    var inverseOutStrength = new Float64Array(n);
    var dangling = [];
    for (var u = 0; u < n; u++) {
      var strength = offsets[u + 1] - offsets[u];
      if (strength !== 0) inverseOutStrength[u] = 1.0 / strength;
      else dangling.push(u);
    }
    var p = 1.0 / n;
    var teleport = (1 - DAMPING) * p;
    var threshold = n * tolerance;
    var current = new Float64Array(n).fill(p);
    var next = new Float64Array(n);
    var scaled = new Float64Array(n);
    var lastChange = null;
    var limit = Math.max(maxIterations, 0);
    progress.total = limit;
    for (var iteration = 0; iteration < limit; iteration++) {
      var x = current, y = next;
      var danglingSum = 0;
      for (var d = 0; d < dangling.length; d++) danglingSum += x[dangling[d]];
      var danglingShare = danglingSum * p;
      for (u = 0; u < n; u++) scaled[u] = x[u] * inverseOutStrength[u];
      var start = offsets[0];
      for (var v = 0; v < n; v++) {
        var end = offsets[v + 1];
        var sum = 0;
        for (var e = start; e < end; e++) sum += scaled[sources[e]];
        start = end;
        y[v] = DAMPING * (sum + danglingShare) + teleport;
      }
      var change = l1Distance(y, x, n);
      if (change < threshold) {
        out.values = next;
        return;
      }
      lastChange = change;
      current = y;
      next = x;
      progress.done = iteration + 1;
      yield;
    }
    out.failure = convergenceMessage("PageRank", limit, tolerance, lastChange);
  }

  /** `ConvergenceError.description`. */
  function convergenceMessage(algorithm, iterations, tolerance, lastChange) {
    return algorithm + " did not converge within " + iterations + " iteration" + (iterations === 1 ? "" : "s") +
      " (stopping rule: L1 change below n \u00d7 " + tolerance +
      (lastChange === null ? "" : "; last change " + lastChange) + ")";
  }

  /**
   * Burt's (1992) structural holes as networkx computes them, port of
   * `CompactGraph.structuralHoles(weighted: false)` on an undirected graph.
   * Mutual weight M_ij = 2 for a tie (a_ij + a_ji, unweighted), p_ij = M_ij /
   * Σ_k M_ik:
   *
   * - constraint (networkx `constraint`): c_i = Σ_j (p_ij + Σ_q p_iq p_qj)²;
   * - effective size (networkx `effective_size`, Borgatti's shortcut for
   *   unweighted undirected graphs): n − 2t/n, n = degree, t = ties among the
   *   contacts;
   * - efficiency: effective size / degree;
   * - hierarchy (Burt 1992 on networkx's local constraint): with N contacts,
   *   C = Σ_j ℓ_ij, r_j = ℓ_ij/(C/N): Σ_j r_j ln r_j / (N ln N); null when
   *   N <= 1 or C = 0 (ln correctly rounded, as glibc's).
   *
   * Isolates: null for all four (networkx: NaN).
   */
  function* structuralHoles(graph, out, progress) {
    var n = graph.nodeCount;
    var offsets = graph.offsets, contacts = graph.targets;
    var constraint = new Array(n).fill(null);
    var effectiveSize = new Array(n).fill(null);
    var efficiency = new Array(n).fill(null);
    var hierarchy = new Array(n).fill(null);
    out.constraint = constraint;
    out.effectiveSize = effectiveSize;
    out.efficiency = efficiency;
    out.hierarchy = hierarchy;
    // Unweighted: every mutual weight is 2.
    var MUTUAL = 2;
    var strength = new Float64Array(n);
    var v, e;
    for (v = 0; v < n; v++) {
      for (e = offsets[v]; e < offsets[v + 1]; e++) strength[v] += MUTUAL;
    }
    var proportion = new Float64Array(n);
    var local = [];
    progress.total = n;
    for (var i = 0; i < n; i++) {
      var begin = offsets[i], end = offsets[i + 1];
      if (begin < end) {
        for (e = begin; e < end; e++) proportion[contacts[e]] = MUTUAL / strength[i];
        local.length = 0;
        var total = 0;
        var tiesAmongContacts = 0;
        for (e = begin; e < end; e++) {
          var j = contacts[e];
          var indirect = 0;
          for (var f = offsets[j]; f < offsets[j + 1]; f++) {
            var q = contacts[f];
            var piq = proportion[q];
            if (piq === 0) continue;
            indirect += piq * (MUTUAL / strength[q]);
            tiesAmongContacts += 1;
          }
          var direct = proportion[j] + indirect;
          var lij = direct * direct;
          local.push(lij);
          total += lij;
        }
        var contactCount = end - begin;
        constraint[i] = total;
        var es = contactCount - tiesAmongContacts / contactCount;
        effectiveSize[i] = es;
        efficiency[i] = es / contactCount;
        if (contactCount > 1 && total !== 0) {
          var mean = total / contactCount;
          var sum = 0;
          for (var l = 0; l < local.length; l++) {
            var r = local[l] / mean;
            if (r > 0) sum += r * exactLog(r);
          }
          hierarchy[i] = sum / (contactCount * exactLog(contactCount));
        }
        for (e = begin; e < end; e++) proportion[contacts[e]] = 0;
      }
      progress.done = i + 1;
      if ((i & 63) === 63) yield;
    }
  }

  /**
   * Gould–Fernandez (1989) brokerage roles as R's `sna::brokerage(g, cl)`
   * computes them (sna 2.7.1): port of `CompactGraph.brokerage(labels:)`,
   * `countBrokerage` and `BrokerageNullModel` (same order of operations; pow
   * correctly rounded as glibc's).
   *
   * For every ordered two-path i → j → k (i, j, k distinct) with no tie i → k,
   * the broker j gets one role by the groups of i, j and k: coordinator (all
   * one group), itinerant (i and k in one other group), representative (i with
   * j), gatekeeper (k with j), liaison (three groups); total is their sum. An
   * undirected tie counts both ways. Expected counts and z-scores: sna's null
   * model with density d = arcs / (N (N − 1)); z = (raw − E)/√variance, null
   * where it is not finite (sna's NaN).
   *
   * `labels` holds one group label per node; a node without a country is given
   * the label "(none)" (`NodeScores.ungroupedLabel`). Groups are numbered in
   * order of first appearance.
   */
  function* brokerage(graph, labels, out, progress) {
    var n = graph.nodeCount;
    var offsets = graph.offsets, targets = graph.targets;
    var indexOfLabel = new Map();
    var group = new Int32Array(n);
    var sizes = [];
    var v;
    for (v = 0; v < n; v++) {
      var index = indexOfLabel.get(labels[v]);
      if (index === undefined) {
        index = sizes.length;
        indexOfLabel.set(labels[v], index);
        sizes.push(0);
      }
      group[v] = index;
      sizes[index] += 1;
    }
    var counts = {};
    for (var r = 0; r < 5; r++) counts[ROLES[r]] = new Float64Array(n);
    var coordinator = counts.coordinator, itinerant = counts.itinerant, representative = counts.representative;
    var gatekeeper = counts.gatekeeper, liaison = counts.liaison;
    var mark = new Int32Array(n).fill(-1);
    progress.total = n;
    for (var i = 0; i < n; i++) {
      var begin = offsets[i], end = offsets[i + 1];
      var e;
      for (e = begin; e < end; e++) mark[targets[e]] = i;
      var gi = group[i];
      for (e = begin; e < end; e++) {
        var j = targets[e];
        var gj = group[j];
        for (var f = offsets[j]; f < offsets[j + 1]; f++) {
          var k = targets[f];
          if (k === i || mark[k] === i) continue;
          var gk = group[k];
          if (gi === gj) {
            if (gj === gk) coordinator[j] += 1;
            else representative[j] += 1;
          } else if (gj === gk) {
            gatekeeper[j] += 1;
          } else if (gi === gk) {
            itinerant[j] += 1;
          } else {
            liaison[j] += 1;
          }
        }
      }
      progress.done = i + 1;
      if ((i & 63) === 63) yield;
    }
    var total = new Float64Array(n);
    for (v = 0; v < n; v++) {
      total[v] = coordinator[v] + itinerant[v] + representative[v] + gatekeeper[v] + liaison[v];
    }
    counts.total = total;

    var model = nullModel(n, targets.length, sizes);
    var expectedByGroup = [];
    var sdByGroup = [];
    for (var g = 0; g < sizes.length; g++) {
      var expected = model.expected(g);
      var variance = model.variance(g, expected);
      var sd = {};
      for (r = 0; r < ROLES.length; r++) sd[ROLES[r]] = Math.sqrt(variance[ROLES[r]]);
      expectedByGroup.push(expected);
      sdByGroup.push(sd);
    }
    out.raw = counts;
    out.group = group;
    out.expectedByGroup = expectedByGroup;
    out.z = function (role, node) {
      var gr = group[node];
      var value = (counts[role][node] - expectedByGroup[gr][role]) / sdByGroup[gr][role];
      return isFinite(value) ? value : null;
    };
  }

  /**
   * `BrokerageNullModel`: sna's expected brokerage counts and variances per
   * group, evaluated in sna's (and the Swift port's) order of operations.
   */
  function nullModel(nodeCount, arcCount, groupSizes) {
    var N = nodeCount;
    var sizes = groupSizes.slice();
    var d = arcCount / (nodeCount * (nodeCount - 1));
    var k = d * d * (1 - d);
    var d3q3 = exactPower(d, 3) * exactPower(1 - d, 3);

    function choose2(a) { return a * (a - 1) / 2; }

    function expected(i) {
      var ni = sizes[i];
      var itinerant = 0, others = 0, othersSquared = 0;
      for (var g = 0; g < sizes.length; g++) {
        if (g === i) continue;
        var ng = sizes[g];
        itinerant += ng * (ng - 1);
        others += ng;
        othersSquared += ng * ng;
      }
      var representative = k * (N - ni) * (ni - 1);
      return {
        coordinator: k * (ni - 1) * (ni - 2),
        itinerant: k * itinerant,
        representative: representative,
        gatekeeper: representative,
        liaison: k * (others * others - othersSquared),
        total: k * (N - 1) * (N - 2)
      };
    }

    function variance(i, e) {
      var ni = sizes[i];
      var oneMinusK = 1 - k;
      var itinerant = 0, liaison = 0;
      for (var g = 0; g < sizes.length; g++) {
        if (g === i) continue;
        var ng = sizes[g];
        itinerant += ng * (ng - 1) * (ng - 2);
        liaison += ng * choose2(N - ng - ni) * d3q3;
      }
      var representative = e.representative * oneMinusK +
        2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * d3q3;
      return {
        coordinator: e.coordinator * oneMinusK + 2 * (ni - 1) * (ni - 2) * (ni - 3) * d3q3,
        itinerant: e.itinerant * oneMinusK + 2 * itinerant * d3q3,
        representative: representative,
        gatekeeper: representative,
        liaison: e.liaison * oneMinusK + 4 * liaison,
        total: e.total * oneMinusK + 2 * (N - 1) * (N - 2) * (N - 3) * d3q3
      };
    }

    return { expected: expected, variance: variance };
  }

  // ---------------------------------------------------------------------------
  // Putting it together
  // ---------------------------------------------------------------------------

  /**
   * Swift's String `<` for the tie-break by name: Unicode scalar order of the
   * NFC forms, given here (UTF-16 code units differ from it only for
   * characters beyond U+FFFF against U+E000–U+FFFF, so those compare by code
   * point).
   */
  function compareNames(x, y) {
    if (x === y) return 0;
    var i = 0, j = 0;
    while (i < x.length && j < y.length) {
      var cx = x.codePointAt(i), cy = y.codePointAt(j);
      if (cx !== cy) return cx < cy ? -1 : 1;
      i += cx > 0xffff ? 2 : 1;
      j += cy > 0xffff ? 2 : 1;
    }
    if (i < x.length) return 1;
    if (j < y.length) return -1;
    return 0;
  }

  /**
   * The scores of a projected network as a step-by-step computation:
   * {step(milliseconds) -> true when done, progress: {phase, done, total},
   * result (after the last step)}. See compute for the options and the result.
   */
  function createComputation(data, network, options) {
    var settings = options || {};
    if (settings.weighted) throw new Error("ActorGraphScores: weighted scores are not implemented in the page");
    var progress = { phase: "start", done: 0, total: 0 };
    var generator = computeSteps(data, network, settings, progress);
    var computation = {
      progress: progress,
      result: null,
      finished: false,
      step: function (milliseconds) {
        if (computation.finished) return true;
        var deadline = now() + (milliseconds === undefined ? 20 : milliseconds);
        for (;;) {
          var next = generator.next();
          if (next.done) {
            computation.result = next.value;
            computation.finished = true;
            return true;
          }
          if (now() >= deadline) return false;
        }
      }
    };
    return computation;
  }

  function now() {
    return typeof performance !== "undefined" && performance.now ? performance.now() : Date.now();
  }

  /** The work of compute, as a generator that yields between slices. */
  function* computeSteps(data, network, options, progress) {
    var tolerance = options.tolerance === undefined ? DEFAULT_TOLERANCE : options.tolerance;
    var maxIterations = options.maxIterations === undefined ? DEFAULT_MAX_ITERATIONS : options.maxIterations;
    var n = network.nodeCount;
    var actors = data.actors;
    var ids = new Array(n), labels = new Array(n), groups = new Array(n);
    var anyGroup = false;
    for (var v = 0; v < n; v++) {
      var actor = actors[network.actors[v]];
      ids[v] = actor.id;
      labels[v] = actor.name;
      var country = actor.country;
      groups[v] = typeof country === "string" && country !== "" ? country : null;
      if (groups[v] !== null) anyGroup = true;
    }
    // `ProjectedNetwork.groups(by:)`: no grouping when no node has a country;
    // then brokerage is not computed (and no "group" is written).
    if (!anyGroup) groups = null;

    var values = {};
    var failures = {};
    function setPhase(name) {
      progress.phase = name;
      progress.done = 0;
      progress.total = 0;
    }

    setPhase("degree");
    values.degree = degrees(network);
    values.strength = strengths(network);

    setPhase("paths");
    var paths = {};
    yield* pathScores(network, paths, progress);
    values.betweenness = paths.betweenness;
    values.closeness = paths.closeness;
    values.harmonic = paths.harmonic;

    setPhase("eigenvector");
    var eigen = {};
    yield* eigenvector(network, tolerance, maxIterations, eigen, progress);
    if (eigen.failure) failures.eigenvector = eigen.failure;
    else values.eigenvector = eigen.values;

    setPhase("pagerank");
    var rank = {};
    yield* pageRank(network, tolerance, maxIterations, rank, progress);
    if (rank.failure) failures.pagerank = rank.failure;
    else values.pagerank = rank.values;

    setPhase("structuralHoles");
    var holes = {};
    yield* structuralHoles(network, holes, progress);
    values.constraint = holes.constraint;
    values.effectiveSize = holes.effectiveSize;
    values.efficiency = holes.efficiency;
    values.hierarchy = holes.hierarchy;

    var roles = null;
    if (groups) {
      setPhase("brokerage");
      roles = {};
      var brokerageLabels = groups.map(function (g) { return g === null ? UNGROUPED_LABEL : g; });
      yield* brokerage(network, brokerageLabels, roles, progress);
    }

    // As NodeScores: a score with a value that is not finite fails as a whole.
    var names = SCORE_NAMES.filter(function (name) { return name !== "brokerage"; });
    names.forEach(function (name) {
      var column = values[name];
      if (!column) return;
      for (var i = 0; i < column.length; i++) {
        var x = column[i];
        if (x !== null && !isFinite(x)) {
          delete values[name];
          failures[name] = name + " overflowed double precision (tie weights too large or too small); rescale the weights";
          return;
        }
      }
    });

    setPhase("writing");
    // `ScoreReport.order()`: by degree, highest first (undefined last), then by name.
    var sortColumn = values.degree;
    var sortNames = labels.map(function (label) { return label.normalize("NFC"); });
    var order = new Array(n);
    for (v = 0; v < n; v++) order[v] = v;
    order.sort(function (a, b) {
      var x = sortColumn ? sortColumn[a] : null, y = sortColumn ? sortColumn[b] : null;
      x = x === null || x !== x ? -Infinity : x;
      y = y === null || y !== y ? -Infinity : y;
      if (x !== y) return x > y ? -1 : 1;
      return compareNames(sortNames[a], sortNames[b]);
    });

    var nodes = new Array(n);
    for (var position = 0; position < n; position++) {
      var node = order[position];
      var record = { id: ids[node], label: labels[node] };
      if (groups) record.group = groups[node];
      for (var s = 0; s < names.length; s++) {
        var column = values[names[s]];
        record[names[s]] = column ? jsonNumber(column[node]) : null;
      }
      if (roles) {
        var raw = {}, expected = {}, z = {};
        for (var r = 0; r < ROLES.length; r++) {
          var role = ROLES[r];
          raw[role] = roles.raw[role][node];
          expected[role] = jsonNumber(roles.expectedByGroup[roles.group[node]][role]);
          z[role] = roles.z(role, node);
        }
        raw.expected = expected;
        raw.z = z;
        record.brokerage = raw;
      }
      nodes[position] = record;
    }
    var result = { directed: false, weighted: false, nodes: nodes };
    // Not part of the command's JSON (JSON.stringify leaves them out): the
    // scores that failed with the reason, and the node index of each record.
    Object.defineProperty(result, "failures", { value: failures, enumerable: false });
    Object.defineProperty(result, "order", { value: order, enumerable: false });
    progress.phase = "done";
    return result;
  }

  /** `JSONText.number`: null for undefined, NaN and infinities. */
  function jsonNumber(x) {
    return x === null || x === undefined || !isFinite(x) ? null : x;
  }

  /**
   * Every standard score of a projected network (from project), in exactly the
   * shape `actorgraph scores DATASET --format json` prints for the same filter:
   *
   *   {"directed": false, "weighted": false, "nodes": [{"id", "label", "group",
   *    "degree", "strength", "betweenness", "closeness", "harmonic",
   *    "eigenvector", "pagerank", "constraint", "effectiveSize", "efficiency",
   *    "hierarchy", "brokerage": {role: count…, "expected": {…}, "z": {…}}}]}
   *
   * Nodes come in the command's default order (degree, highest first, then by
   * name); "group" is the actor's country (null for an actor without one; no
   * "group" and no "brokerage" when no node has a country); undefined values
   * are null. A score that did not converge (eigenvector, PageRank) is null for
   * every node and its reason is in result.failures ({name: message}, not
   * enumerated, so JSON.stringify(result) is the command's object);
   * result.order[i] is the node index of nodes[i].
   *
   * options: {tolerance (default 1e-13), maxIterations (default 10000)}: the
   * convergence criteria of eigenvector and PageRank (stop when the L1 change
   * is below n × tolerance).
   */
  function compute(data, network, options) {
    var computation = createComputation(data, network, options);
    computation.step(Infinity);
    return computation.result;
  }

  /**
   * compute in slices of about `hooks.sliceMilliseconds` (default 20 ms) with
   * setTimeout between them, so the page stays responsive. Before each slice
   * `hooks.shouldStop()` is asked; when it returns true the work is abandoned
   * and the promise resolves to null. `hooks.onProgress({phase, done, total})`
   * is told after each slice. Phases: degree, paths (betweenness, closeness
   * and harmonic: done/total counts source nodes, most of the work),
   * eigenvector and pagerank (iterations done / the limit: they stop far
   * sooner), structuralHoles and brokerage (nodes), writing, done.
   * The promise rejects if the computation throws.
   */
  function computeAsync(data, network, options, hooks) {
    var h = hooks || {};
    var slice = h.sliceMilliseconds === undefined ? 20 : h.sliceMilliseconds;
    return new Promise(function (resolve, reject) {
      var computation;
      try {
        computation = createComputation(data, network, options);
      } catch (error) {
        reject(error);
        return;
      }
      function run() {
        try {
          if (h.shouldStop && h.shouldStop()) {
            resolve(null);
            return;
          }
          var done = computation.step(slice);
          if (h.onProgress) h.onProgress(computation.progress);
          if (done) resolve(computation.result);
          else setTimeout(run, 0);
        } catch (error) {
          reject(error);
        }
      }
      run();
    });
  }

  return {
    SCORE_NAMES: SCORE_NAMES,
    ROLES: ROLES,
    DEFAULT_TOLERANCE: DEFAULT_TOLERANCE,
    DEFAULT_MAX_ITERATIONS: DEFAULT_MAX_ITERATIONS,
    select: select,
    tiedActors: tiedActors,
    project: project,
    compute: compute,
    computeAsync: computeAsync,
    createComputation: createComputation
  };
})();
