// The desk's shared helpers: calls to the API with the CSRF header, sign-in and sign-out, and the
// small forms of the home, review and administration pages. Every change goes through /api.
(function () {
  'use strict';

  function cookie(name) {
    const m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : null;
  }

  /** fetch with JSON and the CSRF header; resolves to {status, ok, headers, body} (body parsed when JSON). */
  async function api(method, url, body, headers) {
    const h = Object.assign({'Accept': 'application/json, application/problem+json'}, headers || {});
    const token = cookie('XSRF-TOKEN');
    if (token && method !== 'GET') h['X-XSRF-TOKEN'] = token;
    let payload = body;
    if (body !== undefined && body !== null && !(body instanceof FormData) && typeof body !== 'string') {
      payload = JSON.stringify(body);
    }
    if (typeof payload === 'string') h['Content-Type'] = 'application/json';
    const r = await fetch(url, {method, headers: h, body: payload, credentials: 'same-origin'});
    const type = r.headers.get('Content-Type') || '';
    const parsed = type.includes('json') ? await r.json().catch(() => null) : await r.text();
    return {status: r.status, ok: r.ok, headers: r.headers, body: parsed};
  }

  /** The problem's detail and its field problems, as one readable text. */
  function problemText(reply) {
    const p = reply.body || {};
    const lines = [p.detail || p.title || ('HTTP ' + reply.status)];
    (p.problems || []).slice(0, 12).forEach(x => lines.push((x.pointer || '') + ' ' + x.message));
    return lines.join('\n');
  }

  function show(el, text, kind) {
    if (!el) return;
    el.hidden = !text;
    el.textContent = text || '';
    el.dataset.kind = kind || '';
  }

  window.Desk = {api, problemText, show, cookie};

  document.addEventListener('DOMContentLoaded', () => {
    // the CSRF cookie arrives with any answer; make sure there is one before the first write
    if (!cookie('XSRF-TOKEN')) fetch('/api/session', {credentials: 'same-origin'}).catch(() => {});

    document.querySelectorAll('[data-sign-out]').forEach(b => b.addEventListener('click', async () => {
      await api('DELETE', '/api/session');
      location.href = '/desk/login';
    }));

    const login = document.getElementById('login');
    if (login) {
      login.addEventListener('submit', async e => {
        e.preventDefault();
        const msg = document.getElementById('login-message');
        const r = await api('POST', '/api/session', {username: login.username.value, password: login.password.value});
        if (r.ok) {
          location.href = login.dataset.next || '/desk';
        } else {
          show(msg, r.status === 429 ? msg.dataset.throttled : msg.dataset.failed, 'error');
        }
      });
    }

    document.querySelectorAll('[data-next-year]').forEach(b => b.addEventListener('click', async () => {
      const r = await api('POST', '/api/disclosures/' + b.dataset.nextYear + '/next-year');
      if (r.ok) location.href = '/desk/disclosures/' + r.body.disclosure.id;
      else alert(problemText(r));
    }));

    document.querySelectorAll('[data-final-accounts]').forEach(b => b.addEventListener('click', async () => {
      const r = await api('POST', '/api/disclosures/' + b.dataset.finalAccounts + '/final-accounts');
      if (r.ok) location.href = '/desk/disclosures/' + r.body.disclosure.id;
      else alert(problemText(r));
    }));

    const upload = document.getElementById('import');
    if (upload) {
      upload.addEventListener('submit', async e => {
        e.preventDefault();
        const data = new FormData();
        data.append('file', upload.file.files[0]);
        const r = await api('POST', '/api/disclosures/import?department=' + encodeURIComponent(upload.department.value), data);
        if (r.ok) location.href = '/desk/disclosures/' + r.body.disclosure.id;
        else show(document.getElementById('import-message'), problemText(r), 'error');
      });
    }

    // review page: return, approve, publish
    const review = document.getElementById('review-actions');
    if (review) {
      const id = review.dataset.id;
      const msg = document.getElementById('review-message');
      const act = async (step, body) => {
        const r = await api('POST', '/api/disclosures/' + id + '/' + step, body);
        if (r.ok) location.reload();
        else show(msg, problemText(r), 'error');
      };
      const ret = document.getElementById('return-form');
      ret && ret.addEventListener('submit', e => { e.preventDefault(); act('return', {comment: ret.comment.value}); });
      const approve = document.getElementById('approve-form');
      approve && approve.addEventListener('submit', e => {
        e.preventDefault();
        act('approve', approve.approvedOn.value ? {approvedOn: approve.approvedOn.value} : {});
      });
      const publish = document.getElementById('publish');
      publish && publish.addEventListener('click', () => act('publish'));
    }

    // administration: each form posts its fields to its API path
    document.querySelectorAll('form[data-admin]').forEach(f => f.addEventListener('submit', async e => {
      e.preventDefault();
      const body = {};
      new FormData(f).forEach((v, k) => {
        if (v === '') return;
        body[k] = k === 'departments' ? String(v).split(/[,，\s]+/).filter(Boolean) : v;
      });
      const r = await api('POST', f.dataset.admin, body);
      const msg = f.querySelector('.message');
      if (r.ok) { show(msg, f.dataset.done, 'ok'); setTimeout(() => location.reload(), 400); }
      else show(msg, problemText(r), 'error');
    }));
  });
})();
