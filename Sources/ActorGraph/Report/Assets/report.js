/* actorgraph report: the page's code.
 *
 * Everything the page shows comes from the JSON block #actorgraph-data (see Guides/Report.md and
 * the layout in ReportData.swift) and the inline SVG that Graphviz drew. Text from the data goes
 * into the DOM only through textContent and createElement: never innerHTML, never eval. The page
 * loads nothing (the Content-Security-Policy forbids it anyway).
 *
 * The filtered network is computed by scores.js (ActorGraphScores, loaded just before this file,
 * in the same <script> element): select() picks the interactions a filter keeps, project() turns
 * them into the network `actorgraph scores` would build, computeAsync() scores it in slices so the
 * page stays responsive. Without a filter the page shows the scores Swift computed (data.scores.full).
 *
 * Sections: helpers · data and indices · filters and time slider · update · diagram (pan, zoom,
 * classes) · search · score table · details panel · timeline · test hooks and start.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const $ = (id) => document.getElementById(id);

  /** An HTML element: h('li', {class: 'x', dir: 'auto'}, ['text', otherNode]). Attribute values and
   *  string children are set as text; `text` sets textContent. */
  function h(tag, attrs, children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [name, value] of Object.entries(attrs)) {
        if (value === null || value === undefined || value === false) continue;
        if (name === 'text') node.textContent = String(value);
        else if (name === 'class') node.className = value;
        else node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    if (children) {
      for (const child of children) {
        if (child === null || child === undefined || child === false) continue;
        node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
      }
    }
    return node;
  }

  /** Arabic-script letters (the blocks the normaliser covers). */
  const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
  const isArabic = (text) => typeof text === 'string' && ARABIC.test(text);

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  // Day numbers are Python's date.toordinal(): 1 January of year 1 is day 1.
  const UNIX_EPOCH_DAY = 719163; // date(1970, 1, 1).toordinal()
  const MS_PER_DAY = 86400000;

  function dayFromDate(year, month, day) {
    const t = new Date(0);
    t.setUTCFullYear(year, month - 1, day);
    return Math.round(t.getTime() / MS_PER_DAY) + UNIX_EPOCH_DAY;
  }
  function dateFromDay(dayNumber) {
    const t = new Date((dayNumber - UNIX_EPOCH_DAY) * MS_PER_DAY);
    return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  }
  /** "2025-01-01" for a day number (the form the command line takes). */
  function isoDay(dayNumber) {
    const d = dateFromDay(dayNumber);
    return String(d.year).padStart(4, '0') + '-' + String(d.month).padStart(2, '0') + '-' + String(d.day).padStart(2, '0');
  }
  /** "12 Apr 2025" for a day number. */
  function formatDay(dayNumber) {
    const d = dateFromDay(dayNumber);
    return d.day + ' ' + MONTHS[d.month - 1] + ' ' + d.year;
  }
  /** A partial ISO date as people write it: "2021", "Jun 2021", "16 Jun 2021". */
  function formatPartial(text) {
    if (!text) return '';
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    if (!m) return text;
    if (!m[2]) return m[1];
    const month = MONTHS[Number(m[2]) - 1] || m[2];
    return (m[3] ? Number(m[3]) + ' ' : '') + month + ' ' + m[1];
  }
  function formatInterval(interaction) {
    if (!interaction.date) return 'undated';
    const start = formatPartial(interaction.date);
    return interaction.endDate ? start + ' – ' + formatPartial(interaction.endDate) : start;
  }

  /** A score for the table: integers as they are, others to four significant digits. */
  function formatScore(value) {
    if (value === null || value === undefined || Number.isNaN(value)) return '–';
    if (Number.isInteger(value)) return String(value);
    const magnitude = Math.abs(value);
    if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e6)) return value.toExponential(2);
    return value.toPrecision(4);
  }

  /** Code-point order of two strings (Swift compares String by Unicode scalars, JS `<` by UTF-16
   *  units; they differ only above U+FFFF, but the order must be the command line's exactly). */
  const nfcForms = new Map(); // sorting compares the same labels many times: normalise each once
  function nfc(text) {
    let form = nfcForms.get(text);
    if (form === undefined) {
      form = text.normalize('NFC');
      nfcForms.set(text, form);
    }
    return form;
  }
  function compareStrings(a, b) {
    if (a === b) return 0;
    const x = nfc(a), y = nfc(b);
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n;) {
      const p = x.codePointAt(i), q = y.codePointAt(i);
      if (p !== q) return p < q ? -1 : 1;
      i += p > 0xFFFF ? 2 : 1;
    }
    return x.length === y.length ? 0 : (x.length < y.length ? -1 : 1);
  }

  // ---------------------------------------------------------------------------------------------
  // Data and indices
  // ---------------------------------------------------------------------------------------------

  /** The data block. Large reports store two members compactly; they are read here into the shapes
   *  the rest of this file uses (those of the contract, Guides/Report.md):
   *  - diagram.ties as arrays [a, b, [interactions], affiliation 0/1, line] (the K-th is "tie-K"),
   *    `line` an index into diagram.lines ([colour, style, pen width]);
   *  - scores.full by column ({ids, labels, groups, columns: {score: [...]}, brokerage: {role: [...],
   *    expected: {role: [...]}, z: {role: [...]}}, failures}) instead of one object per actor. */
  function readData() {
    const raw = JSON.parse($('actorgraph-data').textContent);
    const lines = raw.diagram.lines || [];
    raw.diagram.ties = raw.diagram.ties.map((tie, index) => (Array.isArray(tie)
      ? { svg: 'tie-' + index, a: tie[0], b: tie[1], interactions: tie[2], affiliation: Boolean(tie[3]), line: lines[tie[4]] || null }
      : tie));
    if (raw.scores && raw.scores.full && !raw.scores.full.nodes) raw.scores.full = scoresFromColumns(raw.scores.full);
    return raw;
  }

  /** `actorgraph scores --format json`'s object from the columnar form. */
  function scoresFromColumns(full) {
    const columns = full.columns || {};
    const nodes = full.ids.map((id, i) => {
      const node = { id: id, label: full.labels[i] };
      if (full.groups) node.group = full.groups[i];
      for (const name of Object.keys(columns)) node[name] = columns[name][i];
      if (full.brokerage) {
        const roles = {}, expected = {}, z = {};
        for (const role of Object.keys(full.brokerage)) {
          if (role === 'expected' || role === 'z') continue;
          roles[role] = full.brokerage[role][i];
          expected[role] = full.brokerage.expected ? full.brokerage.expected[role][i] : null;
          z[role] = full.brokerage.z ? full.brokerage.z[role][i] : null;
        }
        roles.expected = expected;
        roles.z = z;
        node.brokerage = roles;
      }
      return node;
    });
    const result = { directed: full.directed, weighted: full.weighted, nodes: nodes };
    Object.defineProperty(result, 'failures', { value: full.failures || {}, enumerable: false });
    return result;
  }

  const data = readData();
  const actors = data.actors;
  const interactions = data.interactions;
  const labelsMode = data.labels || 'both';        // "en" hides every Arabic text
  const englishOnly = labelsMode === 'en';
  const scoreNames = (data.scores && data.scores.names) || [];
  const palette = data.palette || { kind: {}, track: {}, country: {} };

  const actorIndexById = new Map(actors.map((actor, index) => [actor.id, index]));
  const tieOfSvgId = new Map();          // "tie-7" → index into data.diagram.ties
  const tiesOfActor = actors.map(() => []);
  data.diagram.ties.forEach((tie, index) => {
    tieOfSvgId.set(tie.svg, index);
    tiesOfActor[tie.a].push(index);
    if (tie.b !== tie.a) tiesOfActor[tie.b].push(index);
  });
  // Who names this actor as affiliation or parent (the reverse of actor.affiliations / parent).
  const membersOf = actors.map(() => []);
  actors.forEach((actor, index) => {
    for (const affiliation of actor.affiliations || []) membersOf[affiliation.actor].push({ actor: index, role: affiliation.role, former: affiliation.former });
    if (actor.parent !== null && actor.parent !== undefined) membersOf[actor.parent].push({ actor: index, role: 'part of', former: false });
  });

  /** The name shown for an actor: Arabic in "ar" mode when it has one. */
  function displayName(index) {
    const actor = actors[index];
    return labelsMode === 'ar' && actor.arabic ? actor.arabic : actor.name;
  }
  /** A span with an actor's name, isolated for bidirectional text. */
  function nameSpan(index, extraClass) {
    const name = displayName(index);
    return h('span', { class: extraClass || null, dir: 'auto', lang: isArabic(name) ? 'ar' : null, text: name });
  }
  /** A button that opens an actor's details. */
  function actorButton(index) {
    const button = h('button', { type: 'button', class: 'link', 'data-actor-index': index }, [nameSpan(index)]);
    button.addEventListener('click', () => selectActor(index, { center: true }));
    return button;
  }
  /** Text from the data for the panels: isolated, Arabic marked as such, hidden in English-only mode. */
  function userText(tag, text, attrs) {
    const value = text === null || text === undefined ? '' : String(text);
    if (englishOnly && isArabic(value)) return h(tag, Object.assign({ class: 'hint' }, attrs || {}), ['(Arabic text hidden: English-only report)']);
    return h(tag, Object.assign({ dir: 'auto', lang: isArabic(value) ? 'ar' : null, text: value }, attrs || {}));
  }

  // ---------------------------------------------------------------------------------------------
  // Filters and the time slider
  // ---------------------------------------------------------------------------------------------

  // The values each filter offers, in the order the command line lists them; kinds outside the
  // standard list (custom kinds in the data) follow.
  const FILTERS = [
    { name: 'kind', key: 'kinds', field: 'kind', box: 'filter-kind',
      values: ['meeting', 'call', 'visit', 'talks', 'summit', 'briefing', 'message'] },
    { name: 'track', key: 'tracks', field: 'track', box: 'filter-track', values: ['official', 'track1.5', 'track2'],
      labels: { 'official': 'official', 'track1.5': 'track 1.5', 'track2': 'track 2' } },
    { name: 'disclosure', key: 'disclosures', field: 'disclosure', box: 'filter-disclosure', values: ['secret', 'unannounced', 'public'] },
    { name: 'status', key: 'statuses', field: 'status', box: 'filter-status', values: ['confirmed', 'reported', 'denied', 'planned'] },
  ];
  for (const interaction of interactions) {
    if (!FILTERS[0].values.includes(interaction.kind)) FILTERS[0].values.push(interaction.kind);
  }

  /** The current filter: a Set (or null = everything) per field, and from/to day numbers (or null). */
  const filter = { kinds: null, tracks: null, disclosures: null, statuses: null, from: null, to: null };

  function buildFilterControls() {
    for (const spec of FILTERS) {
      const box = $(spec.box);
      const counts = new Map();
      for (const interaction of interactions) {
        const value = interaction[spec.field];
        if (value !== null && value !== undefined) counts.set(value, (counts.get(value) || 0) + 1);
      }
      for (const value of spec.values) {
        const input = h('input', { type: 'checkbox', name: spec.name, value: value, checked: true });
        input.addEventListener('change', () => { readChecks(spec); update(); });
        const parts = [input];
        if (spec.name === 'kind') parts.push(h('span', { class: 'swatch', 'aria-hidden': 'true' }));
        parts.push(h('span', { dir: 'auto', text: (spec.labels && spec.labels[value]) || value }));
        parts.push(h('span', { class: 'count', title: 'interactions in the dataset', text: String(counts.get(value) || 0) }));
        const label = h('label', null, parts);
        if (spec.name === 'kind') label.querySelector('.swatch').style.background = palette.kind[value] || '#777777';
        box.append(label);
      }
      const missing = interactions.length - Array.from(counts.values()).reduce((a, b) => a + b, 0);
      if (missing > 0 && spec.name !== 'kind') {
        box.append(h('p', { class: 'hint', text: missing + ' without a ' + spec.name + ': shown only while every box is ticked' }));
      }
    }
  }

  /** A filter field from its checkboxes: null when every box is ticked (so nothing is excluded). */
  function readChecks(spec) {
    const inputs = Array.from($(spec.box).querySelectorAll('input[type=checkbox]'));
    const ticked = inputs.filter((input) => input.checked).map((input) => input.value);
    filter[spec.key] = ticked.length === inputs.length ? null : new Set(ticked);
  }
  function writeChecks(spec) {
    for (const input of $(spec.box).querySelectorAll('input[type=checkbox]')) {
      input.checked = filter[spec.key] === null || filter[spec.key].has(input.value);
    }
  }

  // The time slider moves in whole months from the month of the first dated interaction to the
  // month of the last. At both ends it sets no bound at all, so undated interactions stay in.
  const time = { months: 0, base: 0 }; // base: year * 12 + month - 1 of the first month
  if (data.span) {
    const first = dateFromDay(data.span.first), last = dateFromDay(data.span.last);
    time.base = first.year * 12 + first.month - 1;
    time.months = last.year * 12 + last.month - 1 - time.base + 1;
  }
  const monthStart = (k) => dayFromDate(Math.floor((time.base + k) / 12), ((time.base + k) % 12) + 1, 1);
  const monthEnd = (k) => monthStart(k + 1) - 1;
  function monthOfDay(dayNumber) {
    const d = dateFromDay(dayNumber);
    return Math.min(time.months - 1, Math.max(0, d.year * 12 + d.month - 1 - time.base));
  }
  function monthLabel(k) {
    const m = time.base + k;
    return MONTHS[m % 12] + ' ' + Math.floor(m / 12);
  }

  function buildTimeControls() {
    const from = $('time-from'), to = $('time-to');
    if (!data.span) {
      $('time').disabled = true;
      $('time-label').textContent = 'No dated interactions';
      return;
    }
    for (const input of [from, to]) {
      input.min = '0';
      input.max = String(time.months - 1);
      input.step = '1';
    }
    from.value = '0';
    to.value = String(time.months - 1);
    from.addEventListener('input', () => readSliders(from));
    to.addEventListener('input', () => readSliders(to));
    $('time-all').addEventListener('click', () => setFilter({ from: null, to: null }));
  }

  /** The time bounds from the two sliders; the one not moved follows so that from ≤ to. */
  function readSliders(moved) {
    const from = $('time-from'), to = $('time-to');
    let a = Number(from.value), b = Number(to.value);
    if (a > b) {
      if (moved === from) { b = a; to.value = String(b); } else { a = b; from.value = String(a); }
    }
    filter.from = a === 0 ? null : monthStart(a);
    filter.to = b === time.months - 1 ? null : monthEnd(b);
    update();
  }
  function writeSliders() {
    if (!data.span) return;
    $('time-from').value = String(filter.from === null ? 0 : monthOfDay(filter.from));
    $('time-to').value = String(filter.to === null ? time.months - 1 : monthOfDay(filter.to));
  }
  /** What a screen reader says for each thumb: the month, not the step number. */
  function describeSliders() {
    if (!data.span) return;
    for (const id of ['time-from', 'time-to']) $(id).setAttribute('aria-valuetext', monthLabel(Number($(id).value)));
  }
  function timeRangeText() {
    if (!data.span) return 'No dated interactions';
    if (filter.from === null && filter.to === null) {
      return monthLabel(0) + ' – ' + monthLabel(time.months - 1) + ' (all, undated too)';
    }
    const first = dateFromDay(filter.from === null ? data.span.first : filter.from);
    const from = filter.from === null ? monthLabel(0) : (first.day === 1 ? monthLabel(monthOfDay(filter.from)) : formatDay(filter.from));
    let to = monthLabel(time.months - 1);
    if (filter.to !== null) {
      to = dateFromDay(filter.to + 1).day === 1 ? MONTHS[dateFromDay(filter.to).month - 1] + ' ' + dateFromDay(filter.to).year : formatDay(filter.to);
    }
    return from + ' – ' + to;
  }

  function isIdentity(f) {
    return f.kinds === null && f.tracks === null && f.disclosures === null && f.statuses === null && f.from === null && f.to === null;
  }
  /** The filter as plain JSON (arrays), for the test hooks and the print header. */
  function filterSnapshot() {
    const list = (set) => (set === null ? null : Array.from(set).sort());
    return { kinds: list(filter.kinds), tracks: list(filter.tracks), disclosures: list(filter.disclosures),
      statuses: list(filter.statuses), from: filter.from, to: filter.to };
  }
  /** The same selection as command-line flags, shown in print and in the scores note. */
  function filterFlags() {
    const parts = [];
    for (const spec of FILTERS) {
      if (filter[spec.key] !== null) parts.push('--' + spec.key + ' ' + (Array.from(filter[spec.key]).join(',') || '""'));
    }
    if (filter.from !== null) parts.push('--from ' + isoDay(filter.from));
    if (filter.to !== null) parts.push('--to ' + isoDay(filter.to));
    return parts.join(' ');
  }

  /** Changes some fields of the filter (the rest stay) and updates the page. Sets may be given as
   *  arrays; from/to as day numbers. */
  function setFilter(partial) {
    for (const spec of FILTERS) {
      if (partial && Object.prototype.hasOwnProperty.call(partial, spec.key)) {
        const value = partial[spec.key];
        filter[spec.key] = value === null || value === undefined ? null : new Set(Array.from(value, String));
        writeChecks(spec);
      }
    }
    for (const key of ['from', 'to']) {
      if (partial && Object.prototype.hasOwnProperty.call(partial, key)) {
        filter[key] = partial[key] === null || partial[key] === undefined ? null : Number(partial[key]);
      }
    }
    writeSliders();
    update();
    return waitForScores();
  }

  // ---------------------------------------------------------------------------------------------
  // Update: the filter changed
  // ---------------------------------------------------------------------------------------------

  const state = {
    identity: true,
    chosen: [],             // indices of the interactions that pass the filter
    selected: new Uint8Array(interactions.length),   // 1 = the interaction passes the filter
    selectedCount: interactions.length,
    network: null,          // the projected network (scores.js), projected when first needed
    inNetwork: new Uint8Array(actors.length),        // 1 = the actor is a node of that network
    networkActorCount: 0,
    nodeVisible: new Uint8Array(actors.length),
    tieVisible: new Uint8Array(data.diagram.ties.length),
    visibleTieCount: 0,     // diagram ties of interactions shown (= the network's ties)
    lastUpdateMs: 0,
    scores: null,           // the current scores JSON object (shape of `actorgraph scores --format json`)
    scoreOfActor: new Map(),
    ranks: null,            // lazily: score name → Map actor index → rank
    scoresPending: Promise.resolve(),
    generation: 0,
    details: null,          // {type: 'actor'|'tie', index}
    hover: null,
  };
  let fullNetwork = null;   // the unfiltered network, for the "of N" counts

  // The actors each interaction ties, by the rules of project() (scores.js): a filter step marks
  // the actors of the selected interactions at once from these lists; the network itself (node
  // order, merged ties, what the scores need) is projected only when asked for, not on every step.
  const tiedActors = ActorGraphScores.tiedActors(data);

  /** The interactions the filter keeps (scores.js selects them) and the actors they tie. */
  function computeSelection() {
    const chosen = ActorGraphScores.select(data, filter);
    const selected = new Uint8Array(interactions.length);
    const inNetwork = new Uint8Array(actors.length);
    let actorCount = 0;
    for (const k of chosen) {
      selected[k] = 1;
      for (const actor of tiedActors[k]) {
        if (!inNetwork[actor]) { inNetwork[actor] = 1; actorCount += 1; }
      }
    }
    return { chosen, selected, inNetwork, actorCount };
  }

  /** The filtered network as `actorgraph scores` builds it (scores.js), projected once per filter. */
  function projectedNetwork() {
    if (!state.network) state.network = ActorGraphScores.project(data, state.chosen);
    return state.network;
  }

  function update() {
    const started = performance.now();
    const { chosen, selected, inNetwork, actorCount } = computeSelection();
    state.identity = isIdentity(filter);
    state.chosen = chosen;
    state.selected = selected;
    state.selectedCount = chosen.length;
    state.network = null;
    state.inNetwork = inNetwork;
    state.networkActorCount = actorCount;

    applyVisibility();
    if (!fullNetwork) fullNetwork = { actors: actorCount, ties: state.visibleTieCount };
    writeCounts();
    $('time-label').textContent = timeRangeText();
    describeSliders();
    $('print-filter').textContent = state.identity ? 'No filter.' : 'Filter: ' + filterFlags();
    drawTimeline();
    applySearch();
    rescore();
    state.lastUpdateMs = performance.now() - started;
  }

  /** Shows the actors of the filtered network and their ties; without a filter, the whole diagram
   *  (which also draws actors that only have affiliations). Only changed elements are touched. */
  function applyVisibility() {
    const nodeVisible = new Uint8Array(actors.length);
    for (const node of data.diagram.nodes) nodeVisible[node.actor] = state.identity ? 1 : state.inNetwork[node.actor];
    for (const node of data.diagram.nodes) {
      const visible = nodeVisible[node.actor];
      if (visible !== state.nodeVisible[node.actor] || !diagram.started) {
        const element = diagram.nodeElement[node.actor];
        if (element) element.classList.toggle('hidden', !visible);
      }
    }
    const ties = data.diagram.ties;
    const tieVisible = new Uint8Array(ties.length);
    let interactionTies = 0;
    for (let index = 0; index < ties.length; index++) {
      const tie = ties[index];
      // (Worked out without a filter too, where every tie shows: the first step of the slider then
      // runs code the browser has already compiled.)
      let visible = 0;
      if (nodeVisible[tie.a] && nodeVisible[tie.b]) {
        if (tie.affiliation) visible = 1;
        else for (const k of tie.interactions) if (state.selected[k]) { visible = 1; break; }
      }
      if (state.identity) visible = 1;
      tieVisible[index] = visible;
      if (visible && tie.interactions.length) interactionTies += 1;
      if (visible === state.tieVisible[index] && diagram.started) continue;
      if (pageTies.on) {
        if (pageTies.lineOf[index] >= 0) pageTies.dirty[pageTies.lineOf[index]] = 1;
      } else {
        const element = diagram.tieElement[index];
        if (element) element.classList.toggle('hidden', !visible);
      }
    }
    state.nodeVisible = nodeVisible;
    state.tieVisible = tieVisible;
    state.visibleTieCount = interactionTies;
    diagram.started = true;
    drawPageTies();
  }

  function writeCounts() {
    const total = fullNetwork || { actors: 0, ties: 0 };
    // The network's own count once it is projected (the diagram's ties of the selected
    // interactions are the same pairs, counted without projecting).
    const ties = state.network ? state.network.tieCount : state.visibleTieCount;
    const text = state.identity
      ? total.actors + ' actors · ' + total.ties + ' ties · ' + interactions.length + ' interactions'
      : state.networkActorCount + ' of ' + total.actors + ' actors · ' + ties + ' of ' + total.ties +
        ' ties · ' + state.selectedCount + ' of ' + interactions.length + ' interactions';
    $('counts').textContent = text;
  }

  // ---------------------------------------------------------------------------------------------
  // Scores: Swift's for the whole network, computed in the page for a filtered one
  // ---------------------------------------------------------------------------------------------

  let rescoreTimer = 0;
  const SCORE_DELAY_MS = 200;   // quiet time after the last filter change before scoring starts
  const SCORE_SLICE_MS = 10;    // longest stretch of scoring work between two chances to react

  /** Starts scoring the current network. The table says "computing…" until the result is in; a
   *  newer filter makes an older result stale (its generation no longer matches) and it is dropped. */
  function rescore() {
    const generation = ++state.generation;
    clearTimeout(rescoreTimer);
    if (state.identity) {
      setScores(data.scores.full);
      state.scoresPending = Promise.resolve();
      return;
    }
    setScoresStatus('computing…', true);
    state.scoresPending = new Promise((resolve) => {
      // The work starts once the filter has rested a moment (a dragged slider sends an event per
      // step), and runs in short slices so that the next slider step is handled at once.
      rescoreTimer = setTimeout(() => {
        if (generation !== state.generation) { resolve(); return; }
        const convergence = data.scores.convergence || {};
        const options = { tolerance: convergence.tolerance, maxIterations: convergence.maxIterations };
        const hooks = {
          sliceMilliseconds: SCORE_SLICE_MS,
          shouldStop: () => generation !== state.generation,
          onProgress: (progress) => {
            if (generation !== state.generation || progress.phase === 'done') return;
            const share = progress.total ? ' ' + Math.floor((100 * progress.done) / progress.total) + '%' : '';
            setScoresStatus('computing… (' + progress.phase + share + ')', true);
          },
        };
        const network = projectedNetwork();
        writeCounts();
        ActorGraphScores.computeAsync(data, network, options, hooks).then((result) => {
          if (generation === state.generation && result) setScores(result);
          resolve();
        }, (error) => {
          if (generation === state.generation) setScoresStatus('scores failed: ' + (error && error.message ? error.message : error), false);
          console.error(error);
          resolve();
        });
      }, SCORE_DELAY_MS);
    });
  }

  /** Resolves with the scores of the current filter once no computation is pending. */
  async function waitForScores() {
    for (;;) {
      const generation = state.generation;
      await state.scoresPending;
      if (generation === state.generation) return state.scores;
    }
  }

  function setScores(result) {
    state.scores = result;
    state.scoreOfActor = new Map();
    for (const node of result.nodes) {
      const index = actorIndexById.get(node.id);
      if (index !== undefined) state.scoreOfActor.set(index, node);
    }
    state.ranks = null;
    const nodes = result.nodes.length;
    let status = (state.identity ? 'whole network, ' : 'filtered network, ') + nodes + ' actors';
    // Scores that could not be computed (scores.js lists them, not enumerable, with the reason).
    const failures = result.failures ? Object.keys(result.failures) : [];
    if (failures.length) status += ' · not computed: ' + failures.map((name) => name + ' (' + result.failures[name] + ')').join('; ');
    setScoresStatus(status, false);
    renderTable();
    if (state.details && state.details.type === 'actor') showActor(state.details.index, { keepScroll: true });
  }

  function setScoresStatus(text, busy) {
    const status = $('scores-status');
    status.textContent = text;
    status.classList.toggle('busy', busy);
    $('score-table').setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  /** A score's sort value: brokerage by its total; undefined and NaN as −∞ (they sort last). */
  function sortValue(node, name) {
    let value = node ? node[name] : null;
    if (name === 'brokerage') value = value ? value.total : null;
    return value === null || value === undefined || Number.isNaN(value) ? -Infinity : value;
  }
  /** The command line's order (`actorgraph scores --sort NAME`): highest first, undefined last,
   *  ties by label. */
  function orderByScore(nodes, name) {
    return nodes.slice().sort((a, b) => {
      const x = sortValue(a, name), y = sortValue(b, name);
      if (x !== y) return x > y ? -1 : 1;
      return compareStrings(a.label, b.label);
    });
  }
  /** Rank of every actor for every score: 1 + the number of actors with a strictly higher value. */
  function ranks() {
    if (state.ranks) return state.ranks;
    const result = new Map();
    for (const name of scoreNames) {
      const sorted = orderByScore(state.scores.nodes, name);
      const map = new Map();
      let rank = 0, previous = null;
      sorted.forEach((node, position) => {
        const value = sortValue(node, name);
        if (value === -Infinity) return;
        if (value !== previous) { rank = position + 1; previous = value; }
        map.set(actorIndexById.get(node.id), rank);
      });
      result.set(name, map);
    }
    state.ranks = result;
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // The diagram: element lookup, pan and zoom, clicks
  // ---------------------------------------------------------------------------------------------

  const diagram = {
    box: $('diagram'),
    svg: null,
    home: null,         // the SVG's own viewBox: the whole drawing
    view: null,         // the current viewBox {x, y, w, h}
    width: 1,           // the diagram's size on screen, in pixels
    height: 1,
    nodeElement: [],    // actor index → <g>
    tieElement: [],     // tie index → <g>
    started: false,
  };

  function setupDiagram() {
    const svg = diagram.box.querySelector('svg');
    diagram.svg = svg;
    for (const node of data.diagram.nodes) diagram.nodeElement[node.actor] = document.getElementById(node.svg);
    // A large network's ties have no elements: the page draws them in batches (setupPageTies).
    if (!data.diagram.pageDrawsTies) data.diagram.ties.forEach((tie, index) => { diagram.tieElement[index] = document.getElementById(tie.svg); });
    if (!svg) { diagram.box.classList.add('ready'); return; }
    const base = svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width
      ? svg.viewBox.baseVal
      : { x: 0, y: 0, width: svg.width.baseVal.value || 1000, height: svg.height.baseVal.value || 1000 };
    diagram.home = { x: base.x, y: base.y, w: base.width, h: base.height };
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Network of ' + actors.length + ' actors');
    // The diagram's size in pixels, read now and when it changes (never during an update).
    const measure = () => {
      const rect = diagram.box.getBoundingClientRect();
      diagram.width = rect.width;
      diagram.height = rect.height;
    };
    // Laying the drawing out is the most expensive step of the start (thousands of labels), and a
    // change of the view or of the classes below makes the browser do it again. The style sheet
    // keeps the box's content out of the layout until the box has the class "ready": the box is
    // measured without it (it takes the space left, whatever it holds), and the drawing is laid
    // out once, with its view and classes set.
    measure();
    setView(diagram.home);
    svg.classList.toggle('few-ties', data.diagram.ties.length <= 10000);
    diagram.box.classList.add('ready');
    if (typeof ResizeObserver === 'function') new ResizeObserver(() => { measure(); setView(diagram.view); }).observe(diagram.box);

    if (data.diagram.pageDrawsTies) setupPageTies();

    // Thin lines are hard to hit: each tie gets a wide transparent copy of its path to click.
    if (data.diagram.ties.length <= 5000) {
      for (const element of diagram.tieElement) {
        const path = element && element.querySelector('path');
        if (!path) continue;
        const hit = document.createElementNS(SVG_NS, 'path');
        hit.setAttribute('d', path.getAttribute('d'));
        hit.setAttribute('class', 'hit');
        element.insertBefore(hit, element.firstChild);
      }
    }
    for (const element of diagram.nodeElement) if (element) element.classList.add('actor');

    setupPanZoom();
    svg.addEventListener('click', onDiagramClick);
  }

  // ---------------------------------------------------------------------------------------------
  // Large networks: the page draws the ties, a few batched paths
  // ---------------------------------------------------------------------------------------------

  /* For a large network Graphviz lays the ties out but does not draw them (the report would be
   * too big): the page draws each as a straight line between its actors' centres, in the colour,
   * line style and width the diagram would have used. Not one element per tie (tens of thousands
   * of elements make every filter step restyle and repaint for hundreds of milliseconds) but one
   * <path> per line style of data.diagram.lines, its `d` the segments of the visible ties of that
   * style, rebuilt on each filter change; one more path draws the selected tie on top. A click is
   * hit-tested here (the nearest visible segment within a few pixels). */
  const pageTies = {
    on: false,
    layer: null,        // <g class="page-ties"> before the first node (so under the actors)
    paths: [],          // path index (one per line style) → <path>
    shown: { selected: '' }, // path index (or "selected") → the `d` it has now
    selectedPath: null,
    point: [],          // actor index → its centre as text, "x y" (rounded), for the paths
    coords: null,       // Float64Array: x1 y1 x2 y2 per tie, in the layer's coordinates
    lineOf: null,       // Int32Array: tie index → path index
    byLine: [],         // path index → tie indices (Int32Array)
    drawn: null,        // Uint8Array: tie index → drawn now
    dirty: null,        // Uint8Array: path index → some of its ties appeared or disappeared
    selected: null,     // tie index drawn by selectedPath
  };

  /** The centre of an actor's node in its parent's coordinates, from the shape's own attributes
   *  (no layout); getBBox only for shapes drawn otherwise. */
  function nodeCentre(element) {
    const shape = element.querySelector('ellipse, polygon, path, rect, circle');
    let x = null, y = null;
    if (shape && shape.localName === 'ellipse') {
      x = shape.cx.baseVal.value;
      y = shape.cy.baseVal.value;
    } else if (shape && shape.localName === 'polygon' && shape.points.numberOfItems) {
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (let i = 0; i < shape.points.numberOfItems; i++) {
        const point = shape.points.getItem(i);
        if (point.x < x0) x0 = point.x;
        if (point.x > x1) x1 = point.x;
        if (point.y < y0) y0 = point.y;
        if (point.y > y1) y1 = point.y;
      }
      x = (x0 + x1) / 2;
      y = (y0 + y1) / 2;
    } else {
      const box = element.getBBox();
      x = box.x + box.width / 2;
      y = box.y + box.height / 2;
    }
    const own = element.transform && element.transform.baseVal;
    if (own && own.numberOfItems) {
      const point = new DOMPoint(x, y).matrixTransform(own.consolidate().matrix);
      return { x: point.x, y: point.y };
    }
    return { x: x, y: y };
  }

  function setupPageTies() {
    const first = diagram.nodeElement.find(Boolean);
    if (!first) return;
    const ties = data.diagram.ties;
    const parent = first.parentNode;
    const layer = document.createElementNS(SVG_NS, 'g');
    layer.setAttribute('class', 'page-ties');
    parent.insertBefore(layer, parent.querySelector(':scope > g.node') || null);
    pageTies.layer = layer;

    const centre = [];
    for (const node of data.diagram.nodes) {
      const element = diagram.nodeElement[node.actor];
      // Only nodes beside the first: the segments are drawn in their parent's coordinates.
      if (!element || element.parentNode !== parent) continue;
      const point = nodeCentre(element);
      centre[node.actor] = point;
      // (Whole units: a tenth of a point is never seen, and shorter paths are quicker to rebuild.)
      pageTies.point[node.actor] = Math.round(point.x) + ' ' + Math.round(point.y);
    }
    const fallback = [palette.affiliation || '#777777', 'solid', 1];
    const dashes = { dashed: '5,2', dotted: '1,5' };
    const styles = [];          // path index → line entry ([colour, style, width])
    const pathOfLine = new Map();
    pageTies.coords = new Float64Array(ties.length * 4);
    pageTies.lineOf = new Int32Array(ties.length).fill(-1);
    pageTies.drawn = new Uint8Array(ties.length);
    const counts = [];
    ties.forEach((tie, index) => {
      const a = centre[tie.a], b = centre[tie.b];
      if (!a || !b) return;
      const line = tie.line || fallback;   // (the same array for every tie of a line style)
      let path = pathOfLine.get(line);
      if (path === undefined) {
        path = styles.length;
        pathOfLine.set(line, path);
        styles.push(line);
        counts.push(0);
      }
      pageTies.lineOf[index] = path;
      counts[path] += 1;
      const at = index * 4;
      pageTies.coords[at] = a.x;
      pageTies.coords[at + 1] = a.y;
      pageTies.coords[at + 2] = b.x;
      pageTies.coords[at + 3] = b.y;
    });
    pageTies.byLine = counts.map((n) => new Int32Array(n));
    pageTies.dirty = new Uint8Array(styles.length);
    const fill = counts.map(() => 0);
    ties.forEach((tie, index) => {
      const path = pageTies.lineOf[index];
      if (path >= 0) pageTies.byLine[path][fill[path]++] = index;
    });
    // Wider lines over thinner ones, as in a drawing where heavier ties stand out.
    const order = styles.map((_, i) => i).sort((i, j) => styles[i][2] - styles[j][2]);
    for (const i of order) {
      const [color, style, width] = styles[i];
      const path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('class', 'ties');
      path.setAttribute('fill', 'none');
      path.setAttribute('stroke', color);
      path.setAttribute('stroke-width', String(width));
      if (dashes[style]) path.setAttribute('stroke-dasharray', dashes[style]);
      layer.append(path);
      pageTies.paths[i] = path;
      pageTies.shown[i] = '';
    }
    const selected = document.createElementNS(SVG_NS, 'path');
    selected.setAttribute('class', 'tie-selected');
    selected.setAttribute('fill', 'none');
    layer.append(selected);
    pageTies.selectedPath = selected;
    pageTies.on = true;
  }

  /** Rebuilds the paths' segments from state.tieVisible; a path whose segments did not change is
   *  left alone. */
  function drawPageTies() {
    if (!pageTies.on) return;
    const visible = state.tieVisible;
    const ties = data.diagram.ties;
    const changes = [];
    pageTies.byLine.forEach((indices, i) => {
      if (!pageTies.dirty[i]) return;
      pageTies.dirty[i] = 0;
      let d = '';
      for (let k = 0; k < indices.length; k++) {
        const index = indices[k];
        if (visible[index]) d += tieSegment(ties[index]);
      }
      if (pageTies.shown[i] !== d) changes.push([i, d]);
    });
    for (let index = 0; index < visible.length; index++) pageTies.drawn[index] = visible[index] && pageTies.lineOf[index] >= 0 ? 1 : 0;
    const selected = selectedTieSegment();
    if (selected !== pageTies.shown.selected) changes.push(['selected', selected]);
    setPathData(changes);
  }

  /** The selected tie, on top in the selection colour, while it is visible. */
  function drawSelectedTie() {
    const d = selectedTieSegment();
    if (pageTies.on && d !== pageTies.shown.selected) setPathData([['selected', d]]);
  }
  function selectedTieSegment() {
    const index = pageTies.selected;
    return index !== null && pageTies.drawn[index] ? tieSegment(data.diagram.ties[index]) : '';
  }
  /** A tie's line in a path: "M x1 y1L x2 y2". */
  function tieSegment(tie) {
    return 'M' + pageTies.point[tie.a] + 'L' + pageTies.point[tie.b];
  }

  /** Gives some of the page's tie paths new segments ([path index or 'selected', d]).
   *  Chromium lays the whole SVG out again, every label of thousands of actors (100-500 ms), when
   *  a path's geometry changes in the same layout pass as the HTML around the diagram (the slider,
   *  the counts, the details panel). Laid out on its own a path's change costs a millisecond. So
   *  the layout pending is done first, then the paths change and are laid out at once. */
  function setPathData(changes) {
    if (!changes.length) return;
    forceLayout();
    for (const [key, d] of changes) {
      const path = key === 'selected' ? pageTies.selectedPath : pageTies.paths[key];
      pageTies.shown[key] = d;
      if (d) path.setAttribute('d', d); else path.removeAttribute('d');
    }
    forceLayout();
  }
  function forceLayout() {
    return document.documentElement.getBoundingClientRect();
  }

  /** The drawn tie nearest to a point of the window, within a few pixels of it; null if none. */
  function pageTieAt(clientX, clientY) {
    const matrix = pageTies.layer && pageTies.layer.getScreenCTM();
    if (!matrix) return null;
    const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    const scale = Math.hypot(matrix.a, matrix.b) || 1;   // pixels per unit
    const tolerance = 5 / scale;
    let best = null, bestDistance = tolerance * tolerance;
    const c = pageTies.coords, drawn = pageTies.drawn;
    for (let index = 0; index < drawn.length; index++) {
      if (!drawn[index]) continue;
      const x1 = c[4 * index], y1 = c[4 * index + 1], x2 = c[4 * index + 2], y2 = c[4 * index + 3];
      // Cheap rejection: outside the segment's box grown by the tolerance.
      if (p.x < Math.min(x1, x2) - tolerance || p.x > Math.max(x1, x2) + tolerance ||
          p.y < Math.min(y1, y2) - tolerance || p.y > Math.max(y1, y2) + tolerance) continue;
      const dx = x2 - x1, dy = y2 - y1;
      const length2 = dx * dx + dy * dy;
      const t = length2 ? Math.max(0, Math.min(1, ((p.x - x1) * dx + (p.y - y1) * dy) / length2)) : 0;
      const ex = x1 + t * dx - p.x, ey = y1 + t * dy - p.y;
      const distance = ex * ex + ey * ey;
      if (distance <= bestDistance) { bestDistance = distance; best = index; }
    }
    return best;
  }

  /** A tie's ends in window coordinates (the test hooks), or null when it is not drawn here. */
  function tieEnds(index) {
    let x1, y1, x2, y2, matrix;
    if (pageTies.on) {
      if (pageTies.lineOf[index] < 0 || !pageTies.layer) return null;
      const c = pageTies.coords;
      [x1, y1, x2, y2] = [c[4 * index], c[4 * index + 1], c[4 * index + 2], c[4 * index + 3]];
      matrix = pageTies.layer.getScreenCTM();
    } else {
      const path = diagram.tieElement[index] && diagram.tieElement[index].querySelector('path:not(.hit)');
      if (!path) return null;
      const length = path.getTotalLength();
      const a = path.getPointAtLength(0), b = path.getPointAtLength(length);
      [x1, y1, x2, y2] = [a.x, a.y, b.x, b.y];
      matrix = path.getScreenCTM();
    }
    if (!matrix) return null;
    const a = new DOMPoint(x1, y1).matrixTransform(matrix), b = new DOMPoint(x2, y2).matrixTransform(matrix);
    return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
  }

  function setView(view) {
    diagram.view = { x: view.x, y: view.y, w: view.w, h: view.h };
    if (!diagram.svg) return;
    // (Setting the same viewBox again would still make the browser lay the drawing out anew.)
    const viewBox = [view.x, view.y, view.w, view.h].map((v) => Math.round(v * 100) / 100).join(' ');
    if (diagram.svg.getAttribute('viewBox') !== viewBox) diagram.svg.setAttribute('viewBox', viewBox);
    // Level of detail: labels smaller than about 3 pixels are not drawn (they cannot be read, and
    // thousands of them make every repaint slow); thin ties are then drawn without smoothing.
    diagram.svg.classList.toggle('far', FONT_UNITS / unitsPerPixel() < 3);
  }
  const FONT_UNITS = 14; // Graphviz's usual label size in the drawing's units (points)

  /** A point of the window in the SVG's user coordinates (the viewBox's). */
  function toSvgPoint(clientX, clientY) {
    const matrix = diagram.svg.getScreenCTM();
    if (!matrix) return { x: diagram.view.x + diagram.view.w / 2, y: diagram.view.y + diagram.view.h / 2 };
    return new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  }
  /** SVG units per screen pixel at the current zoom (preserveAspectRatio "meet"). */
  function unitsPerPixel() {
    return Math.max(diagram.view.w / Math.max(diagram.width, 1), diagram.view.h / Math.max(diagram.height, 1));
  }

  /** The matrix from an element's coordinates to the drawing's (the viewBox's): the product of the
   *  transforms of the groups around it, read from their attributes (no layout needed). */
  const groupMatrix = new Map();
  function matrixAround(element) {
    const parent = element.parentNode;
    if (groupMatrix.has(parent)) return groupMatrix.get(parent);
    let matrix = new DOMMatrix();
    for (let node = parent; node && node !== diagram.svg; node = node.parentNode) {
      const list = node.transform && node.transform.baseVal;
      if (!list) continue;
      let own = new DOMMatrix();
      for (let i = 0; i < list.numberOfItems; i++) own = own.multiply(DOMMatrix.fromMatrix(list.getItem(i).matrix));
      matrix = own.multiply(matrix);
    }
    groupMatrix.set(parent, matrix);
    return matrix;
  }
  /** An element's bounding box in the drawing's coordinates. */
  function boxInDrawing(element) {
    const b = element.getBBox();
    const m = matrixAround(element);
    const a = m.transformPoint(new DOMPoint(b.x, b.y)), c = m.transformPoint(new DOMPoint(b.x + b.width, b.y + b.height));
    return { x0: Math.min(a.x, c.x), y0: Math.min(a.y, c.y), x1: Math.max(a.x, c.x), y1: Math.max(a.y, c.y) };
  }

  /** Zooms by `factor` (> 1 zooms in) keeping the SVG point (px, py) where it is. */
  function zoomAt(factor, px, py) {
    const view = diagram.view, home = diagram.home;
    const w = Math.min(home.w * 3, Math.max(home.w / 60, view.w / factor));
    const ratio = w / view.w;
    const h2 = view.h * ratio;
    setView({ x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio, w: w, h: h2 });
  }
  function zoomCentre(factor) {
    const v = diagram.view;
    zoomAt(factor, v.x + v.w / 2, v.y + v.h / 2);
  }
  function pan(dx, dy) {
    const v = diagram.view;
    setView({ x: v.x + dx, y: v.y + dy, w: v.w, h: v.h });
  }

  /** Fits the whole drawing, or, while a filter is set, the actors it leaves. */
  function fit() {
    if (!diagram.svg) return;
    if (state.identity) { setView(diagram.home); return; }
    let box = null;
    for (const node of data.diagram.nodes) {
      if (!state.nodeVisible[node.actor]) continue;
      const element = diagram.nodeElement[node.actor];
      if (!element) continue;
      const b = boxInDrawing(element);
      box = box
        ? { x0: Math.min(box.x0, b.x0), y0: Math.min(box.y0, b.y0), x1: Math.max(box.x1, b.x1), y1: Math.max(box.y1, b.y1) }
        : b;
    }
    if (!box) { setView(diagram.home); return; }
    const pad = Math.max(box.x1 - box.x0, box.y1 - box.y0) * 0.02 + 10;
    setView({ x: box.x0 - pad, y: box.y0 - pad, w: box.x1 - box.x0 + 2 * pad, h: box.y1 - box.y0 + 2 * pad });
  }

  /** Moves the view so that an actor's node is in it (the zoom stays). */
  function bringIntoView(index) {
    const element = diagram.nodeElement[index];
    if (!element || !diagram.svg || element.classList.contains('hidden')) return;
    const b = boxInDrawing(element);
    const v = diagram.view;
    // What the window shows of the drawing can be wider or taller than the viewBox ("meet").
    const scale = unitsPerPixel(), shownW = diagram.width * scale, shownH = diagram.height * scale;
    const left = v.x + v.w / 2 - shownW / 2, top = v.y + v.h / 2 - shownH / 2;
    if (b.x0 >= left && b.x1 <= left + shownW && b.y0 >= top && b.y1 <= top + shownH) return;
    setView({ x: (b.x0 + b.x1) / 2 - v.w / 2, y: (b.y0 + b.y1) / 2 - v.h / 2, w: v.w, h: v.h });
  }

  function setupPanZoom() {
    const box = diagram.box, svg = diagram.svg;
    box.addEventListener('wheel', (event) => {
      event.preventDefault();
      const lines = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      const point = toSvgPoint(event.clientX, event.clientY);
      zoomAt(Math.exp(-event.deltaY * lines * 0.0015), point.x, point.y);
    }, { passive: false });

    // Drag to pan. The pointer is captured only once it has moved, so a click still reaches the
    // actor or tie under it.
    let drag = null;
    let suppressClick = false;
    svg.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      drag = { id: event.pointerId, x: event.clientX, y: event.clientY, view: diagram.view, scale: unitsPerPixel(), moved: false };
    });
    svg.addEventListener('pointermove', (event) => {
      if (!drag || event.pointerId !== drag.id) return;
      const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      if (!drag.moved) {
        drag.moved = true;
        svg.setPointerCapture(event.pointerId);
        box.classList.add('dragging');
      }
      setView({ x: drag.view.x - dx * drag.scale, y: drag.view.y - dy * drag.scale, w: drag.view.w, h: drag.view.h });
    });
    const end = (event) => {
      if (!drag || event.pointerId !== drag.id) return;
      if (drag.moved) suppressClick = true;
      drag = null;
      box.classList.remove('dragging');
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
    svg.addEventListener('click', (event) => {
      if (suppressClick) { suppressClick = false; event.stopImmediatePropagation(); }
    }, true);

    box.addEventListener('keydown', (event) => {
      const v = diagram.view, step = 0.1;
      const keys = {
        ArrowLeft: () => pan(-v.w * step, 0), ArrowRight: () => pan(v.w * step, 0),
        ArrowUp: () => pan(0, -v.h * step), ArrowDown: () => pan(0, v.h * step),
        '+': () => zoomCentre(1.25), '=': () => zoomCentre(1.25), '-': () => zoomCentre(0.8), '_': () => zoomCentre(0.8),
        '0': fit, f: fit, Escape: clearSelection,
      };
      const action = keys[event.key];
      if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        action();
      }
    });
    $('zoom-in').addEventListener('click', () => zoomCentre(1.25));
    $('zoom-out').addEventListener('click', () => zoomCentre(0.8));
    $('zoom-fit').addEventListener('click', fit);
  }

  function onDiagramClick(event) {
    const g = event.target.closest ? event.target.closest('g.node, g.edge') : null;
    if (g && g.classList.contains('node') && /^actor-\d+$/.test(g.id)) {
      selectActor(Number(g.id.slice(6)), { center: false });
    } else if (g && g.classList.contains('edge') && tieOfSvgId.has(g.id)) {
      selectTie(tieOfSvgId.get(g.id));
    } else if (pageTies.on && !(g && g.classList.contains('node'))) {
      // The page's own ties are not elements: the nearest one under the pointer.
      const index = pageTieAt(event.clientX, event.clientY);
      if (index !== null) selectTie(index);
    }
  }

  /** Marks one element of the diagram as selected (class "selected"), unmarking the previous. */
  let selectedElement = null;
  function markSelected(element, pageTie) {
    markEnds([]);
    if (selectedElement) selectedElement.classList.remove('selected');
    selectedElement = element || null;
    if (selectedElement) selectedElement.classList.add('selected');
    // A tie the page draws itself (large networks) is redrawn in the selection colour.
    pageTies.selected = pageTie === undefined ? null : pageTie;
    drawSelectedTie();
  }
  function setHover(index) {
    if (state.hover !== null && diagram.nodeElement[state.hover]) diagram.nodeElement[state.hover].classList.remove('hover');
    state.hover = index;
    if (index !== null && diagram.nodeElement[index]) diagram.nodeElement[index].classList.add('hover');
  }

  // ---------------------------------------------------------------------------------------------
  // Search
  // ---------------------------------------------------------------------------------------------

  // The normaliser of the resolver (ArabicNormalizer.standard) as the data gives it: NFKC, then
  // each code point through the table (absent: unchanged; "": dropped), whitespace runs to one
  // space, trimmed, lower-cased.
  const fold = new Map(Object.entries((data.normalizer && data.normalizer.fold) || {}).map(([code, value]) => [Number(code), value]));
  function normalize(text) {
    let out = '';
    for (const ch of text.normalize('NFKC')) {
      const replacement = fold.get(ch.codePointAt(0));
      out += replacement === undefined ? ch : replacement;
    }
    return out.replace(/\s+/gu, ' ').trim().toLowerCase();
  }

  const search = { query: '', matches: [] };

  function onSearchInput() {
    search.query = normalize($('search').value);
    applySearch();
  }

  /** Marks the actors whose name or an alias contains the query, in the diagram and the table. */
  function applySearch() {
    const query = search.query;
    const previous = new Set(search.matches);
    const matches = [];
    if (query) {
      actors.forEach((actor, index) => {
        if ((actor.search || []).some((form) => form.includes(query))) matches.push(index);
      });
    }
    const now = new Set(matches);
    for (const index of previous) if (!now.has(index) && diagram.nodeElement[index]) diagram.nodeElement[index].classList.remove('match');
    for (const index of matches) if (diagram.nodeElement[index]) diagram.nodeElement[index].classList.add('match');
    if (diagram.svg) diagram.svg.classList.toggle('searching', Boolean(query));
    for (const row of table.body.rows) row.classList.toggle('match', now.has(Number(row.dataset.index)));
    search.matches = matches;

    const status = $('search-status');
    status.replaceChildren();
    if (!query) return;
    if (matches.length === 0) { status.textContent = 'No actor matches.'; return; }
    const hidden = matches.filter((index) => !state.nodeVisible[index]).length;
    status.append(matches.length === 1 ? '1 match' : matches.length + ' matches');
    if (hidden) status.append(' (' + hidden + ' hidden by the filters)');
    status.append(': ');
    matches.slice(0, 6).forEach((index, position) => {
      if (position) status.append(', ');
      status.append(actorButton(index));
    });
    if (matches.length > 6) status.append(', …');
  }

  // ---------------------------------------------------------------------------------------------
  // Score table
  // ---------------------------------------------------------------------------------------------

  const SCORE_TITLES = {
    degree: ['deg', 'Degree: number of contacts'], strength: ['str', 'Strength: number of interactions over all ties'],
    betweenness: ['betw', 'Betweenness centrality (normalised)'], closeness: ['clos', 'Closeness centrality'],
    harmonic: ['harm', 'Harmonic centrality'], eigenvector: ['eig', 'Eigenvector centrality'], pagerank: ['PR', 'PageRank'],
    constraint: ['constr', 'Burt\'s constraint (lower: more brokerage opportunity)'], effectiveSize: ['eff. size', 'Effective size'],
    efficiency: ['effic', 'Efficiency'], hierarchy: ['hier', 'Hierarchy'], brokerage: ['brok', 'Brokerage roles (Gould & Fernandez), total'],
  };
  const ROLES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'];
  const ROW_PAGE = 100;      // rows rendered at first (thousands of rows are slow to lay out); more on request

  const table = {
    element: $('score-table'),
    body: $('score-table').tBodies[0],
    sort: { key: scoreNames.find((name) => name !== 'brokerage') || 'name', reversed: false },
    group: '',              // '' = every group; '\u0000' = actors without a group
    limit: ROW_PAGE,
    active: 0,              // the row holding tabindex=0 (roving focus)
  };

  function buildTableHead() {
    const row = h('tr');
    const columns = [{ key: 'rank', label: '#', title: 'Position in the current order' },
      { key: 'name', label: 'Actor', title: 'Actor name' }, { key: 'group', label: 'Group', title: 'Country (the brokerage grouping)' }]
      .concat(scoreNames.map((name) => ({ key: name, label: (SCORE_TITLES[name] || [name])[0], title: (SCORE_TITLES[name] || [name, name])[1] })));
    for (const column of columns) {
      const th = h('th', { scope: 'col', class: column.key === 'name' || column.key === 'group' || column.key === 'rank' ? column.key : null });
      if (column.key === 'rank') {
        th.append(h('span', { title: column.title, text: column.label }));
      } else {
        th.setAttribute('data-score', column.key);
        const button = h('button', { type: 'button', title: 'Sort by ' + column.title, text: column.label });
        button.addEventListener('click', () => sortBy(column.key));
        th.append(button);
      }
      row.append(th);
    }
    table.element.tHead.replaceChildren(row);
    table.element.prepend(h('caption', { class: 'hint', text: 'Actors and their scores' }));
    table.element.caption.hidden = true;

    const select = $('group-filter');
    select.append(h('option', { value: '', text: 'All groups' }));
    const groups = new Map();
    for (const actor of actors) if (actor.country) groups.set(actor.country, actor.countryName);
    for (const code of Array.from(groups.keys()).sort(compareStrings)) {
      const name = groups.get(code);
      select.append(h('option', { value: code, dir: 'auto', text: name && name !== code ? code + ' – ' + name : code }));
    }
    select.append(h('option', { value: '\u0000', text: 'No group' }));
    select.addEventListener('change', () => { table.group = select.value; table.limit = ROW_PAGE; renderTable(); });
    $('more-rows').addEventListener('click', () => { table.limit += ROW_PAGE * 4; renderTable(); });
    // Scrolled to the last rows: the next ones follow.
    const wrap = table.element.parentNode;
    wrap.addEventListener('scroll', () => {
      if (!$('more-rows').hidden && wrap.scrollTop + wrap.clientHeight >= wrap.scrollHeight - 60) {
        table.limit += ROW_PAGE;
        renderTable();
      }
    }, { passive: true });

    table.body.addEventListener('mouseover', (event) => {
      const row = event.target.closest('tr');
      if (row) setHover(Number(row.dataset.index));
    });
    table.body.addEventListener('mouseleave', () => setHover(null));
    table.body.addEventListener('focusin', (event) => {
      const row = event.target.closest('tr');
      if (row) setHover(Number(row.dataset.index));
    });
    table.body.addEventListener('focusout', () => setHover(null));
    table.body.addEventListener('click', (event) => {
      if (event.target.closest('summary, details, button')) return;
      const row = event.target.closest('tr');
      if (row) { focusRow(row.sectionRowIndex); selectActor(Number(row.dataset.index), { center: true, fromTable: true }); }
    });
    table.body.addEventListener('keydown', onTableKey);
  }

  /** Click on a header: sort by its column in the column's natural direction (scores highest first,
   *  as `actorgraph scores --sort`; names and groups A to Z); a second click reverses it. */
  function sortBy(key) {
    table.sort = { key: key, reversed: table.sort.key === key ? !table.sort.reversed : false };
    renderTable();
  }
  const isTextColumn = (key) => key === 'name' || key === 'group';

  /** The nodes of the current scores in the table's order (and group filter). */
  function tableOrder() {
    if (!state.scores) return [];
    let nodes = state.scores.nodes;
    if (table.group === '\u0000') nodes = nodes.filter((node) => !node.group);
    else if (table.group) nodes = nodes.filter((node) => node.group === table.group);
    const key = table.sort.key;
    let ordered;
    if (key === 'name') {
      ordered = nodes.slice().sort((a, b) => compareStrings(a.label, b.label));
    } else if (key === 'group') {
      ordered = nodes.slice().sort((a, b) => compareStrings(a.group || '\uFFFF', b.group || '\uFFFF') || compareStrings(a.label, b.label));
    } else {
      ordered = orderByScore(nodes, key);
    }
    if (!table.sort.reversed) return ordered;
    if (isTextColumn(key)) return ordered.reverse();
    // A score lowest first: undefined values stay last.
    const defined = ordered.filter((node) => sortValue(node, key) !== -Infinity);
    return defined.reverse().concat(ordered.filter((node) => sortValue(node, key) === -Infinity));
  }

  function renderTable() {
    const ordered = tableOrder();
    for (const th of table.element.tHead.querySelectorAll('th')) {
      const key = th.getAttribute('data-score');
      if (key && key === table.sort.key) {
        const ascending = isTextColumn(key) !== table.sort.reversed;
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      } else th.removeAttribute('aria-sort');
    }
    const selectedActor = state.details && state.details.type === 'actor' ? state.details.index : null;
    if (selectedActor !== null) {
      const position = ordered.findIndex((node) => actorIndexById.get(node.id) === selectedActor);
      if (position >= table.limit) table.limit = position + 1;
    }
    const fragment = document.createDocumentFragment();
    const shown = Math.min(ordered.length, table.limit);
    const matches = new Set(search.matches);
    for (let position = 0; position < shown; position++) {
      fragment.append(tableRow(ordered[position], position, matches, selectedActor));
    }
    table.body.replaceChildren(fragment);
    table.active = Math.min(table.active, Math.max(0, shown - 1));
    if (table.body.rows[table.active]) table.body.rows[table.active].tabIndex = 0;
    const more = $('more-rows');
    more.hidden = shown >= ordered.length;
    more.textContent = 'Show more rows (' + (ordered.length - shown) + ' not shown)';
  }

  function tableRow(node, position, matches, selectedActor) {
    const index = actorIndexById.get(node.id);
    const row = h('tr', { 'data-actor': node.id, 'data-index': index, tabindex: '-1' });
    if (matches.has(index)) row.classList.add('match');
    if (index === selectedActor) row.classList.add('selected');
    row.append(h('td', { class: 'rank', text: String(position + 1) }));
    const name = h('td', { class: 'name' }, [h('span', { dir: 'auto', text: index !== undefined ? displayName(index) : node.label })]);
    if (labelsMode === 'both' && index !== undefined && actors[index].arabic) {
      name.append(h('span', { class: 'ar', dir: 'rtl', lang: 'ar', text: actors[index].arabic }));
    }
    name.title = node.label;
    row.append(name);
    const group = h('td', { class: 'group', dir: 'auto', text: node.group || '–' });
    if (node.group && palette.country && palette.country[node.group]) {
      const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = palette.country[node.group];
      group.prepend(swatch, ' ');
    }
    row.append(group);
    for (const nameOfScore of scoreNames) {
      if (nameOfScore === 'brokerage') { row.append(brokerageCell(node.brokerage)); continue; }
      const value = node[nameOfScore];
      const cell = h('td', { text: formatScore(value), title: value === null || value === undefined ? 'undefined' : String(value) });
      if (value === null || value === undefined) cell.classList.add('undefined');
      row.append(cell);
    }
    return row;
  }

  /** Brokerage: the total, the five roles when opened. */
  function brokerageCell(brokerage) {
    if (!brokerage) return h('td', { class: 'undefined', text: '–' });
    const roles = h('div', { class: 'roles' });
    for (const role of ROLES) roles.append(h('span', { text: role }), h('span', { text: formatScore(brokerage[role]) }));
    const details = h('details', null, [h('summary', { text: formatScore(brokerage.total), title: 'Brokerage total; open for the roles' }), roles]);
    return h('td', { class: 'brokerage' }, [details]);
  }

  // Keyboard: one row is in the tab order; arrows, Page Up/Down, Home and End move it; Enter or
  // Space shows the actor.
  function focusRow(position) {
    const rows = table.body.rows;
    if (!rows.length) return;
    position = Math.max(0, Math.min(rows.length - 1, position));
    if (rows[table.active]) rows[table.active].tabIndex = -1;
    table.active = position;
    rows[position].tabIndex = 0;
    rows[position].focus();
  }
  function onTableKey(event) {
    const row = event.target.closest('tr');
    if (!row || event.target !== row) return;
    const position = row.sectionRowIndex;
    const moves = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (event.key in moves) { event.preventDefault(); focusRow(position + moves[event.key]); }
    else if (event.key === 'Home') { event.preventDefault(); focusRow(0); }
    else if (event.key === 'End') { event.preventDefault(); focusRow(table.body.rows.length - 1); }
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      selectActor(Number(row.dataset.index), { center: true, fromTable: true });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Details panel: an actor or a tie
  // ---------------------------------------------------------------------------------------------

  const panel = $('details');

  function clearSelection() {
    state.details = null;
    markSelected(null);
    for (const row of table.body.querySelectorAll('tr.selected')) row.classList.remove('selected');
    panel.replaceChildren(h('p', { class: 'hint', text: 'Click an actor or a tie in the diagram, or a row of the score table, to see its details here.' }));
  }

  /** The panel's first row: the title and a close button. */
  function panelHeader(title) {
    const close = h('button', { type: 'button', class: 'close small', 'aria-label': 'Close the details', title: 'Close (Esc)', text: '×' });
    close.addEventListener('click', clearSelection);
    return [h('div', { class: 'panel-head' }, [title, close])];
  }

  /** A definition list and a function adding one term; string values are isolated data text. */
  function factList() {
    const list = h('dl');
    list.add = (term, value) => {
      if (value === null || value === undefined || value === '') return;
      list.append(h('dt', { text: term }), h('dd', null, [typeof value === 'string' ? userText('span', value) : value]));
    };
    return list;
  }

  function selectActor(index, options) {
    state.details = { type: 'actor', index: index };
    markSelected(diagram.nodeElement[index]);
    for (const row of table.body.querySelectorAll('tr.selected')) row.classList.remove('selected');
    const row = Array.from(table.body.rows).find((r) => Number(r.dataset.index) === index);
    if (row) {
      row.classList.add('selected');
      if (!(options && options.fromTable)) row.scrollIntoView({ block: 'nearest' });
    }
    if (options && options.center) bringIntoView(index);
    showActor(index, options);
  }

  function showActor(index, options) {
    const actor = actors[index];
    const scrollTop = panel.scrollTop;
    const parts = panelHeader(h('h2', { dir: 'auto', text: displayName(index) }));
    if (labelsMode === 'both' && actor.arabic) parts.push(h('p', { class: 'subtitle arabic', dir: 'rtl', lang: 'ar', text: actor.arabic }));
    if (labelsMode === 'ar' && actor.arabic) parts.push(h('p', { class: 'subtitle', dir: 'auto', text: actor.name }));

    const facts = factList();
    const fact = facts.add;
    fact('Kind', actor.kind);
    fact('Country', actor.country ? userText('span', actor.countryName ? actor.countryName + ' (' + actor.country + ')' : actor.country) : 'none');
    fact('Id', h('code', { dir: 'auto', text: actor.id }));
    if (actor.parent !== null && actor.parent !== undefined) fact('Part of', actorButton(actor.parent));
    if (actor.notes) fact('Notes', userText('span', actor.notes));
    if (!state.identity) fact('Filtered network', state.inNetwork[index] ? 'in it' : 'not in it (no selected interaction)');
    parts.push(facts);

    if ((actor.affiliations || []).length) {
      const list = h('ul');
      for (const affiliation of actor.affiliations) {
        const when = [affiliation.from ? 'from ' + formatPartial(affiliation.from) : null, affiliation.to ? 'to ' + formatPartial(affiliation.to) : null].filter(Boolean).join(' ');
        list.append(h('li', null, [
          affiliation.role ? userText('span', affiliation.role) : null, affiliation.role ? ', ' : null, actorButton(affiliation.actor),
          when ? ' (' + when + ')' : null, affiliation.former ? h('span', { class: 'hint', text: ' · former' }) : null,
        ]));
      }
      parts.push(h('h3', { text: 'Affiliations' }), list);
    }
    if (membersOf[index].length) {
      const list = h('ul');
      for (const member of membersOf[index].slice(0, 50)) {
        list.append(h('li', null, [actorButton(member.actor), member.role ? ' – ' : null, member.role ? userText('span', member.role) : null,
          member.former ? h('span', { class: 'hint', text: ' · former' }) : null]));
      }
      if (membersOf[index].length > 50) list.append(h('li', { class: 'hint', text: '… ' + (membersOf[index].length - 50) + ' more' }));
      parts.push(h('h3', { text: 'Affiliated actors' }), list);
    }

    const aliases = (actor.aliases || []).filter((alias) => !(englishOnly && isArabic(alias)));
    const hiddenAliases = (actor.aliases || []).length - aliases.length;
    if (aliases.length || hiddenAliases) {
      const list = h('ul', { class: 'aliases' });
      for (const alias of aliases) {
        list.append(h('li', isArabic(alias) ? { dir: 'rtl', lang: 'ar', class: 'arabic', text: alias } : { dir: 'auto', text: alias }));
      }
      parts.push(h('h3', { text: 'Aliases' }), list);
      if (hiddenAliases) parts.push(h('p', { class: 'hint', text: hiddenAliases + ' Arabic alias' + (hiddenAliases > 1 ? 'es' : '') + ' not shown (English-only report)' }));
    }

    parts.push(h('h3', { text: state.identity ? 'Scores (whole network)' : 'Scores (filtered network)' }));
    const node = state.scoreOfActor.get(index);
    if (!node) {
      parts.push(h('p', { class: 'hint', text: state.scores ? 'Not in the network the filters select: no scores.' : 'Computing…' }));
    } else {
      const rankOf = ranks();
      const count = state.scores.nodes.length;
      const scores = h('table', null, [h('thead', null, [h('tr', null, [h('th', { text: 'Score' }), h('th', { text: 'Value' }), h('th', { text: 'Rank' })])])]);
      const body = h('tbody');
      for (const name of scoreNames) {
        const value = name === 'brokerage' ? (node.brokerage ? node.brokerage.total : null) : node[name];
        const rank = rankOf.get(name).get(index);
        body.append(h('tr', null, [h('td', { text: name === 'brokerage' ? 'brokerage (total)' : name }),
          h('td', { text: formatScore(value), title: value === null || value === undefined ? 'undefined' : String(value) }),
          h('td', { text: rank ? rank + ' of ' + count : '–' })]));
      }
      scores.append(body);
      parts.push(scores);
      if (node.brokerage) {
        const roles = h('table', { class: 'compact' }, [h('thead', null, [h('tr', null, ['Role', 'Count', 'Expected', 'z'].map((t) => h('th', { text: t })))])]);
        const short = (value) => (value === null || value === undefined ? '–' : Number.isInteger(value) ? String(value) : value.toFixed(2));
        const roleBody = h('tbody');
        for (const role of ROLES.concat(['total'])) {
          roleBody.append(h('tr', null, [h('td', { text: role }), h('td', { text: formatScore(node.brokerage[role]) }),
            h('td', { text: short(node.brokerage.expected ? node.brokerage.expected[role] : null) }),
            h('td', { text: short(node.brokerage.z ? node.brokerage.z[role] : null) })]));
        }
        roles.append(roleBody);
        parts.push(h('h3', { text: 'Brokerage roles' }), roles);
      }
    }

    const ties = tiesOfActor[index];
    if (ties.length) {
      const list = h('ul');
      const sorted = ties.slice().sort((a, b) => state.tieVisible[b] - state.tieVisible[a]);
      for (const tieIndex of sorted.slice(0, 200)) {
        const tie = data.diagram.ties[tieIndex];
        const other = tie.a === index ? tie.b : tie.a;
        const kept = tie.interactions.filter((k) => state.selected[k]).length;
        const button = h('button', { type: 'button', class: 'link' }, [nameSpan(other)]);
        button.addEventListener('click', () => selectTie(tieIndex));
        const summary = tie.affiliation && !tie.interactions.length
          ? ' · affiliation'
          : ' · ' + tie.interactions.length + ' interaction' + (tie.interactions.length === 1 ? '' : 's') +
            (state.identity ? '' : ', ' + kept + ' selected') + ' (' + tieKinds(tie) + ')';
        list.append(h('li', { class: state.tieVisible[tieIndex] ? null : 'hint' }, [button, summary]));
      }
      if (ties.length > 200) list.append(h('li', { class: 'hint', text: '… ' + (ties.length - 200) + ' more' }));
      parts.push(h('h3', { text: 'Ties' }), list);
    }
    panel.replaceChildren(...parts);
    if (options && options.keepScroll) panel.scrollTop = scrollTop;
    else panel.scrollTop = 0;
  }

  function tieKinds(tie) {
    const counts = new Map();
    for (const k of tie.interactions) counts.set(interactions[k].kind, (counts.get(interactions[k].kind) || 0) + 1);
    return Array.from(counts, ([kind, n]) => (n > 1 ? kind + ' ×' + n : kind)).join(', ');
  }

  function selectTie(tieIndex) {
    state.details = { type: 'tie', index: tieIndex };
    markSelected(diagram.tieElement[tieIndex], pageTies.on ? tieIndex : undefined);
    const tie = data.diagram.ties[tieIndex];
    markEnds([tie.a, tie.b]);
    showTie(tieIndex);
  }

  /** The two actors of the selected tie stay at full strength while a search fades the rest. */
  let endElements = [];
  function markEnds(indices) {
    for (const element of endElements) element.classList.remove('end');
    endElements = indices.map((index) => diagram.nodeElement[index]).filter(Boolean);
    for (const element of endElements) element.classList.add('end');
  }

  function showTie(tieIndex) {
    const tie = data.diagram.ties[tieIndex];
    const parts = panelHeader(h('h2', null, [actorButton(tie.a), ' — ', actorButton(tie.b)]));
    if (!tie.interactions.length) {
      parts.push(h('p', { text: 'Affiliation tie: ' }));
      const list = h('ul');
      for (const [x, y] of [[tie.a, tie.b], [tie.b, tie.a]]) {
        for (const affiliation of actors[x].affiliations || []) {
          if (affiliation.actor !== y) continue;
          list.append(h('li', null, [nameSpan(x), ' – ', affiliation.role ? userText('span', affiliation.role) : 'member', ' – ', nameSpan(y),
            affiliation.former ? ' (former)' : '']));
        }
        if (actors[x].parent === y) list.append(h('li', null, [nameSpan(x), ' is part of ', nameSpan(y)]));
      }
      parts.push(list);
      panel.replaceChildren(...parts);
      panel.scrollTop = 0;
      return;
    }
    const kept = tie.interactions.filter((k) => state.selected[k]).length;
    parts.push(h('p', { class: 'subtitle', text: tie.interactions.length + ' interaction' + (tie.interactions.length === 1 ? '' : 's') +
      (state.identity ? '' : ' · ' + kept + ' in the current selection') }));
    for (const k of tie.interactions) parts.push(interactionCard(k, tie));
    panel.replaceChildren(...parts);
    panel.scrollTop = 0;
  }

  /** One interaction: what, when, where, how, and the paragraphs it is cited from. */
  function interactionCard(k, tie) {
    const interaction = interactions[k];
    const card = h('article', { class: 'interaction', 'data-interaction': interaction.id });
    card.style.borderInlineStartColor = palette.kind[interaction.kind] || '#777777';
    if (!state.selected[k]) card.classList.add('outside');
    const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = palette.kind[interaction.kind] || '#777777';
    card.append(h('h4', null, [swatch, h('span', { dir: 'auto', text: interaction.kind }), h('span', { text: formatInterval(interaction) }),
      state.selected[k] ? null : h('span', { class: 'tag', text: 'outside the filters' })]));
    const facts = factList();
    const fact = facts.add;
    fact('Date', formatInterval(interaction));
    fact('Place', interaction.place ? userText('span', interaction.place) : null);
    fact('Track', interaction.track || 'not stated');
    fact('Disclosure', interaction.disclosure || 'not stated');
    fact('Status', interaction.status || 'not stated');
    if ((interaction.topics || []).length) {
      const topics = h('span');
      interaction.topics.forEach((topic, i) => { if (i) topics.append('; '); topics.append(userText('span', topic)); });
      fact('Topics', topics);
    }
    if (interaction.participants.length > 2 || !tie) {
      const people = h('span');
      interaction.participants.forEach((p, i) => { if (i) people.append(', '); people.append(actorButton(p)); });
      fact('Participants', people);
    }
    if (interaction.initiator !== null && interaction.initiator !== undefined) fact('Initiator', actorButton(interaction.initiator));
    if (interaction.notes) fact('Notes', userText('span', interaction.notes));
    fact('Id', h('code', { dir: 'auto', text: interaction.id }));
    card.append(facts);

    const provenance = h('div', { class: 'provenance' });
    if (!(interaction.sources || []).length) provenance.append(h('p', { class: 'hint', text: 'No source cited.' }));
    for (const source of interaction.sources || []) {
      const documentEntry = data.documents[source.document];
      const numbers = source.paragraphs.length ? source.paragraphs.join(', ') : 'not given';
      provenance.append(h('p', null, ['Source: ', h('span', { class: 'doc', dir: 'auto', text: documentEntry ? documentEntry.id : '?' }),
        h('span', { class: 'paragraph-numbers', text: ' · paragraph' + (source.paragraphs.length === 1 ? ' ' : 's ') + numbers })]));
      const texts = documentEntry ? documentEntry.paragraphs || [] : [];
      const cited = source.paragraphs.map((number) => texts.find((p) => p.number === number)).filter(Boolean);
      const hidden = englishOnly ? cited.filter((paragraph) => isArabic(paragraph.text)) : [];
      for (const paragraph of cited) if (!hidden.includes(paragraph)) provenance.append(paragraphBlock(paragraph, tie));
      if (hidden.length) {
        provenance.append(h('p', { class: 'hint', text: 'Text of ¶ ' + hidden.map((p) => p.number).join(', ') + ' not shown: it is Arabic and this report is English-only.' }));
      }
    }
    card.append(provenance);
    return card;
  }

  /** A cited paragraph, right to left, with the actors' names marked (UTF-16 ranges). */
  function paragraphBlock(paragraph, tie) {
    const block = h('blockquote', { class: 'paragraph', dir: 'rtl', lang: 'ar', 'data-paragraph': paragraph.number });
    block.append(h('span', { class: 'pnum', dir: 'ltr', text: '¶ ' + paragraph.number + ' ' }));
    const text = paragraph.text;
    const marks = (paragraph.marks || []).filter((m) => m[0] >= 0 && m[1] <= text.length && m[0] < m[1]).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let at = 0;
    for (const [start, end, actor] of marks) {
      if (start < at) continue; // overlapping marks: keep the first
      if (start > at) block.append(text.slice(at, start));
      const mark = h('mark', { title: actors[actor] ? actors[actor].name : '', text: text.slice(start, end) });
      if (tie && (actor === tie.a || actor === tie.b)) mark.classList.add('party');
      block.append(mark);
      at = end;
    }
    if (at < text.length) block.append(text.slice(at));
    return block;
  }

  // ---------------------------------------------------------------------------------------------
  // Timeline strip: one row per kind, one bar per dated interaction, the selected range shaded
  // ---------------------------------------------------------------------------------------------

  const timeline = { box: $('timeline'), canvas: null, kinds: [], pad: 8, axis: 14, width: 0, height: 0 };

  function buildTimeline() {
    const used = new Set(interactions.map((i) => i.kind));
    timeline.kinds = FILTERS[0].values.filter((kind) => used.has(kind));
    if (!data.span) {
      timeline.box.append(h('p', { class: 'hint', text: 'No dated interactions: nothing to draw on a timeline.' }));
      return;
    }
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    const dated = interactions.filter((i) => i.first !== null && i.first !== undefined).length;
    canvas.setAttribute('aria-label', dated + ' dated interactions' + (data.span ? ' from ' + formatDay(data.span.first) + ' to ' + formatDay(data.span.last) : '') +
      ', one row per kind; the shaded band is the time slider\'s range');
    timeline.box.append(canvas);
    timeline.canvas = canvas;
    const legend = $('timeline-legend');
    for (const kind of timeline.kinds) {
      const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = palette.kind[kind] || '#777777';
      legend.append(h('li', null, [swatch, h('span', { dir: 'auto', text: kind })]));
    }
    const grey = h('span', { class: 'swatch', 'aria-hidden': 'true' });
    grey.style.background = '#d4d4d4';
    legend.append(h('li', null, [grey, 'outside the filters']));
    // A click on the strip moves the nearer slider thumb to that month.
    canvas.addEventListener('click', (event) => {
      if (!data.span) return;
      const rect = canvas.getBoundingClientRect();
      const day = dayAtX(event.clientX - rect.left, rect.width);
      const month = monthOfDay(day);
      const from = Number($('time-from').value), to = Number($('time-to').value);
      const input = Math.abs(month - from) <= Math.abs(month - to) ? $('time-from') : $('time-to');
      input.value = String(month);
      readSliders(input);
    });
    // The strip's size is read here and when it changes, never while a filter update runs: reading
    // layout then would make the browser restyle the whole diagram inside the slider's handler.
    const measure = () => {
      const rect = timeline.box.getBoundingClientRect();
      timeline.width = rect.width;
      timeline.height = rect.height;
    };
    measure();
    if (typeof ResizeObserver === 'function') {
      new ResizeObserver(() => { measure(); drawTimeline(); }).observe(timeline.box);
    } else {
      window.addEventListener('resize', () => { measure(); drawTimeline(); });
    }
  }

  function xOfDay(day, width) {
    const span = data.span;
    return timeline.pad + ((day - span.first) / (span.last + 1 - span.first)) * (width - 2 * timeline.pad);
  }
  function dayAtX(x, width) {
    const span = data.span;
    return Math.round(span.first + ((x - timeline.pad) / (width - 2 * timeline.pad)) * (span.last + 1 - span.first));
  }

  /** Each dated interaction's bar, by kind: pixel start and width for the current strip width
   *  (recomputed only when the width changes). */
  function timelineBars(width) {
    if (timeline.bars && timeline.bars.width === width) return timeline.bars;
    const byKind = timeline.kinds.map(() => ({ index: [], x: [], w: [] }));
    const rowOf = new Map(timeline.kinds.map((kind, i) => [kind, i]));
    interactions.forEach((interaction, k) => {
      if (interaction.first === null || interaction.first === undefined) return;
      const group = byKind[rowOf.has(interaction.kind) ? rowOf.get(interaction.kind) : 0];
      const x0 = xOfDay(interaction.first, width), x1 = xOfDay(interaction.last + 1, width);
      group.index.push(k);
      group.x.push(x0);
      group.w.push(Math.max(2, x1 - x0));
    });
    timeline.bars = { width: width, byKind: byKind };
    return timeline.bars;
  }

  function drawTimeline() {
    const canvas = timeline.canvas;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(50, timeline.width || 0), height = Math.max(30, timeline.height || 0);
    const pixelWidth = Math.round(width * ratio), pixelHeight = Math.round(height * ratio);
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
    }
    const ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (!data.span) return;
    const rows = Math.max(1, timeline.kinds.length);
    const rowHeight = (height - timeline.axis - 2) / rows;

    // The selected range.
    const from = filter.from === null ? data.span.first : Math.max(filter.from, data.span.first);
    const to = filter.to === null ? data.span.last : Math.min(filter.to, data.span.last);
    if (to >= from) {
      const x0 = xOfDay(from, width), x1 = xOfDay(to + 1, width);
      ctx.fillStyle = 'rgba(0, 114, 178, 0.12)';
      ctx.fillRect(x0, 0, Math.max(1, x1 - x0), height - timeline.axis);
      ctx.fillStyle = '#0072B2';
      ctx.fillRect(x0 - 1, 0, 2, height - timeline.axis);
      ctx.fillRect(x1 - 1, 0, 2, height - timeline.axis);
    }
    // Rows' guide lines.
    ctx.fillStyle = '#eeeeee';
    for (let r = 0; r <= rows; r++) ctx.fillRect(timeline.pad, Math.round(r * rowHeight), width - 2 * timeline.pad, 1);

    // Bars: the filtered-out ones first, in grey, then the selected ones in their kind's colour
    // (one fill colour per group: setting it per bar would cost more than drawing).
    const bars = timelineBars(width);
    const barHeight = Math.max(2, rowHeight - 3);
    for (const pass of [0, 1]) {
      bars.byKind.forEach((group, row) => {
        ctx.fillStyle = pass ? (palette.kind[timeline.kinds[row]] || '#777777') : '#d4d4d4';
        const y = row * rowHeight + 2;
        for (let i = 0; i < group.index.length; i++) {
          if (state.selected[group.index[i]] === pass) ctx.fillRect(group.x[i], y, group.w[i], barHeight);
        }
      });
    }

    ctx.drawImage(timelineAxis(width, height, ratio), 0, 0, width, height);
  }

  /** The year axis, drawn once per size on a canvas of its own: setting a canvas font makes the
   *  browser resolve styles, which inside a filter update would restyle the whole diagram. */
  function timelineAxis(width, height, ratio) {
    const key = width + 'x' + height + '@' + ratio;
    if (timeline.axisCanvas && timeline.axisKey === key) return timeline.axisCanvas;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const first = dateFromDay(data.span.first).year, last = dateFromDay(data.span.last).year;
    ctx.fillStyle = '#555555';
    ctx.font = '10px "DejaVu Sans", sans-serif';
    ctx.textBaseline = 'top';
    // A tick per year, a label wherever it fits (every 1, 2, 5, 10 … years).
    const perYear = (width - 2 * timeline.pad) / Math.max(1, (data.span.last - data.span.first) / 365.25);
    const every = [1, 2, 5, 10, 20, 50, 100].find((n) => n * perYear >= 34) || 100;
    let lastLabelEnd = -Infinity;
    for (let year = first; year <= last + 1; year++) {
      const x = xOfDay(dayFromDate(year, 1, 1), width);
      if (x < timeline.pad - 0.5 || x > width - timeline.pad + 0.5) continue;
      ctx.fillRect(x, height - timeline.axis - 3, 1, 4);
      if (year % every === 0 && x > lastLabelEnd + 4) {
        const label = String(year);
        const w = ctx.measureText(label).width;
        const at = Math.min(width - w - 1, Math.max(0, x - w / 2));
        ctx.fillText(label, at, height - timeline.axis + 2);
        lastLabelEnd = at + w;
      }
    }
    timeline.axisCanvas = canvas;
    timeline.axisKey = key;
    return canvas;
  }

  // ---------------------------------------------------------------------------------------------
  // Test hooks and start
  // ---------------------------------------------------------------------------------------------

  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });

  /** The filtered network's scores in the shape `actorgraph scores --format json` prints, in its
   *  default order (first score, highest first). A Promise: a filtered network may still be scoring. */
  async function currentScores() {
    const scores = await waitForScores();
    if (!scores) return null;
    const first = scoreNames.find((name) => name !== 'brokerage');
    const copy = JSON.parse(JSON.stringify(scores));
    copy.nodes = first ? orderByScore(copy.nodes, first) : copy.nodes;
    return copy;
  }

  window.actorGraphReport = Object.freeze({
    get filter() { return filterSnapshot(); },
    setFilter: setFilter,
    network: () => {
      const network = projectedNetwork();
      return { actors: Array.from(network.actors), ties: network.tieCount, interactions: state.selectedCount };
    },
    scores: currentScores,
    ready: ready,
    get lastUpdateMs() { return state.lastUpdateMs; },
    normalize: normalize,
    flags: filterFlags,
    // The diagram's ties: the indices (into data.diagram.ties) drawn now, the selected one, and
    // whether the page draws them (large networks: batched paths, no element per tie).
    ties: () => ({
      pageDrawn: pageTies.on,
      drawn: pageTies.on
        ? Array.from(pageTies.drawn.keys()).filter((index) => pageTies.drawn[index])
        : Array.from(state.tieVisible.keys()).filter((index) => state.tieVisible[index] && diagram.tieElement[index]),
      selected: state.details && state.details.type === 'tie' ? state.details.index : null,
    }),
    tieEnds: tieEnds,
  });

  function start() {
    $('report-title').textContent = data.title || 'ActorGraph report';
    const named = data.dataset && data.dataset !== data.title;
    $('report-dataset').textContent = (named ? data.dataset + ' · ' : '') + actors.length + ' actors, ' + interactions.length +
      ' interactions' + (labelsMode === 'en' ? ' · English names only' : labelsMode === 'ar' ? ' · Arabic names' : '');
    setupDiagram();
    buildFilterControls();
    buildTimeControls();
    buildTableHead();
    buildTimeline();
    $('search').addEventListener('input', onSearchInput);
    $('search').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && search.matches.length) { event.preventDefault(); selectActor(search.matches[0], { center: true }); }
      if (event.key === 'Escape') { $('search').value = ''; onSearchInput(); }
    });
    $('reset-filters').addEventListener('click', () => setFilter({ kinds: null, tracks: null, disclosures: null, statuses: null, from: null, to: null }));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && state.details && !event.target.closest('input, select')) clearSelection();
    });
    update();
    fit();
    // Ready once the first frame with everything in it has been drawn: the scores are in, then
    // the next animation frame (style, layout, paint) runs, then the task after it.
    waitForScores().then(() => requestAnimationFrame(() => setTimeout(resolveReady, 0)));
  }

  try {
    start();
  } catch (error) {
    diagram.box.classList.add('ready'); // the drawing at least, as Graphviz made it
    document.body.prepend(h('p', { class: 'error', role: 'alert', text: 'The report could not start: ' + (error && error.message ? error.message : error) }));
    console.error(error);
    resolveReady();
  }
})();
