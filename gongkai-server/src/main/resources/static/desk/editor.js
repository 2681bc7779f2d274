// The editor of a disclosure: every section of the canonical document as a form, drawn from the
// document and the JSON Schema of the format. Lists of rows are grids (add, remove, reorder);
// indicators offer the framework's 一级/二级 choices. The rule catalogue runs as you type
// (POST /api/validate) and each finding is shown next to the field it concerns, with a link to it.
// Saving sends If-Match; a stale save shows what changed instead of overwriting.
(function () {
  'use strict';
  const form = document.getElementById('editor');
  if (!form) return;
  const id = form.dataset.id;
  let editable = form.dataset.editable === 'true';
  const T = JSON.parse(document.getElementById('texts').textContent);
  const FRAMEWORK = JSON.parse(document.getElementById('framework').textContent || '{}');
  const EN = T.english === true;

  let schema = null, doc = null, etag = null, status = null, dirty = false, checking = 0, timer = null;
  let findings = [], problems = [];

  const LABELS = {
    document: ['文档信息', 'Document'], department: ['部门', 'Department'], dutiesIntroduction: ['职责概述', 'Duties: introduction'],
    duties: ['主要职责', 'Duties'], organisation: ['机构设置', 'Organisation'], overview: ['收支预算总体情况', 'Budget overview'],
    operatingCosts: ['机关运行经费', 'Operating costs'], threePublic: ['“三公”经费', 'Three public expenses'],
    performance: ['绩效目标', 'Performance'], procurement: ['政府采购', 'Procurement'], assets: ['国有资产占有使用情况', 'Assets'],
    glossary: ['名词解释', 'Glossary'], otherMatters: ['其他需要说明的事项', 'Other matters'], tables: ['部门预算公开表', 'Standard tables'],
    projectNotes: ['项目说明', 'Project notes'], title: ['标题', 'Title'], name: ['名称', 'Name'], code: ['代码', 'Code'],
    amount: ['本年金额', 'Amount'], prior: ['上年金额', 'Last year'], change: ['比上年增减', 'Change'], direction: ['增减', 'Direction'],
    reason: ['原因', 'Reason'], total: ['合计', 'Total'], label: ['名称', 'Label'], source: ['来源', 'Source'], note: ['说明', 'Note'],
    unit: ['单位', 'Unit'], items: ['明细', 'Items'], introduction: ['概述', 'Introduction'], income: ['收入', 'Income'],
    expenditure: ['支出', 'Expenditure'], sources: ['收入来源', 'Sources'], basic: ['基本支出', 'Basic'], personnel: ['人员经费', 'Personnel'],
    publicCosts: ['公用经费', 'Public costs'], project: ['项目支出', 'Project'], reserve: ['单位预留机动经费', 'Reserve'], byFunction: ['按功能分类', 'By function'],
    byFund: ['按资金来源', 'By fund'], fiscalGrant: ['财政拨款支出', 'Fiscal grant'], projects: ['项目', 'Projects'],
    indicators: ['绩效指标', 'Indicators'], goal: ['绩效目标', 'Goal'], rows: ['行', 'Rows'], columns: ['列', 'Columns'],
    amounts: ['金额', 'Amounts'], kind: ['种类', 'Kind'], number: ['表号', 'Number'], units: ['单位构成', 'Units'],
    term: ['名词', 'Term'], definition: ['解释', 'Definition'], fiscalYear: ['年度', 'Fiscal year'], profile: ['模板', 'Profile'],
    preamble: ['前言', 'Preamble'], region: ['地区', 'Region'], changeReason: ['增减变化原因', 'Reason for the change'],
    goals: ['总体目标', 'Goals'], summary: ['绩效目标管理情况', 'Summary'], statement: ['说明', 'Statement'], table: ['表', 'Table'],
    abroad: ['因公出国（境）费', 'Abroad'], reception: ['公务接待费', 'Reception'], vehicles: ['公务用车购置及运行费', 'Vehicles'],
    vehiclePurchase: ['公务用车购置费', 'Vehicle purchase'], vehicleRunning: ['公务用车运行维护费', 'Vehicle running'],
    general_public_budget: ['一般公共预算', 'General budget'], government_fund: ['政府性基金', 'Government fund'],
    fiscal_grant: ['财政拨款', 'Fiscal grant'], prior_year: ['上年预算数', 'Last year'], state_capital: ['国有资本经营', 'State capital'],
    operating_costs: ['机关运行经费', 'Operating costs'], vehicle_purchase: ['公务用车购置费', 'Vehicle purchase'],
    vehicle_running: ['公务用车运行维护费', 'Vehicle running'], other_income: ['其他收入', 'Other income'],
    level1: ['一级指标', 'Level 1'], level2: ['二级指标', 'Level 2'], description: ['指标描述', 'Description'], value: ['指标值', 'Value'],
    basis: ['指标值确定依据', 'Basis'], approvedOn: ['批复日期', 'Approved on'], publishedOn: ['公开日期', 'Published on'],
    dataAsOf: ['截止时间', 'Data as of'], compiledBy: ['编制部门', 'Compiled by'], province: ['省', 'Province'],
    city: ['市', 'City'], county: ['县/区', 'County'], township: ['乡镇/街道', 'Township'], level: ['政府层级', 'Level'],
    // the parts only a 决算 has
    finalAccounts: ['决算情况说明', 'Final accounts'], outturns: ['决算与年初预算对照（项）', 'Outturn against budget, by line'],
    outturn: ['决算数', 'Outturn'], budget: ['年初预算数', 'Year-start budget'], adjustedBudget: ['调整预算数', 'Adjusted budget'],
    completionRate: ['完成年初预算（%）', 'Completion (%)'], comparison: ['决算与预算比较', 'Against budget'],
    purpose: ['主要用于', 'Used for'], grandTotal: ['收入支出总计', 'Grand total'], shares: ['构成（占比）', 'Shares'],
    fiscalGrantTotal: ['财政拨款收入支出总计', 'Fiscal grant total'],
    generalBudgetExpenditure: ['一般公共预算财政拨款支出', 'General budget expenditure'],
    generalBudgetOutturn: ['一般公共预算财政拨款支出决算与预算', 'General budget: outturn against budget'],
    personnelItems: ['人员经费包括', 'Personnel items'], publicItems: ['公用经费包括', 'Public cost items'],
    governmentFund: ['政府性基金预算财政拨款收支说明', 'Government fund'], stateCapital: ['国有资本经营预算财政拨款收支说明', 'State capital'],
    evaluation: ['绩效自评', 'Self-evaluation'], smeAwards: ['面向中小企业的政府采购', 'Awards to SMEs'],
    meetings: ['会议费', 'Meetings'], training: ['培训费', 'Training']
  };
  const LONG = /^(introduction|note|reason|goal|text|changeReason|otherMatters|preamble|statement|definition|dutiesIntroduction|projectNote)$/;

  // ---------------------------------------------------------------- schema helpers
  function resolve(s) {
    let guard = 0;
    while (s && s.$ref && guard++ < 10) s = s.$ref.split('/').slice(1).reduce((o, k) => o[k], schema);
    return s || {};
  }
  function kindOf(s) {
    s = resolve(s);
    if (s.properties || s.type === 'object' || s.additionalProperties && typeof s.additionalProperties === 'object') return 'object';
    if (s.type === 'array') return 'array';
    if (Array.isArray(s.type) && s.type.includes('number')) return 'amount';
    if (s.type === 'number' || s.type === 'integer') return 'number';
    if (s.type === 'boolean') return 'boolean';
    return 'string';
  }
  function isScalar(s) { return ['amount', 'number', 'boolean', 'string'].includes(kindOf(s)); }
  function label(key, s) {
    if (LABELS[key]) return LABELS[key][EN ? 1 : 0];
    const d = (resolve(s).description || '');
    const m = d.match(/^[\u3400-\u9fff“”（）()、／/]+/);
    return !EN && m ? m[0] : key;
  }
  function esc(p) { return String(p).replace(/~/g, '~0').replace(/\//g, '~1'); }

  // ---------------------------------------------------------------- the document
  function at(pointer) {
    return pointer.split('/').slice(1).reduce((o, k) => o == null ? undefined : o[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  function set(pointer, value) {
    const keys = pointer.split('/').slice(1).map(k => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    let o = doc;
    for (let i = 0; i < keys.length - 1; i++) {
      if (o[keys[i]] == null) o[keys[i]] = /^\d+$/.test(keys[i + 1]) ? [] : {};
      o = o[keys[i]];
    }
    const last = keys[keys.length - 1];
    if (value === undefined) { if (Array.isArray(o)) o[last] = ''; else delete o[last]; } else o[last] = value;
    changed();
  }
  function changed() {
    dirty = true;
    stateText('•');
    clearTimeout(timer);
    timer = setTimeout(check, 350);
  }

  // ---------------------------------------------------------------- drawing
  function field(key, s, pointer, value, parentPointer) {
    const wrap = el('div', 'field');
    wrap.dataset.pointer = pointer;
    const kind = kindOf(s);
    const rs = resolve(s);
    const lab = el('label');
    lab.htmlFor = 'p:' + pointer;
    lab.textContent = label(key, s);
    wrap.append(lab);
    let input;
    if (key === 'level1' && Object.keys(FRAMEWORK).length) {
      input = select(Object.keys(FRAMEWORK), value);
    } else if (key === 'level2' && Object.keys(FRAMEWORK).length) {
      const l1 = at(parentPointer + '/level1');
      input = select(FRAMEWORK[l1] || Object.values(FRAMEWORK).flat(), value);
    } else if (rs.enum) {
      input = select(rs.enum, value, true);
    } else if (kind === 'boolean') {
      input = el('input'); input.type = 'checkbox'; input.checked = value === true;
    } else if (kind === 'string' && (LONG.test(key) || (typeof value === 'string' && value.length > 60))) {
      input = el('textarea'); input.rows = Math.min(8, Math.max(2, Math.ceil(String(value || '').length / 60)));
      input.value = value == null ? '' : value;
    } else {
      input = el('input');
      input.value = value == null ? '' : value;
      if (kind === 'amount' || kind === 'number') { input.inputMode = 'decimal'; input.classList.add('num'); }
    }
    input.id = 'p:' + pointer;
    input.name = pointer;
    input.disabled = !editable;
    input.addEventListener(input.tagName === 'SELECT' || input.type === 'checkbox' ? 'change' : 'input', () => {
      let v;
      if (input.type === 'checkbox') v = input.checked;
      else if (input.value.trim() === '') v = undefined;
      else if (kind === 'amount' || kind === 'number') {
        const n = input.value.replace(/[,，\s]/g, '');
        v = /^-?\d+(\.\d+)?$/.test(n) ? Number(n) : input.value.trim();
      } else v = input.value;
      set(pointer, v);
      if (key === 'level1') redrawLevel2(parentPointer);
    });
    wrap.append(input);
    return wrap;
  }
  function select(options, value, plain) {
    const s = el('select');
    const all = options.slice();
    if (value != null && value !== '' && !all.includes(value)) all.unshift(value);
    s.append(new Option('', ''));
    all.forEach(o => s.append(new Option(o, o, false, o === value)));
    return s;
  }
  function redrawLevel2(rowPointer) {
    const input = document.getElementById('p:' + rowPointer + '/level2');
    if (!input) return;
    const current = at(rowPointer + '/level2');
    const opts = FRAMEWORK[at(rowPointer + '/level1')] || [];
    input.innerHTML = '';
    input.append(new Option('', ''));
    (current && !opts.includes(current) ? [current].concat(opts) : opts).forEach(o => input.append(new Option(o, o, false, o === current)));
  }
  function el(tag, cls) { const e = document.createElement(tag); if (cls) e.className = cls; return e; }
  function button(text, onClick, cls) {
    const b = el('button', cls || 'small secondary'); b.type = 'button'; b.textContent = text; b.disabled = !editable;
    b.addEventListener('click', onClick); return b;
  }

  function node(key, s, pointer, value, parentPointer) {
    const kind = kindOf(s);
    if (kind === 'object') return object(key, s, pointer, value);
    if (kind === 'array') return array(key, s, pointer, value);
    return field(key, s, pointer, value, parentPointer);
  }

  function object(key, s, pointer, value) {
    const rs = resolve(s);
    const box = el('fieldset', 'group');
    box.id = 'p:' + pointer;
    const legend = el('legend'); legend.textContent = label(key, s); box.append(legend);
    if (value == null) {
      box.append(button((EN ? 'Add ' : '添加') + label(key, s), () => { set(pointer, {}); draw(); }));
      return box;
    }
    const props = rs.properties ? Object.keys(rs.properties) : Object.keys(value);
    const scalars = el('div', 'fields');
    box.append(scalars);
    for (const k of props) {
      const ps = rs.properties ? rs.properties[k] : rs.additionalProperties;
      const child = node(k, ps, pointer + '/' + esc(k), value[k], pointer);
      (isScalar(ps) ? scalars : box).append(child);
    }
    return box;
  }

  /** Columns of a grid: the scalar properties, and the keys of an amounts object one level down. */
  function gridColumns(itemSchema, rows, pointer) {
    const rs = resolve(itemSchema);
    if (!rs.properties) return null;
    const cols = [];
    for (const [k, ps] of Object.entries(rs.properties)) {
      if (isScalar(ps)) { cols.push({key: k, path: [k], schema: ps}); continue; }
      const r = resolve(ps);
      if (kindOf(ps) === 'object' && !r.properties && r.additionalProperties) {
        const declared = at(pointer.replace(/\/rows$/, '/columns'));
        const keys = Array.isArray(declared) && declared.length ? declared
          : [...new Set(rows.flatMap(x => Object.keys((x && x[k]) || {})))];
        keys.forEach(c => cols.push({key: c, path: [k, c], schema: r.additionalProperties}));
      } else if (kindOf(ps) === 'object' && r.properties && Object.values(r.properties).every(isScalar)
                 && Object.keys(r.properties).length <= 4) {
        Object.keys(r.properties).forEach(c => cols.push({key: c, path: [k, c], schema: r.properties[c]}));
      } else return null;
    }
    return cols;
  }

  function array(key, s, pointer, value) {
    const rs = resolve(s);
    const items = rs.items || {};
    const rows = Array.isArray(value) ? value : [];
    const box = el('fieldset', 'group list');
    box.id = 'p:' + pointer;
    const legend = el('legend'); legend.textContent = label(key, s) + ' (' + rows.length + ')'; box.append(legend);
    const move = (i, d) => { const a = at(pointer) || []; const [x] = a.splice(i, 1); a.splice(i + d, 0, x); changed(); draw(); };
    const remove = i => { const a = at(pointer) || []; a.splice(i, 1); changed(); draw(); };
    const add = () => {
      const a = at(pointer) || (set(pointer, []), at(pointer));
      a.push(isScalar(items) ? '' : {}); changed(); draw();
      setTimeout(() => { const f = document.getElementById('p:' + pointer + '/' + (a.length - 1)) ||
        document.querySelector('[id^="p:' + pointer + '/' + (a.length - 1) + '/"]'); f && f.focus(); }, 0);
    };
    const controls = (i, n) => {
      const c = el('span', 'row-controls');
      const up = button('↑', () => move(i, -1)); up.setAttribute('aria-label', T.up + ' ' + (i + 1)); up.disabled ||= i === 0;
      const down = button('↓', () => move(i, 1)); down.setAttribute('aria-label', T.down + ' ' + (i + 1)); down.disabled ||= i === n - 1;
      const del = button('✕', () => remove(i), 'small danger'); del.setAttribute('aria-label', T.remove + ' ' + (i + 1));
      c.append(up, down, del);
      return c;
    };
    const cols = isScalar(items) ? null : gridColumns(items, rows, pointer);
    if (isScalar(items)) {
      const list = el('ol', 'plain-list');
      rows.forEach((v, i) => {
        const li = el('li');
        li.append(field(String(i + 1), items, pointer + '/' + i, v, pointer), controls(i, rows.length));
        list.append(li);
      });
      box.append(list);
    } else if (cols) {
      const wrap = el('div', 'table-scroll');
      const table = el('table', 'grid');
      const cap = el('caption', 'sr-only'); cap.textContent = label(key, s); table.append(cap);
      const head = el('tr');
      head.append(Object.assign(el('th'), {scope: 'col', textContent: '#'}));
      cols.forEach(c => head.append(Object.assign(el('th'), {scope: 'col', textContent: label(c.key, c.schema)})));
      head.append(Object.assign(el('th'), {scope: 'col', innerHTML: '<span class="sr-only">' + T.remove + '</span>'}));
      const thead = el('thead'); thead.append(head); table.append(thead);
      const body = el('tbody');
      rows.forEach((row, i) => {
        const tr = el('tr');
        tr.id = 'p:' + pointer + '/' + i;
        tr.append(Object.assign(el('th'), {scope: 'row', textContent: String(i + 1)}));
        cols.forEach(c => {
          const td = el('td');
          const p = pointer + '/' + i + '/' + c.path.map(esc).join('/');
          const f = field(c.key, c.schema, p, c.path.reduce((o, k) => o == null ? undefined : o[k], row), pointer + '/' + i);
          f.querySelector('label').classList.add('sr-only');
          f.querySelector('label').textContent = label(c.key, c.schema) + ' ' + (i + 1);
          td.append(f);
          tr.append(td);
        });
        const td = el('td'); td.append(controls(i, rows.length)); tr.append(td);
        body.append(tr);
      });
      table.append(body);
      wrap.append(table);
      box.append(wrap);
    } else {
      rows.forEach((row, i) => {
        const card = object((rs.items && resolve(items).properties && row && (row.name || row.title || row.term)) || String(i + 1),
          items, pointer + '/' + i, row);
        card.classList.add('card');
        card.querySelector('legend').append(' ', controls(i, rows.length));
        box.append(card);
      });
    }
    box.append(button(T.add, add, 'small'));
    return box;
  }

  function draw() {
    const focused = document.activeElement && document.activeElement.id;
    form.innerHTML = '';
    const toc = el('nav', 'toc');
    toc.setAttribute('aria-label', EN ? 'Sections' : '章节');
    const list = el('ul');
    toc.append(list);
    form.append(toc);
    for (const [k, s] of Object.entries(schema.properties)) {
      const section = el('section', 'section');
      section.id = 'section-' + k;
      const h = el('h2'); h.textContent = label(k, s); section.append(h);
      section.append(node(k, s, '/' + k, doc[k], ''));
      form.append(section);
      const li = el('li'); const a = el('a'); a.href = '#section-' + k; a.textContent = label(k, s); li.append(a); list.append(li);
    }
    mark();
    if (focused) { const f = document.getElementById(focused); f && f.focus(); }
  }

  // ---------------------------------------------------------------- findings
  async function check() {
    const mine = ++checking;
    const r = await Desk.api('POST', '/api/validate', JSON.stringify(doc));
    if (mine !== checking) return;
    if (r.ok) {
      problems = [];
      const acknowledged = new Set(findings.filter(f => f.acknowledged).map(f => f.rule + ' ' + f.path));
      findings = r.body.map(f => Object.assign(f, {acknowledged: acknowledged.has(f.rule + ' ' + f.path)}));
    } else if (r.status === 422 || r.status === 400) {
      problems = ((r.body && r.body.problems) || []).map(p => ({severity: 'error', rule: 'format', path: p.pointer || '/',
        message: p.message, messageEn: p.message}));
    }
    renderFindings();
    mark();
  }

  function nearest(path) {
    let p = path;
    while (p) {
      const e = document.getElementById('p:' + p);
      if (e) return e;
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return null;
  }

  function renderFindings() {
    const all = problems.concat(findings);
    const counts = {error: 0, warning: 0, info: 0};
    all.forEach(f => counts[f.severity]++);
    document.getElementById('finding-counts').innerHTML =
      '<span class="c-error"><b>' + counts.error + '</b> ' + T.errors + '</span> ' +
      '<span class="c-warning"><b>' + counts.warning + '</b> ' + T.warnings + '</span> ' +
      '<span class="c-info"><b>' + counts.info + '</b> ' + T.infos + '</span>';
    const list = document.getElementById('finding-list');
    list.innerHTML = '';
    if (!all.length) { const li = el('li', 'none'); li.textContent = T.none; list.append(li); }
    all.forEach((f, i) => {
      const li = el('li', 'finding ' + f.severity);
      li.dataset.rule = f.rule;
      li.dataset.path = f.path;
      const sev = el('span', 'sev'); sev.textContent = T[f.severity + 's'] || f.severity;
      const msg = el('p'); msg.textContent = (EN ? f.messageEn : f.message) || f.message;
      const meta = el('p', 'meta');
      const go = el('a'); go.href = '#p:' + f.path; go.textContent = T.goto; go.className = 'goto';
      go.addEventListener('click', e => { e.preventDefault(); focusField(f.path); });
      meta.append(go, ' · ', Object.assign(el('code'), {textContent: f.rule}));
      li.append(sev, msg, meta);
      if (f.severity === 'warning') {
        if (f.acknowledged) {
          li.append(Object.assign(el('p', 'ack'), {textContent: '✓ ' + T.acknowledged}));
        } else if (editable) {
          const ack = el('form', 'ack-form');
          const lab = el('label'); lab.htmlFor = 'ack-' + i; lab.textContent = T.reason;
          const input = el('input'); input.id = 'ack-' + i; input.required = true;
          const b = el('button', 'small'); b.type = 'submit'; b.textContent = T.acknowledge;
          ack.append(lab, input, b);
          ack.addEventListener('submit', async e => {
            e.preventDefault();
            if (dirty && !(await save())) return;
            const r = await Desk.api('POST', '/api/disclosures/' + id + '/acknowledgements',
              [{rule: f.rule, path: f.path, reason: input.value}]);
            if (r.ok) { applyChecked(r.body); } else notice(Desk.problemText(r), 'error');
          });
          li.append(ack);
        }
      }
      list.append(li);
    });
  }

  function focusField(path) {
    const target = nearest(path);
    if (!target) return;
    const focusable = target.matches('input,select,textarea') ? target : target.querySelector('input,select,textarea,button');
    target.scrollIntoView({block: 'center'});
    (focusable || target).focus();
  }

  function mark() {
    document.querySelectorAll('.field-finding').forEach(e => e.remove());
    document.querySelectorAll('.has-error,.has-warning,.has-info').forEach(e => e.classList.remove('has-error', 'has-warning', 'has-info'));
    document.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
    problems.concat(findings).forEach((f, i) => {
      const target = nearest(f.path);
      if (!target) return;
      const holder = target.matches('input,select,textarea') ? target.parentElement : target;
      holder.classList.add('has-' + f.severity);
      const note = el('p', 'field-finding ' + f.severity);
      note.id = 'finding-' + i;
      note.textContent = (EN ? f.messageEn : f.message) || f.message;
      if (target.matches('input,select,textarea')) {
        holder.append(note);
        if (f.severity === 'error') target.setAttribute('aria-invalid', 'true');
        target.setAttribute('aria-describedby', note.id);
      } else {
        const legend = target.querySelector(':scope > legend');
        (legend ? legend.after(note) : target.prepend(note));
      }
    });
  }

  // ---------------------------------------------------------------- saving and the workflow
  function stateText(t) { document.getElementById('save-state').textContent = t; }
  function notice(text, kind) { Desk.show(document.getElementById('notice'), text, kind); }
  function setStatus(s) {
    status = s;
    const holder = document.getElementById('status');
    holder.innerHTML = '';
    const badge = el('span', 'status s-' + s);
    badge.textContent = T['status_' + s] || s;
    holder.append(badge);
    editable = form.dataset.editable === 'true' && (s === 'draft' || s === 'returned');
    document.getElementById('save').disabled = !editable;
    document.getElementById('submit').disabled = !editable;
  }
  function applyChecked(body) {
    findings = body.findings;
    problems = [];
    if (body.disclosure) {
      etag = '"' + body.disclosure.etag + '"';
      document.getElementById('version').textContent = body.disclosure.version;
      setStatus(body.disclosure.status);
    }
    renderFindings();
    mark();
  }

  async function save() {
    const r = await Desk.api('PUT', '/api/disclosures/' + id + '/document', JSON.stringify(doc), {'If-Match': etag});
    if (r.ok) {
      dirty = false;
      applyChecked(r.body);
      stateText(T.saved);
      notice('', '');
      return true;
    }
    if (r.status === 412) {
      notice(T.stale + ' ' + (r.body.savedBy || '') + '\n' + (r.body.changed || []).slice(0, 20).join('\n'), 'error');
    } else if (r.status === 422 || r.status === 400) {
      problems = ((r.body && r.body.problems) || []).map(p => ({severity: 'error', rule: 'format', path: p.pointer || '/',
        message: p.message, messageEn: p.message}));
      renderFindings(); mark();
      notice(Desk.problemText(r), 'error');
    } else notice(Desk.problemText(r), 'error');
    return false;
  }

  async function submit() {
    if (dirty && !(await save())) return;
    const r = await Desk.api('POST', '/api/disclosures/' + id + '/submit');
    if (r.ok) {
      setStatus(r.body.status);
      notice(T.submitted, 'ok');
      draw();
    } else notice(Desk.problemText(r), 'error');
  }

  async function comments() {
    const r = await Desk.api('GET', '/api/disclosures/' + id + '/events');
    if (!r.ok) return;
    const returns = r.body.filter(e => e.action === 'return' && e.comment);
    if (!returns.length) return;
    const box = document.getElementById('comments');
    const ul = box.querySelector('ul');
    returns.forEach(e => {
      const li = el('li');
      li.textContent = e.comment + ' — ' + e.actor + ', ' + new Date(e.at).toLocaleString(EN ? 'en' : 'zh-CN');
      ul.append(li);
    });
    box.hidden = false;
  }

  async function start() {
    const [s, d, f] = await Promise.all([
      Desk.api('GET', '/desk/schema.json'),
      fetch('/api/disclosures/' + id + '/document', {credentials: 'same-origin'}),
      Desk.api('GET', '/api/disclosures/' + id + '/findings')]);
    schema = s.body;
    etag = d.headers.get('ETag');
    doc = await d.json();
    if (f.ok) { findings = f.body.findings; setStatus(f.body.disclosure.status); }
    if (!editable) notice(T.readonly, 'info');
    draw();
    renderFindings();
    mark();
    comments();
    document.getElementById('save').addEventListener('click', save);
    document.getElementById('submit').addEventListener('click', submit);
    form.dataset.ready = 'true';
  }

  window.addEventListener('beforeunload', e => { if (dirty) { e.preventDefault(); e.returnValue = ''; } });
  start();
})();
