// Pamir's web UI: browses the knowledge base through its REST API.
// Every piece of article text reaches the page through textContent or an attribute value,
// never as markup, and the server's Content-Security-Policy forbids inline script.
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const STATUSES = ['reported', 'claimed', 'planned', 'historical', 'recurring', 'denied'];
// Cooperative types in blues and greens, conflictual ones in oranges and reds.
const COLOURS = {
  AGREE: '#1b7f3b', CONSULT: '#2a6fdb', SUPPORT: '#3f9c8f', CONCEDE: '#6aa84f',
  COOPERATE: '#0b8ea3', AID: '#5a8f29', RETREAT: '#8c7ae6', REQUEST: '#7b61c9',
  ACCUSE: '#c77d00', REJECT: '#a66300', THREATEN: '#d9480f', PROTEST: '#b8860b',
  SANCTION: '#8e3b8e', MOBILIZE: '#c2185b', COERCE: '#b71c1c', ASSAULT: '#7f0000'
};
const EVENT_FILTERS = ['type', 'country', 'actor', 'status', 'from', 'to', 'q'];
const PAGE = 50;

// ---------- small helpers ----------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attrs);
  append(node, children);
  return node;
}

function setAttributes(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.setAttribute('class', value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

function link(href, ...children) {
  return el('a', { href }, ...children);
}

function chip(type) {
  const node = el('span', { class: 'chip' }, type);
  node.style.background = COLOURS[type] || '#555';
  return node;
}

function hash(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const q = query.toString();
  return '#' + path + (q ? '?' + q : '');
}

class ApiError extends Error {}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = '/api/' + path + (query.toString() ? '?' + query : '');
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiError('the server answered ' + response.status + ' without JSON');
  }
  if (!response.ok) throw new ApiError(body && body.error ? body.error : 'HTTP ' + response.status);
  return body;
}

/** What to call an article when it has no title: its file, its URL, or its id. */
function articleName(a, id) {
  const source = (a && a.source) || {};
  return (a && a.title) || source.file || source.url || id;
}

function actors(list) {
  return (list || []).map(a => a.name + (a.code ? ' (' + a.code + ')' : '')).join(', ');
}

function attributesText(attributes) {
  return Object.entries(attributes || {})
    .map(([k, v]) => k + ' ' + (Array.isArray(v) ? v.join(', ') : v)).join('; ');
}

// ---------- dates: ISO days, months, years and intervals ----------

const DAY = 86400000;

function parseIsoStart(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value || '');
  if (!m) return null;
  return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
}

function parseIsoEnd(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value || '');
  if (!m) return null;
  if (m[3]) return Date.UTC(+m[1], +m[2] - 1, +m[3]) + DAY;
  if (m[2]) return Date.UTC(+m[1], +m[2], 1);
  return Date.UTC(+m[1] + 1, 0, 1);
}

/** [start, end) in ms of an ISO time value, or null. */
function interval(value) {
  if (!value) return null;
  const [a, b] = value.split('/');
  const start = parseIsoStart(a);
  const end = parseIsoEnd(b || a);
  return start === null || end === null ? null : [start, Math.max(end, start + DAY)];
}

