// Autosaved editor drafts in the browser's localStorage (see BrowserDraft.java for why there, and not in the session).
// Defined once per page; every entry is {v: 1, user, savedAt: epoch ms, data: "<the editor's input as JSON>"}.
window.bfAutosave = window.bfAutosave || (function () {
  const PREFIX = 'budgetflow.autosave|';
  const MAX_AGE_MS = 7 * 24 * 3600 * 1000;
  const watchers = {};
  function keys() {
    const all = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k && k.startsWith(PREFIX)) all.push(k);
    }
    return all;
  }
  function read(key, user) {
    try {
      const e = JSON.parse(localStorage.getItem(key));
      if (e && e.v === 1 && e.user === user && typeof e.data === 'string' && typeof e.savedAt === 'number') return e;
    } catch (ignored) { /* a corrupt entry is dropped below */ }
    return null;
  }
  function sweep() {
    const now = Date.now();
    keys().forEach(k => {
      let e = null;
      try { e = JSON.parse(localStorage.getItem(k)); } catch (ignored) { /* corrupt */ }
      if (!e || typeof e.savedAt !== 'number' || now - e.savedAt > MAX_AGE_MS) localStorage.removeItem(k);
    });
  }
  function stop(key) {
    const w = watchers[key];
    if (w) { clearTimeout(w.timer); w.root.removeEventListener('input', w.on, true); w.root.removeEventListener('change', w.on, true);
      w.root.removeEventListener('click', w.on, true); delete watchers[key]; }
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  return {
    // Watches the editor: writes its state 1 s after the last change; reports an entry that differs from the baseline.
    watch(notice, root, key, user, baseline) {
      sweep();
      stop(key);
      const e = read(key, user);
      if (localStorage.getItem(key) !== null && (!e || e.data === baseline)) localStorage.removeItem(key);
      else if (e) {
        const d = new Date(e.savedAt);
        notice.$server.found(e.data, pad(d.getHours()) + ':' + pad(d.getMinutes()));
      }
      // while the notice is open nothing is written: a click in the form must not overwrite what it offers to restore
      const w = { root, timer: null, pending: !!e && e.data !== baseline };
      w.on = () => {
        if (w.own) return;
        clearTimeout(w.timer);
        w.timer = setTimeout(() => {
          if (!root.isConnected || watchers[key] !== w || w.pending) return;
          // a field sends its value to the server on change (blur); the one being typed in is sent now, or
          // a tab closed while typing would lose its last field
          const a = document.activeElement;
          if (a && root.contains(a) && (a.tagName === 'INPUT' || a.tagName === 'TEXTAREA')) {
            w.own = true;
            try { a.dispatchEvent(new Event('change', { bubbles: true })); } finally { w.own = false; }
          }
          notice.$server.snapshot().then(data => {
            if (watchers[key] !== w || typeof data !== 'string') return;
            if (data === baseline) localStorage.removeItem(key);
            else localStorage.setItem(key, JSON.stringify({ v: 1, user, savedAt: Date.now(), data }));
          }).catch(() => { /* the editor has gone: nothing to write */ });
        }, 1000);
      };
      watchers[key] = w;
      ['input', 'change', 'click'].forEach(t => root.addEventListener(t, w.on, true));
    },
    // 恢复: the entry already holds the restored state; from now on changes are written again
    resolve(key) { if (watchers[key]) watchers[key].pending = false; },
    // 放弃: the entry goes, the editor is still watched
    discard(key) { this.resolve(key); localStorage.removeItem(key); },
    // saved: the entry goes and nothing more is written for this editor
    clear(key) { stop(key); localStorage.removeItem(key); },
    clearUser(user) { Object.keys(watchers).forEach(stop); keys().filter(k => k.startsWith(PREFIX + user + '|')).forEach(k => localStorage.removeItem(k)); }
  };
})();
