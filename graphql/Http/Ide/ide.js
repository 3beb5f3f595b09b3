// The GraphQL IDE served by the endpoint itself: editor with highlighting and schema-aware
// completion, variables, results, and a documentation explorer, all from introspection.
(function () {
  'use strict';
  const config = window.__IDE__;
  const $ = (id) => document.getElementById(id);
  const query = $('query'), highlight = $('query-highlight'), variables = $('variables');
  const result = $('result'), status = $('status'), list = $('completions');
  let schema = null; // { types: Map(name -> type), query, mutation, subscription, directives }

  const INTROSPECTION = `query IdeIntrospection { __schema { queryType { name } mutationType { name } subscriptionType { name }
    types { kind name description fields(includeDeprecated: true) { name description isDeprecated deprecationReason
      args { name description defaultValue type { ...Ref } } type { ...Ref } }
      inputFields { name description defaultValue type { ...Ref } } enumValues(includeDeprecated: true) { name description isDeprecated }
      possibleTypes { name } interfaces { name } }
    directives { name description locations args { name type { ...Ref } } } } }
    fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

  // ---------- requests ----------
  async function post(body) {
    const response = await fetch(location.pathname, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: await response.json() };
  }

  async function loadSchema() {
    try {
      const { json } = await post({ query: INTROSPECTION });
      if (!json.data) { status.textContent = 'Schema not available: ' + (json.errors?.[0]?.message ?? 'introspection failed'); return; }
      const s = json.data.__schema;
      schema = {
        types: new Map(s.types.map((t) => [t.name, t])),
        query: s.queryType?.name, mutation: s.mutationType?.name, subscription: s.subscriptionType?.name,
        directives: s.directives,
      };
      renderDocs(null);
      status.textContent = 'Schema loaded';
    } catch (e) { status.textContent = 'Schema not available: ' + e.message; }
  }

  async function run() {
    let vars = {};
    try { vars = variables.value.trim() ? JSON.parse(variables.value) : {}; }
    catch (e) { result.textContent = 'Variables are not valid JSON: ' + e.message; return; }
    status.textContent = 'Running…';
    const started = performance.now();
    try {
      const operationName = selectedOperation();
      const { status: code, json } = await post({ query: query.value, variables: vars, operationName });
      result.textContent = JSON.stringify(json, null, 2);
      status.textContent = `${code} · ${Math.round(performance.now() - started)} ms`;
    } catch (e) { result.textContent = 'Request failed: ' + e.message; status.textContent = ''; }
    localStorage.setItem('ide.query', query.value);
    localStorage.setItem('ide.variables', variables.value);
  }

  function selectedOperation() {
    const names = [...query.value.matchAll(/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g)].map((m) => m[1]);
    if (names.length < 2) return undefined;
    const before = query.value.slice(0, query.selectionStart);
    const current = [...before.matchAll(/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g)].pop();
    return current ? current[1] : names[0];
  }

  // ---------- lexing, highlighting ----------
  const TOKEN = /(#[^\n]*)|("""[\s\S]*?(?:"""|$)|"(?:[^"\\\n]|\\.)*"?)|(\$[_A-Za-z][_0-9A-Za-z]*)|(@[_A-Za-z][_0-9A-Za-z]*)|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([_A-Za-z][_0-9A-Za-z]*)|(\.\.\.|[!():=\[\]{}|&])|(\s+|,)|(.)/g;
  const KEYWORDS = new Set(['query', 'mutation', 'subscription', 'fragment', 'on', 'true', 'false', 'null']);

  function tokens(text) {
    const out = [];
    for (const m of text.matchAll(TOKEN)) {
      const [value, comment, string, variable, directive, number, name, punct] = m;
      const kind = comment ? 'comment' : string ? 'string' : variable ? 'variable' : directive ? 'directive'
        : number ? 'number' : name ? 'name' : punct ? 'punct' : 'space';
      out.push({ kind, value, start: m.index, end: m.index + value.length });
    }
    return out;
  }

  const escape = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' }[c]));

  function renderHighlight() {
    highlight.innerHTML = tokens(query.value).map((t) => {
      if (t.kind === 'space') return escape(t.value);
      const cls = t.kind === 'name' ? (KEYWORDS.has(t.value) ? 'keyword' : 'field') : t.kind;
      return `<span class="t-${cls}">${escape(t.value)}</span>`;
    }).join('') + '\n';
    highlight.parentElement.scrollTop = query.scrollTop;
    highlight.parentElement.scrollLeft = query.scrollLeft;
  }

  // ---------- completion ----------
  const named = (ref) => { while (ref && ref.ofType) ref = ref.ofType; return ref?.name; };
  const typeText = (ref) => !ref ? '' : ref.kind === 'NON_NULL' ? typeText(ref.ofType) + '!' : ref.kind === 'LIST' ? `[${typeText(ref.ofType)}]` : ref.name;

  // What is expected at the cursor: the fields of the enclosing type, or the arguments of a field.
  function contextAt(text) {
    const stack = []; // types of the open selection sets
    let rootType = schema.query, lastField = null, lastFieldType = null, parenDepth = 0, parenField = null;
    let pendingType = null, expectTypeName = false, inDirective = false;
    const all = tokens(text).filter((t) => t.kind !== 'space' && t.kind !== 'comment');
    for (let i = 0; i < all.length; i++) {
      const t = all[i];
      const current = stack.length ? stack[stack.length - 1] : null;
      if (t.kind === 'name' && parenDepth === 0) {
        if (expectTypeName) { pendingType = t.value; expectTypeName = false; continue; }
        if (!current && (t.value === 'query' || t.value === 'mutation' || t.value === 'subscription')) {
          rootType = schema[t.value]; continue;
        }
        if (t.value === 'on') { expectTypeName = true; continue; }
        if (!current && t.value === 'fragment') continue;
        if (current && !inDirective) {
          const next = all[i + 1];
          if (next && next.value === ':') continue; // an alias
          const field = schema.types.get(current)?.fields?.find((f) => f.name === t.value);
          lastField = field ?? null;
          lastFieldType = field ? named(field.type) : null;
        }
        inDirective = false;
      } else if (t.kind === 'directive') {
        inDirective = true;
      } else if (t.value === '(') {
        parenDepth++; if (parenDepth === 1) parenField = inDirective ? null : lastField;
      } else if (t.value === ')') {
        parenDepth = Math.max(0, parenDepth - 1); inDirective = false;
      } else if (t.value === '{' && parenDepth === 0) {
        const type = pendingType ?? (current ? lastFieldType : rootType);
        stack.push(type); pendingType = null; lastField = null; lastFieldType = null;
      } else if (t.value === '}' && parenDepth === 0) {
        stack.pop();
      }
    }
    if (parenDepth > 0 && parenField) return { kind: 'arguments', field: parenField };
    if (expectTypeName) return { kind: 'types' };
    const type = stack.length ? stack[stack.length - 1] : null;
    return type ? { kind: 'fields', type } : { kind: 'none' };
  }

  function candidates() {
    if (!schema) return { items: [], from: query.selectionStart };
    const caret = query.selectionStart;
    const before = query.value.slice(0, caret);
    const word = /[_A-Za-z][_0-9A-Za-z]*$/.exec(before)?.[0] ?? '';
    const ctx = contextAt(before.slice(0, before.length - word.length));
    let items = [];
    if (ctx.kind === 'fields') {
      const type = schema.types.get(ctx.type);
      const fields = type?.fields ?? [];
      items = fields.map((f) => ({ label: f.name, detail: typeText(f.type), deprecated: f.isDeprecated }));
      if (type && type.kind !== 'SCALAR') items.push({ label: '__typename', detail: 'String!' });
    } else if (ctx.kind === 'arguments') {
      items = ctx.field.args.map((a) => ({ label: a.name, detail: typeText(a.type), insert: a.name + ': ' }));
    } else if (ctx.kind === 'types') {
      items = [...schema.types.values()].filter((t) => ['OBJECT', 'INTERFACE', 'UNION'].includes(t.kind) && !t.name.startsWith('__'))
        .map((t) => ({ label: t.name, detail: t.kind.toLowerCase() }));
    }
    const lower = word.toLowerCase();
    items = items.filter((i) => i.label.toLowerCase().startsWith(lower))
      .concat(items.filter((i) => !i.label.toLowerCase().startsWith(lower) && i.label.toLowerCase().includes(lower)));
    return { items: items.slice(0, 50), from: caret - word.length };
  }

  let open = null; // { items, from, index }

  function showCompletions(force) {
    const found = candidates();
    const word = query.value.slice(found.from, query.selectionStart);
    if (!found.items.length || (!force && word.length === 0)) { closeCompletions(); return; }
    open = { ...found, index: 0 };
    list.innerHTML = found.items.map((item, i) =>
      `<li role="option" data-index="${i}" aria-selected="${i === 0}"><span>${escape(item.label)}</span><small>${escape(item.detail ?? '')}</small></li>`).join('');
    const { top, left } = caretPosition();
    list.style.top = top + 'px'; list.style.left = left + 'px';
    list.hidden = false;
  }

  function closeCompletions() { open = null; list.hidden = true; }

  function accept(index) {
    const item = open.items[index];
    const text = item.insert ?? item.label;
    const end = query.selectionStart;
    query.value = query.value.slice(0, open.from) + text + query.value.slice(end);
    query.selectionStart = query.selectionEnd = open.from + text.length;
    closeCompletions(); renderHighlight(); query.focus();
  }

  function moveSelection(delta) {
    open.index = (open.index + delta + open.items.length) % open.items.length;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === open.index)));
    list.children[open.index].scrollIntoView({ block: 'nearest' });
  }

  function caretPosition() {
    const mirror = document.createElement('div');
    const style = getComputedStyle(query);
    for (const p of ['fontFamily', 'fontSize', 'lineHeight', 'padding', 'whiteSpace', 'tabSize']) mirror.style[p] = style[p];
    mirror.style.position = 'absolute'; mirror.style.visibility = 'hidden'; mirror.style.whiteSpace = 'pre';
    mirror.textContent = query.value.slice(0, query.selectionStart);
    const marker = document.createElement('span'); marker.textContent = '\u200b'; mirror.appendChild(marker);
    query.parentElement.appendChild(mirror);
    const top = marker.offsetTop - query.scrollTop + parseFloat(style.lineHeight);
    const left = marker.offsetLeft - query.scrollLeft;
    mirror.remove();
    return { top, left };
  }

  // ---------- docs explorer ----------
  const trail = [];
  function renderDocs(typeName) {
    const body = $('docs-body');
    if (!schema) return;
    if (typeName === null) {
      trail.length = 0;
      const roots = [['query', schema.query], ['mutation', schema.mutation], ['subscription', schema.subscription]].filter(([, n]) => n);
      body.innerHTML = '<h3>Root types</h3>' + roots.map(([k, n]) => `<div class="field">${k}: ${link(n)}</div>`).join('')
        + '<h3>All types</h3>' + [...schema.types.keys()].filter((n) => !n.startsWith('__')).sort().map((n) => `<div class="field">${link(n)}</div>`).join('');
    } else {
      const type = schema.types.get(typeName);
      if (!type) return;
      if (trail[trail.length - 1] !== typeName) trail.push(typeName);
      let html = `<h3>${escape(type.name)} <small>${type.kind.toLowerCase()}</small></h3>`;
      if (type.description) html += `<p class="description">${escape(type.description)}</p>`;
      if (type.interfaces?.length) html += `<div>implements ${type.interfaces.map((i) => link(i.name)).join(', ')}</div>`;
      for (const f of type.fields ?? []) {
        const args = f.args.length ? '(' + f.args.map((a) => `${escape(a.name)}: ${refLink(a.type)}`).join(', ') + ')' : '';
        html += `<div class="field">${escape(f.name)}${args}: ${refLink(f.type)}${f.isDeprecated ? ' <em>deprecated</em>' : ''}</div>`;
        if (f.description) html += `<div class="description">${escape(f.description)}</div>`;
      }
      for (const f of type.inputFields ?? []) html += `<div class="field">${escape(f.name)}: ${refLink(f.type)}${f.defaultValue ? ' = ' + escape(f.defaultValue) : ''}</div>`;
      for (const v of type.enumValues ?? []) html += `<div class="field">${escape(v.name)}</div>${v.description ? `<div class="description">${escape(v.description)}</div>` : ''}`;
      if (type.possibleTypes?.length) html += `<div>possible types: ${type.possibleTypes.map((p) => link(p.name)).join(', ')}</div>`;
      body.innerHTML = html;
    }
    $('docs-trail').innerHTML = `<a data-type="">Schema</a>` + trail.map((t) => ` › ${link(t)}`).join('');
  }
  const link = (name) => `<a data-type="${escape(name)}">${escape(name)}</a>`;
  const refLink = (ref) => typeText(ref).replace(named(ref), link(named(ref)));

  $('docs').addEventListener('click', (e) => {
    const target = e.target.closest('a[data-type]');
    if (!target) return;
    const name = target.dataset.type;
    if (!name) { renderDocs(null); return; }
    const at = trail.indexOf(name); if (at >= 0) trail.length = at;
    renderDocs(name);
  });
  $('docs-search').addEventListener('input', (e) => {
    const term = e.target.value.toLowerCase();
    if (!term || !schema) { renderDocs(null); return; }
    const hits = [];
    for (const t of schema.types.values()) {
      if (t.name.startsWith('__')) continue;
      if (t.name.toLowerCase().includes(term)) hits.push(`<div class="field">${link(t.name)}</div>`);
      for (const f of t.fields ?? []) if (f.name.toLowerCase().includes(term)) hits.push(`<div class="field">${link(t.name)}.${escape(f.name)}</div>`);
    }
    $('docs-body').innerHTML = hits.slice(0, 100).join('') || '<p class="description">Nothing matches.</p>';
  });
  $('docs-toggle').addEventListener('click', (e) => {
    const main = document.querySelector('main');
    main.classList.toggle('no-docs');
    e.target.setAttribute('aria-expanded', String(!main.classList.contains('no-docs')));
  });

  // ---------- tidy ----------
  function tidy() {
    let depth = 0, out = '';
    for (const t of tokens(query.value)) {
      if (t.kind === 'space') { if (!out.endsWith(' ') && !out.endsWith('\n')) out += ' '; continue; }
      if (t.value === '}') { depth--; out = out.trimEnd() + '\n' + '  '.repeat(Math.max(depth, 0)) + '}'; continue; }
      out += t.value;
      if (t.value === '{') { depth++; out += '\n' + '  '.repeat(depth); }
    }
    query.value = out.replace(/ *\n */g, (m) => '\n' + m.split('\n')[1]).replace(/\{\n\s*\n/g, '{\n').trim() + '\n';
    renderHighlight();
  }

  // ---------- wiring ----------
  query.addEventListener('input', (e) => {
    renderHighlight();
    if (e.inputType?.startsWith('insert') && /[_A-Za-z]$/.test(e.data ?? '')) showCompletions(false); else closeCompletions();
  });
  query.addEventListener('scroll', renderHighlight);
  query.addEventListener('keydown', (e) => {
    if (open) {
      if (e.key === 'ArrowDown') { e.preventDefault(); moveSelection(1); return; }
      if (e.key === 'ArrowUp') { e.preventDefault(); moveSelection(-1); return; }
      if (e.key === 'Enter' || e.key === 'Tab') { e.preventDefault(); accept(open.index); return; }
      if (e.key === 'Escape') { closeCompletions(); return; }
    }
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); run(); return; }
    if (e.ctrlKey && e.key === ' ') { e.preventDefault(); showCompletions(true); return; }
    if (e.key === 'Tab') {
      e.preventDefault();
      const at = query.selectionStart;
      query.value = query.value.slice(0, at) + '  ' + query.value.slice(query.selectionEnd);
      query.selectionStart = query.selectionEnd = at + 2; renderHighlight();
    }
  });
  query.addEventListener('blur', () => setTimeout(closeCompletions, 150));
  list.addEventListener('mousedown', (e) => {
    const li = e.target.closest('li'); if (!li || !open) return;
    e.preventDefault(); accept(Number(li.dataset.index));
  });
  $('run').addEventListener('click', run);
  $('prettify').addEventListener('click', tidy);

  query.value = localStorage.getItem('ide.query') ?? config.defaultQuery ?? '{\n  __typename\n}\n';
  variables.value = localStorage.getItem('ide.variables') ?? '{}';
  renderHighlight();
  loadSchema();
  window.__ide = { contextAt: (text) => contextAt(text), candidates, schemaLoaded: () => schema !== null };
})();
