// The live wallboard: follows /wallboard/events (Server-Sent Events: a snapshot, then batched
// updates) and keeps the page in step: calls in progress by priority, missed cues newest first,
// new ones highlighted for a moment. Every node is keyed (call id, alert id), so an update
// replaces a node instead of adding one, and lists are capped: the page does not grow.
(function () {
  "use strict";
  const root = document.getElementById("wallboard");
  if (!root) return;
  const MAX_MISSED = parseInt(root.dataset.maxMissed || "100", 10);
  const HIGHLIGHT_MS = 6000;
  const STATES = {
    not_configured: "not configured", stopped: "not started", connecting: "connecting",
    connected: "live", unreachable: "not reachable", refused: "refused", error: "error",
  };
  const el = (id) => document.getElementById(id);
  const live = el("wb-live"), ended = el("wb-ended"), missed = el("wb-missed");
  const rows = new Map(); // call id -> <tr>
  const alerts = new Map(); // alert id -> <li>
  let skew = 0; // this browser's clock minus the server's
  let source = null;
  let retry = 1000;

  function node(tag, className, text) {
    const n = document.createElement(tag);
    if (className) n.className = className;
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }

  function ago(stamp) {
    const then = Date.parse(stamp);
    if (!stamp || isNaN(then)) return "";
    const s = Math.max(0, Math.floor((Date.now() - skew - then) / 1000));
    if (s < 60) return s + " s";
    if (s < 3600) return Math.floor(s / 60) + " min";
    return Math.floor(s / 3600) + " h";
  }

  // A deadline as the customer meant it ("2026-07-17 19:00", in the call's own time zone).
  function due(value) {
    const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(value);
    return m ? m[1] + (m[2] ? " " + m[2] : "") : value;
  }

  function timeAgo(stamp) {
    const t = node("time", "wb-ago", ago(stamp));
    t.dateTime = stamp || "";
    return t;
  }

  function hookMessage(hook) {
    const url = hook.url || "", detail = hook.detail || "";
    switch (hook.state) {
      case "not_configured":
        return "The live hook is not configured: start the review tool with " +
          "--events ws://HOST:PORT/events to follow calls in progress.";
      case "connecting": return "Connecting to the live hook at " + url + "…";
      case "connected": return "Following the live hook at " + url + ".";
      case "unreachable": return "The live hook at " + url + " is not reachable (" + detail + "); retrying.";
      case "refused": return "The live hook at " + url + " refused the wallboard (" + detail + "): check --events-token.";
      case "error": return detail;
      default: return "The wallboard is not following the live hook.";
    }
  }

  function showHook(hook) {
    const badge = el("wb-hook");
    badge.className = "badge wb-hook wb-state-" + hook.state;
    badge.textContent = STATES[hook.state] || hook.state;
    el("wb-hook-message").textContent = hookMessage(hook);
  }

  function showLink(text, ok) {
    const link = el("wb-link");
    link.textContent = text;
    link.classList.toggle("wb-link-down", !ok);
  }

  function chip(labels, className) {
    return node("span", "chip lb-" + (labels[0] || "") + (className ? " " + className : ""),
      labels.join(" + "));
  }

  function callRow(c) {
    const tr = node("tr", "level-" + (c.level || ""));
    tr.dataset.callId = c.call_id;
    const priority = c.priority || 0;
    tr.dataset.priority = String(priority);
    const prio = node("span", "prio");
    const meter = node("meter");
    meter.min = 0; meter.max = 100; meter.low = 40; meter.high = 70; meter.optimum = 0;
    meter.value = priority;
    prio.append(meter, " ", node("b", null, Math.round(priority)), " ", node("small", null, c.level || ""));
    const td = (child) => { const cell = node("td"); if (child !== undefined) cell.append(child); return cell; };
    const callCell = node("td");
    if (c.state === "ended") {
      const a = node("a", null, c.call_id);
      a.href = "/calls/" + encodeURIComponent(c.call_id);
      callCell.append(a);
    } else {
      callCell.append(c.call_id);
    }
    const sub = node("div", "muted small");
    if (c.state === "ended") sub.append("ended ", timeAgo(c.ended), " ago (" + (c.end_reason || "") + ")");
    else sub.append((c.protocol || "") + " · started ", timeAgo(c.started), " ago");
    callCell.append(sub);
    const chips = node("span", "chips");
    for (const cue of c.cues || []) {
      const s = chip(cue.labels || [], "wb-cue-" + cue.status);
      s.title = cue.status + ": " + (cue.focus || cue.text || "");
      chips.append(s);
    }
    const missedCell = c.missed ? node("span", "missed-count", c.missed) : "0";
    tr.append(td(prio), callCell, td(c.agent || ""), td(c.queue || ""), td(chips), td(missedCell));
    return tr;
  }

  function alertItem(a) {
    const li = node("li", "wb-alert");
    li.dataset.id = a.id;
    const head = node("div", "wb-alert-head");
    const chips = node("span", "chips");
    for (const label of a.labels || []) chips.append(chip([label]));
    head.append(chips, " ", node("span", "wb-call", a.call_id));
    if (a.agent) head.append(" ", node("span", "muted small", "agent " + a.agent));
    const when = node("span", "muted small");
    when.append(timeAgo(a.time), " ago");
    head.append(" ", when);
    li.append(head, node("p", "wb-focus", a.focus || a.text));
    li.append(node("p", "wb-cue-text muted small", "“" + (a.cue_text || a.text || "") + "”"));
    if (a.deadline) li.append(node("span", "deadline", "due " + due(a.deadline)));
    if (a.reason === "call_ended") li.append(" ", node("span", "muted small", "the call ended before an answer"));
    return li;
  }

  function highlight(n) {
    n.classList.add("wb-new");
    setTimeout(() => n.classList.remove("wb-new"), HIGHLIGHT_MS);
  }

  function putCall(c, fresh) {
    const row = callRow(c);
    const old = rows.get(c.call_id);
    if (old) old.replaceWith(row); // the old row is detached and forgotten
    rows.set(c.call_id, row);
    const table = c.state === "ended" ? ended : live;
    if (row.parentNode !== table) table.prepend(row);
    if (fresh && !old) highlight(row);
  }

  function removeCall(id) {
    const row = rows.get(id);
    if (row) row.remove();
    rows.delete(id);
  }

  function putMissed(a, fresh) {
    if (alerts.has(a.id)) return; // the same alert in a snapshot and the next update
    const li = alertItem(a);
    alerts.set(a.id, li);
    missed.prepend(li);
    if (fresh) highlight(li);
  }

  function removeMissed(id) {
    const li = alerts.get(id);
    if (li) li.remove();
    alerts.delete(id);
  }

  function sortLive() {
    const ordered = Array.from(live.children).sort(
      (a, b) => parseFloat(b.dataset.priority || "0") - parseFloat(a.dataset.priority || "0"));
    ordered.forEach((tr) => live.append(tr)); // moves, never copies
  }

  function settle(now) {
    if (now) skew = Date.now() - Date.parse(now);
    while (missed.children.length > MAX_MISSED) removeMissed(missed.lastElementChild.dataset.id);
    while (ended.children.length > 50) removeCall(ended.lastElementChild.dataset.callId);
    sortLive();
    el("wb-live-count").textContent = String(live.children.length);
    el("wb-live-empty").hidden = live.children.length > 0;
    el("wb-missed-empty").hidden = missed.children.length > 0;
  }

  function onSnapshot(board) {
    rows.clear();
    alerts.clear();
    live.replaceChildren();
    ended.replaceChildren();
    missed.replaceChildren();
    showHook(board.hook);
    for (const c of (board.ended || []).slice().reverse()) putCall(c, false);
    for (const c of board.calls || []) putCall(c, false);
    for (const a of (board.missed || []).slice().reverse()) putMissed(a, false);
    settle(board.now);
  }

  function onUpdate(u) {
    if (u.hook) showHook(u.hook);
    for (const id of u.removed || []) removeCall(id);
    for (const id of u.missed_removed || []) removeMissed(id);
    for (const c of u.calls || []) putCall(c, true);
    for (const a of (u.missed || []).slice().reverse()) putMissed(a, true);
    settle(u.now);
  }

  function parse(handler) {
    return (event) => {
      try { handler(JSON.parse(event.data)); } catch (err) { console.error("wallboard:", err); }
    };
  }

  function reconnectLater() {
    setTimeout(connect, retry);
    retry = Math.min(retry * 2, 30000);
  }

  function connect() {
    if (source) source.close();
    source = new EventSource("/wallboard/events");
    source.addEventListener("open", () => { retry = 1000; showLink("live updates on", true); });
    source.addEventListener("snapshot", parse(onSnapshot));
    source.addEventListener("update", parse(onUpdate));
    source.addEventListener("logout", () => { source.close(); window.location.assign("/login?next=%2Fwallboard"); });
    source.addEventListener("dropped", () => {
      // This page fell behind: start again from a fresh snapshot.
      source.close();
      showLink("live updates: catching up…", false);
      reconnectLater();
    });
    source.addEventListener("error", () => {
      showLink("live updates interrupted: reconnecting…", false);
      if (source.readyState !== EventSource.CLOSED) return; // EventSource retries by itself
      // Refused for good (logged out, or the server answered something else): find out which.
      fetch("/api/wallboard", { headers: { Accept: "application/json" } })
        .then((r) => { if (r.status === 401) window.location.assign("/login?next=%2Fwallboard"); else reconnectLater(); })
        .catch(reconnectLater);
    });
  }

  setInterval(() => {
    document.querySelectorAll("#wallboard time.wb-ago").forEach((t) => { t.textContent = ago(t.dateTime); });
  }, 5000);
  connect();
})();