function dayText(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

// ---------- the basemap ----------

let basemap = null;

async function loadBasemap() {
  if (!basemap) {
    basemap = fetch('/ui/countries-110m.json').then(r => r.json()).then(topologyPaths);
  }
  return basemap;
}

/** SVG path data for every country of a TopoJSON topology, in equirectangular lon/-lat units. */
function topologyPaths(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  const arcs = topology.arcs.map(arc => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
  const ring = indexes => {
    const points = [];
    for (const i of indexes) {
      const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return 'M' + points.map(([lon, lat]) => (lon + 180).toFixed(2) + ',' + (90 - lat).toFixed(2)).join('L') + 'Z';
  };
  const out = [];
  for (const g of topology.objects.countries.geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    out.push({ name: (g.properties || {}).name || '', d: polygons.map(p => p.map(ring).join('')).join('') });
  }
  return out;
}

// ---------- zoomable SVG views ----------

/** Wheel, drag and button zoom of an SVG's viewBox (the map's). */
function zoomable(node, full, onChange) {
  let view = full.slice();
  const apply = () => {
    node.setAttribute('viewBox', view.join(' '));
    if (onChange) onChange(view);
  };
  const clamp = () => {
    view[2] = Math.min(full[2], Math.max(full[2] / 200, view[2]));
    view[3] = view[2] * full[3] / full[2];
    view[0] = Math.min(full[0] + full[2] - view[2], Math.max(full[0], view[0]));
    view[1] = Math.min(full[1] + full[3] - view[3], Math.max(full[1], view[1]));
  };
  const zoom = (factor, fx, fy) => {
    const cx = view[0] + view[2] * (fx === undefined ? 0.5 : fx);
    const cy = view[1] + view[3] * (fy === undefined ? 0.5 : fy);
    view[2] *= factor;
    view[3] *= factor;
    view[0] = cx - view[2] * (fx === undefined ? 0.5 : fx);
    view[1] = cy - view[3] * (fy === undefined ? 0.5 : fy);
    clamp();
    apply();
  };
  node.addEventListener('wheel', e => {
    e.preventDefault();
    const box = node.getBoundingClientRect();
    zoom(e.deltaY < 0 ? 0.8 : 1.25, (e.clientX - box.left) / box.width, (e.clientY - box.top) / box.height);
  }, { passive: false });
  let drag = null;
  node.addEventListener('pointerdown', e => {
    if (e.target.classList.contains('ev')) return;
    drag = { x: e.clientX, y: e.clientY, view: view.slice() };
    node.setPointerCapture(e.pointerId);
  });
  node.addEventListener('pointermove', e => {
    if (!drag) return;
    const box = node.getBoundingClientRect();
    view[0] = drag.view[0] - (e.clientX - drag.x) * view[2] / box.width;
    view[1] = drag.view[1] - (e.clientY - drag.y) * view[3] / box.height;
    clamp();
    apply();
  });
  node.addEventListener('pointerup', () => { drag = null; });
  apply();
  return {
    zoomIn: () => zoom(0.6),
    zoomOut: () => zoom(1 / 0.6),
    reset: () => { view = full.slice(); apply(); }
  };
}

function zoomButtons(title, control, label) {
  return el('div', { class: 'toolbar' },
    el('span', { class: 'title' }, title),
    el('button', { type: 'button', onclick: control.zoomIn, 'aria-label': 'Zoom in on the ' + label }, '+'),
    el('button', { type: 'button', onclick: control.zoomOut, 'aria-label': 'Zoom out of the ' + label }, '−'),
    el('button', { type: 'button', onclick: control.reset }, 'Reset'));
}

// ---------- event selection shared by the timeline, the map and the list ----------

function eventKey(e) {
  return e.article + '#' + e.id;
}

function eventDot(node, e, select) {
  node.setAttribute('class', 'ev');
  node.setAttribute('fill', COLOURS[e.type] || '#555');
  node.setAttribute('tabindex', '0');
  node.setAttribute('role', 'button');
  node.dataset.key = eventKey(e);
  const label = e.type + ' ' + (e.date || 'undated') + ': ' + (e.evidence ? e.evidence.text : '');
  node.setAttribute('aria-label', label);
  node.append(svg('title', {}, label));
  node.addEventListener('click', () => select(e));
  node.addEventListener('keydown', k => {
    if (k.key === 'Enter' || k.key === ' ') {
      k.preventDefault();
      select(e);
    }
  });
  return node;
}

function timeline(events, select) {
  const dated = events.map(e => ({ e, span: interval(e.date) })).filter(x => x.span);
  const wrap = el('div', { class: 'panel' });
  if (!dated.length) {
    wrap.append(el('p', { class: 'muted' }, 'No dated events to place on the timeline.'));
    return wrap;
  }
  const lanes = TYPES.filter(t => dated.some(x => x.e.type === t));
  const width = 1000;
  const left = 96;
  const right = width - 8;
  const laneHeight = 22;
  const height = 30 + lanes.length * laneHeight;
  let min = Math.min(...dated.map(x => x.span[0]));
  let max = Math.max(...dated.map(x => x.span[1]));
  const pad = Math.max(DAY, (max - min) * 0.03);
  min -= pad;
  max += pad;
  const full = [min, max];
  let domain = full.slice();
  const node = svg('svg', { class: 'timeline', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Timeline of ' + dated.length + ' dated events' });
  node.dataset.from = dayText(min);
  const clipId = 'timeline-clip';
  node.append(svg('defs', {}, svg('clipPath', { id: clipId },
    svg('rect', { x: left, y: 0, width: right - left, height }))));
  const ticks = svg('g', {});
  const plot = svg('g', { 'clip-path': `url(#${clipId})` });
  const labels = svg('g', {});
  lanes.forEach((t, i) => {
    labels.append(svg('g', { class: 'lane' }, svg('text', { x: 4, y: 10 + i * laneHeight + 14 }, t)));
  });
  node.append(ticks, plot, labels);
  const shapes = dated.map(({ e, span }) => {
    const rect = eventDot(svg('rect', { y: 10 + lanes.indexOf(e.type) * laneHeight + 4,
      height: laneHeight - 8, rx: 2 }), e, select);
    plot.append(rect);
    return { rect, span };
  });
  const draw = () => {
    const [from, to] = domain;
    const x = ms => left + (ms - from) / (to - from) * (right - left);
    for (const { rect, span } of shapes) {
      const x0 = x(span[0]);
      rect.setAttribute('x', x0.toFixed(2));
      rect.setAttribute('width', Math.max(4, x(span[1]) - x0).toFixed(2));
    }
    clear(ticks);
    for (const ms of niceTicks(from, to)) {
      const tx = x(ms);
      if (tx < left || tx > right) continue;
      ticks.append(svg('g', { class: 'tick' },
        svg('line', { x1: tx, x2: tx, y1: 0, y2: height - 16 }),
        svg('text', { x: tx + 2, y: height - 4 }, tickLabel(ms, to - from))));
    }
    node.dataset.from = dayText(from);
    node.dataset.to = dayText(to);
  };
  const set = (from, to) => {
    const span = Math.min(full[1] - full[0], Math.max(DAY * 2, to - from));
    from = Math.max(full[0], Math.min(from, full[1] - span));
    domain = [from, from + span];
    draw();
  };
  const zoom = (factor, at) => {
    const [from, to] = domain;
    const f = at === undefined ? 0.5 : at;
    const centre = from + (to - from) * f;
    const span = (to - from) * factor;
    set(centre - span * f, centre - span * f + span);
  };
  node.addEventListener('wheel', e => {
    e.preventDefault();
    const box = node.getBoundingClientRect();
    const at = ((e.clientX - box.left) / box.width * width - left) / (right - left);
    zoom(e.deltaY < 0 ? 0.8 : 1.25, Math.min(1, Math.max(0, at)));
  }, { passive: false });
  let drag = null;
  node.addEventListener('pointerdown', e => {
    if (e.target.classList.contains('ev')) return;
    drag = { x: e.clientX, domain: domain.slice() };
    node.setPointerCapture(e.pointerId);
  });
  node.addEventListener('pointermove', e => {
    if (!drag) return;
    const box = node.getBoundingClientRect();
    const shift = (e.clientX - drag.x) / box.width * width / (right - left) * (drag.domain[1] - drag.domain[0]);
    set(drag.domain[0] - shift, drag.domain[1] - shift);
  });
  node.addEventListener('pointerup', () => { drag = null; });
  draw();
  const control = { zoomIn: () => zoom(0.6), zoomOut: () => zoom(1 / 0.6), reset: () => set(full[0], full[1]) };
  wrap.append(zoomButtons('Timeline', control, 'timeline'), node, legend(lanes));
  return wrap;
}

function niceTicks(from, to) {
  const span = to - from;
  const out = [];
  const start = new Date(from);
  if (span > 3 * 365 * DAY) {
    const step = Math.max(1, Math.round(span / (8 * 365 * DAY)));
    for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= to; y += step) out.push(Date.UTC(y, 0, 1));
  } else if (span > 70 * DAY) {
    const step = Math.max(1, Math.round(span / (8 * 30 * DAY)));
    for (let m = 0, d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1); d <= to;
      m += step, d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1)) out.push(d);
  } else {
    const step = Math.max(1, Math.round(span / (8 * DAY)));
    for (let d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()); d <= to; d += step * DAY) out.push(d);
  }
  return out.filter(ms => ms >= from);
}

function tickLabel(ms, span) {
  const iso = dayText(ms);
  return span > 3 * 365 * DAY ? iso.slice(0, 4) : span > 70 * DAY ? iso.slice(0, 7) : iso;
}

function legend(types) {
  return el('div', { class: 'legend', 'aria-label': 'Event types' },
    types.map(t => {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = COLOURS[t];
      return el('span', {}, swatch, t);
    }));
}

function map(events, select) {
  const wrap = el('div', { class: 'panel' });
  const placed = events.filter(e => e.place && typeof e.place.lat === 'number');
  const node = svg('svg', { class: 'map', viewBox: '0 0 360 180', role: 'img',
    'aria-label': 'Map of ' + placed.length + ' placed events' });
  const land = svg('g', {});
  const dots = svg('g', {});
  node.append(land, dots);
  loadBasemap().then(countries => {
    for (const c of countries) land.append(svg('path', { class: 'country', d: c.d }, svg('title', {}, c.name)));
  }).catch(() => wrap.append(el('p', { class: 'error' }, 'The basemap could not be loaded.')));
  const control = zoomable(node, [0, 0, 360, 180], view => {
    const r = Math.max(0.25, 1.6 * view[2] / 360);
    for (const dot of dots.children) dot.setAttribute('r', r);
  });
  for (const e of placed) {
    dots.append(eventDot(svg('circle', { cx: e.place.lon + 180, cy: 90 - e.place.lat, r: 1.6 }), e, select));
  }
  wrap.append(zoomButtons('Map (' + placed.length + ' of ' + events.length + ' events placed)', control, 'map'), node);
  return wrap;
}

// ---------- views ----------

const main = () => document.getElementById('main');

function show(...children) {
  const root = main();
  clear(root);
  append(root, children);
}

function failure(error) {
  return el('p', { class: 'error', role: 'alert' }, 'Could not load: ' + error.message);
}

function filterForm(params) {
  const field = (name, label, control) => el('label', {}, label, control);
  const text = name => el('input', { type: 'text', name, value: params.get(name) || '' });
  const choice = (name, values) => {
    const select = el('select', { name }, el('option', { value: '' }, 'any'),
      values.map(v => el('option', { value: v, selected: params.get(name) === v }, v)));
    return select;
  };
  const date = name => el('input', { type: 'date', name, value: params.get(name) || '' });
  const form = el('form', { class: 'filters panel', id: 'filters', 'aria-label': 'Filter events' },
    field('type', 'Type', choice('type', TYPES)),
    field('country', 'Country (ISO code)', text('country')),
    field('actor', 'Actor', text('actor')),
    field('status', 'Status', choice('status', STATUSES)),
    field('from', 'From', date('from')),
    field('to', 'To', date('to')),
    field('q', 'Evidence contains', text('q')),
    el('button', { type: 'submit' }, 'Apply'),
    el('button', { type: 'button', onclick: () => { location.hash = '#/'; } }, 'Clear'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const values = {};
    for (const name of EVENT_FILTERS) values[name] = form.elements[name].value.trim();
    location.hash = hash('/', values);
  });
  return form;
}

async function eventsView(params) {
  const form = filterForm(params);
  const status = el('p', { class: 'muted', role: 'status' }, 'Loading events…');
  show(el('h1', {}, 'Events'), form, status);
  const query = { limit: 500 };
  for (const name of EVENT_FILTERS) query[name] = params.get(name);
  let page;
  try {
    page = await api('events', query);
  } catch (e) {
    status.replaceWith(failure(e));
    return;
  }
  const events = page.items;
  status.textContent = page.total + ' events' + (page.total > events.length ? ', the first ' + events.length + ' shown' : '');
  const rows = el('tbody', {});
  const table = el('table', { class: 'events', 'aria-label': 'Events' },
    el('thead', {}, el('tr', {}, ['Date', 'Type', 'Source', 'Target', 'Status', 'Place', 'Evidence'].map(h => el('th', { scope: 'col' }, h)))),
    rows);
  const select = e => {
    const key = eventKey(e);
    for (const node of document.querySelectorAll('.ev.selected, tr.selected')) node.classList.remove('selected');
    for (const node of document.querySelectorAll('[data-key]')) {
      if (node.dataset.key === key) node.classList.add('selected');
    }
    const row = [...rows.children].find(r => r.dataset.key === key);
    if (row) {
      row.scrollIntoView({ block: 'nearest' });
      row.querySelector('a').focus();
    }
  };
  for (const e of events) {
    const row = el('tr', {},
      el('td', {}, e.date || el('span', { class: 'muted' }, 'undated')),
      el('td', {}, chip(e.type), ' ', el('span', { class: 'muted' }, e.cameo || '')),
      el('td', {}, actors(e.source)),
      el('td', {}, actors(e.target)),
      el('td', {}, e.status),
      el('td', {}, e.place ? e.place.name : ''),
      el('td', { class: 'evidence' }, link(hash('/article/' + encodeURIComponent(e.article), { event: e.id }),
        e.evidence ? e.evidence.text : e.id)));
    row.dataset.key = eventKey(e);
    rows.append(row);
  }
  main().append(el('div', { class: 'views' }, timeline(events, select), map(events, select)),
    el('h2', {}, 'List'), table);
}

async function pagedList(title, path, params, extra, render) {
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const status = el('p', { class: 'muted', role: 'status' }, 'Loading…');
  show(el('h1', {}, title), extra || '', status);
  let page;
  try {
    page = await api(path, Object.assign({}, Object.fromEntries(params), { limit: PAGE, offset }));
  } catch (e) {
    status.replaceWith(failure(e));
    return;
  }
  status.textContent = page.total + ' in all' + (page.total ? ', ' + (offset + 1) + '–' + (offset + page.items.length) + ' shown' : '');
  const list = el('ul', { class: 'plain' }, page.items.map(item => el('li', {}, render(item))));
  const route = location.hash.replace(/\?.*$/, '').slice(1) || '/';
  const at = o => hash(route, Object.assign(Object.fromEntries(params), { offset: o || '' }));
  main().append(list, el('nav', { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? link(at(Math.max(0, offset - PAGE)), '← Previous') : '',
    offset + PAGE < page.total ? link(at(offset + PAGE), 'Next →') : ''));
}

function storiesView(params) {
  return pagedList('Stories', 'stories', params, el('p', { class: 'muted' },
    'A story groups the events that several articles report of one happening.'), s =>
    el('span', {}, link(hash('/story/' + encodeURIComponent(s.id)), s.summary || s.id), ' ',
      el('span', { class: 'muted' }, s.articles.length + ' articles, ' + s.events.length + ' events'),
      s.conflicts.length ? el('span', { class: 'conflict' }, ' ' + s.conflicts.length + ' conflicts') : ''));
}

function articlesView(params) {
  return pagedList('Articles', 'articles', params, '', a =>
    el('span', {}, link(hash('/article/' + encodeURIComponent(a.id)), articleName(a, a.id)), ' ',
      el('span', { class: 'muted' }, [a.outlet, a.published, a.events + ' events'].filter(Boolean).join(' · '))));
}

function entitiesView(params) {
  const form = el('form', { class: 'filters panel', 'aria-label': 'Find entities' },
    el('label', {}, 'Name', el('input', { type: 'text', name: 'q', value: params.get('q') || '' })),
    el('button', { type: 'submit' }, 'Find'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    location.hash = hash('/entities', { q: form.elements.q.value.trim() });
  });
  return pagedList('Entities', 'entities', params, form, e =>
    el('span', {}, link(hash('/entity/' + encodeURIComponent(e.id)), e.name), ' ',
      el('span', { class: 'muted' }, e.type + ' · ' + e.articles + ' articles')));
}

function searchView(params) {
  const q = params.get('q') || '';
  document.getElementById('search-q').value = q;
  if (!q) {
    show(el('h1', {}, 'Search'), el('p', { class: 'muted' }, 'Type words to look for in the box above.'));
    return;
  }
  return pagedList('Search: ' + q, 'search', params, '', hit =>
    el('span', {}, el('span', { class: 'muted' }, hit.kind + ' '),
      link(hash('/article/' + encodeURIComponent(hit.article), hit.kind === 'event' && hit.ref ? { event: hit.ref } : {}),
        hit.snippet)));
}

function conflictFields(story) {
  const marked = new Map();
  for (const c of story.conflicts) {
    for (const v of c.values) {
      if (!marked.has(v.article)) marked.set(v.article, new Set());
      marked.get(v.article).add(c.field);
    }
  }
  return marked;
}

function fact(dl, label, value, conflicted) {
  if (value === null || value === undefined || value === '') return;
  dl.append(el('dt', {}, label), el('dd', { class: conflicted ? 'conflict' : null,
    title: conflicted ? 'The reports of this story disagree here' : null }, value));
}

async function storyView(id) {
  show(el('p', { class: 'loading' }, 'Loading story…'));
  let story;
  try {
    story = await api('stories/' + encodeURIComponent(id));
  } catch (e) {
    show(failure(e));
    return;
  }
  const marked = conflictFields(story);
  const conflicts = story.conflicts.length
    ? el('table', { class: 'conflicts', 'aria-label': 'Conflicts' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Field'), el('th', {}, 'What each report says'))),
      el('tbody', {}, story.conflicts.map(c => el('tr', {},
        el('td', { class: 'conflict' }, c.field),
        el('td', {}, c.values.map(v => el('div', {}, String(Array.isArray(v.value) ? v.value.join(', ') : v.value),
          ' ', el('span', { class: 'muted' }, '(' + outletOf(story, v.article) + ')'))))))))
    : el('p', { class: 'muted' }, 'The reports agree on every compared field.');
  const reports = el('div', { class: 'reports' }, story.reports.map(r => {
    const fields = marked.get(r.article) || new Set();
    return el('article', { class: 'report', 'aria-label': 'Report by ' + (r.outlet || r.article) },
      el('h3', {}, el('span', { class: 'outlet' }, r.outlet || 'unknown outlet')),
      el('p', {}, link(hash('/article/' + encodeURIComponent(r.article)), articleName(r, r.article)),
        r.published ? el('span', { class: 'muted' }, ' · ' + r.published) : ''),
      r.events.map(e => {
        const dl = el('dl', { class: 'facts' });
        fact(dl, 'date', e.date || 'undated', fields.has('date'));
        fact(dl, 'source', actors(e.source));
        fact(dl, 'target', actors(e.target));
        fact(dl, 'place', e.place ? e.place.name : '', fields.has('place'));
        fact(dl, 'status', e.status, fields.has('status'));
        for (const [k, v] of Object.entries(e.attributes || {})) {
          fact(dl, k, Array.isArray(v) ? v.join(', ') : String(v), fields.has('attributes.' + k));
        }
        fact(dl, 'reported by', e.reportedBy);
        return el('div', { class: 'event' }, chip(e.type), ' ', el('span', { class: 'muted' }, 'CAMEO ' + e.cameo),
          dl, el('blockquote', { class: 'evidence' },
            link(hash('/article/' + encodeURIComponent(r.article), { event: e.id }), el('mark', {}, e.evidence.text))));
      }));
  }));
  show(el('h1', {}, story.summary || story.id),
    el('p', { class: 'muted' }, story.reports.length + ' reports, ' + story.events.length + ' events'),
    el('h2', {}, 'Where the reports disagree'), conflicts,
    el('h2', {}, 'The reports side by side'), reports);
}

function outletOf(story, article) {
  const r = story.reports.find(x => x.article === article);
  return r ? r.outlet || articleName(r, article) : article;
}

const LAYERS = [['entity', 'entities'], ['place', 'places'], ['time', 'times'], ['quote', 'quotes'], ['event', 'event evidence']];

/** The text split at every annotation boundary, each piece a span carrying its layers' classes. */
function annotatedText(article, focusEvent) {
  const spans = [];
  const add = (start, end, layer, label, id) => {
    if (Number.isInteger(start) && Number.isInteger(end) && start < end) spans.push({ start, end, layer, label, id });
  };
  for (const e of article.entities || []) {
    for (const m of e.mentions || []) add(m.start, m.end, 'entity', e.type + ': ' + e.name + ((e.roles || []).length ? ' (' + e.roles.join('; ') + ')' : ''));
  }
  for (const p of article.places || []) {
    for (const m of p.mentions || []) add(m.start, m.end, 'place', 'place: ' + p.name + (p.country ? ', ' + p.country : ''));
  }
  for (const t of article.times || []) add(t.start, t.end, 'time', 'time: ' + (t.value || 'unresolved'));
  for (const q of article.quotes || []) add(q.start, q.end, 'quote', 'quote by ' + (q.speakerName || 'unknown'));
  for (const e of article.events || []) {
    if (e.evidence) add(e.evidence.start, e.evidence.end, 'event', e.type + ' (' + e.status + ')', e.id);
  }
  const text = article.text || '';
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.min(s.start, text.length));
    cuts.add(Math.min(s.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const node = el('div', { class: 'text', id: 'article-text' });
  let focus = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const over = spans.filter(s => s.start <= a && s.end >= b);
    if (!over.length) {
      node.append(document.createTextNode(text.slice(a, b)));
      continue;
    }
    const piece = el('span', {
      class: [...new Set(over.map(s => 'a-' + s.layer))].join(' '),
      title: [...new Set(over.map(s => s.label))].join('\n')
    }, text.slice(a, b));
    if (focusEvent && over.some(s => s.layer === 'event' && s.id === focusEvent)) {
      piece.classList.add('focus');
      focus = focus || piece;
    }
    node.append(piece);
  }
  return { node, focus };
}

async function articleView(id, params) {
  show(el('p', { class: 'loading' }, 'Loading article…'));
  let a;
  try {
    a = await api('articles/' + encodeURIComponent(id));
  } catch (e) {
    show(failure(e));
    return;
  }
  const { node: text, focus } = annotatedText(a, params.get('event'));
  const toggles = el('div', { class: 'layers', role: 'group', 'aria-label': 'Highlight' },
    LAYERS.map(([layer, label]) => {
      const box = el('input', { type: 'checkbox', checked: true, onchange: ev => text.classList.toggle('hide-' + layer, !ev.target.checked) });
      return el('label', {}, box, ' ', el('span', { class: 'key-' + layer }, label));
    }));
  const dl = el('dl', { class: 'facts' });
  fact(dl, 'outlet', a.outlet);
  fact(dl, 'authors', (a.authors || []).join(', '));
  fact(dl, 'published', a.published);
  fact(dl, 'source', (a.source || {}).url || (a.source || {}).file || (a.source || {}).id);
  const side = el('aside', {},
    el('div', { class: 'panel' }, el('h2', {}, 'Events'), el('ul', { class: 'plain' }, (a.events || []).map(e =>
      el('li', {}, chip(e.type), ' ', link(hash('/article/' + encodeURIComponent(a.id), { event: e.id }),
        (e.date || 'undated') + ' · ' + actors(e.source) + ' → ' + actors(e.target)), ' ', el('span', { class: 'muted' }, e.status))))),
    el('div', { class: 'panel' }, el('h2', {}, 'Entities'), el('ul', { class: 'plain' }, (a.entities || []).map(e =>
      el('li', {}, link(hash('/entities', { q: e.name }), e.name), ' ', el('span', { class: 'muted' },
        [e.type, (e.roles || []).join('; '), e.country].filter(Boolean).join(' · ')))))),
    el('div', { class: 'panel' }, el('h2', {}, 'Places'), el('ul', { class: 'plain' }, (a.places || []).map(p =>
      el('li', {}, p.name, ' ', el('span', { class: 'muted' }, [p.country, typeof p.lat === 'number' ? p.lat.toFixed(2) + ', ' + p.lon.toFixed(2) : ''].filter(Boolean).join(' · ')))))),
    el('div', { class: 'panel' }, el('h2', {}, 'Times'), el('ul', { class: 'plain' }, (a.times || []).map(t =>
      el('li', {}, t.text, ' ', el('span', { class: 'muted' }, '→ ' + (t.value || 'unresolved')))))),
    el('div', { class: 'panel' }, el('h2', {}, 'Quotes'), el('ul', { class: 'plain' }, (a.quotes || []).map(q =>
      el('li', {}, el('span', { class: 'muted' }, (q.speakerName || 'unknown speaker') + ': '), '“' + q.text + '”')))));
  show(el('h1', {}, articleName(a, a.id)), dl, toggles, el('div', { class: 'article' }, text, side));
  if (focus) focus.scrollIntoView({ block: 'center' });
}

async function entityView(id) {
  show(el('p', { class: 'loading' }, 'Loading entity…'));
  let e;
  try {
    e = await api('entities/' + encodeURIComponent(id));
  } catch (err) {
    show(failure(err));
    return;
  }
  const dl = el('dl', { class: 'facts' });
  fact(dl, 'type', e.type);
  fact(dl, 'roles', e.roles.join('; '));
  fact(dl, 'countries', e.countries.join(', '));
  fact(dl, 'also called', e.aliases.join('; '));
  fact(dl, 'articles', String(e.occurrences.length));
  const quotes = el('ul', { class: 'plain' });
  const events = el('ul', { class: 'plain' });
  const articles = el('ul', { class: 'plain' });
  show(el('h1', {}, e.name), dl,
    el('h2', {}, 'Quotes'), quotes, el('h2', {}, 'Events'), events, el('h2', {}, 'Articles'), articles);
  const shown = e.occurrences.slice(0, 30);
  const loaded = await Promise.all(shown.map(o => api('articles/' + encodeURIComponent(o.article)).catch(() => null)));
  shown.forEach((o, i) => {
    const a = loaded[i];
    const title = articleName(a, o.article);
    articles.append(el('li', {}, link(hash('/article/' + encodeURIComponent(o.article)), title), ' ',
      el('span', { class: 'muted' }, o.mentions.length + ' mentions')));
    if (!a) return;
    for (const q of a.quotes || []) {
      if (q.speaker === o.entity) quotes.append(el('li', {}, '“' + q.text + '” ', el('span', { class: 'muted' }, '(' + title + ')')));
    }
    for (const ev of a.events || []) {
      const involved = [...(ev.source || []), ...(ev.target || [])].some(x => x.entity === o.entity);
      if (involved) {
        events.append(el('li', {}, chip(ev.type), ' ', link(hash('/article/' + encodeURIComponent(o.article), { event: ev.id }),
          (ev.date || 'undated') + ': ' + ev.evidence.text)));
      }
    }
  });
  if (!quotes.children.length) quotes.append(el('li', { class: 'muted' }, 'No quotes.'));
  if (!events.children.length) events.append(el('li', { class: 'muted' }, 'No events.'));
}

// ---------- routing ----------

function route() {
  const raw = location.hash.slice(1) || '/';
  const [path, query] = raw.split('?');
  const params = new URLSearchParams(query || '');
  let parts;
  try {
    parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch (e) {
    show(el('h1', {}, 'Not found'), el('p', {}, 'The address is not well formed. '), link('#/', 'Events'));
    return;
  }
  for (const a of document.querySelectorAll('.top nav a')) {
    const target = a.getAttribute('href').slice(1);
    a.toggleAttribute('aria-current', target === '/' + (parts[0] || ''));
    if (a.hasAttribute('aria-current')) a.setAttribute('aria-current', 'page');
  }
  const views = {
    '': () => eventsView(params),
    stories: () => parts[1] ? storyView(parts[1]) : storiesView(params),
    story: () => storyView(parts[1]),
    articles: () => articlesView(params),
    article: () => articleView(parts[1], params),
    entities: () => entitiesView(params),
    entity: () => entityView(parts[1]),
    search: () => searchView(params)
  };
  const view = views[parts[0] || ''];
  if (!view) {
    show(el('h1', {}, 'Not found'), el('p', {}, 'No page ', path, '. '), link('#/', 'Events'));
    return;
  }
  Promise.resolve(view()).catch(e => show(failure(e)));
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('search-form').addEventListener('submit', e => {
    e.preventDefault();
    location.hash = hash('/search', { q: document.getElementById('search-q').value.trim() });
  });
  window.addEventListener('hashchange', route);
  route();
});
