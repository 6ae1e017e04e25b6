// The call page: click an utterance to play the recording from there; the utterance being
// played is highlighted and kept in view.
(function () {
  "use strict";
  const player = document.getElementById("player");
  if (!player) return;
  const items = Array.from(document.querySelectorAll("#timeline li[data-start]"));
  const spans = items.map((li) => ({
    li: li,
    start: parseFloat(li.dataset.start),
    end: parseFloat(li.dataset.end || li.dataset.start),
  }));
  let playing = null;

  items.forEach((li) => {
    li.classList.add("seekable");
    li.addEventListener("click", (event) => {
      if (event.target.closest("details, a, form, button, select, input")) return;
      player.currentTime = parseFloat(li.dataset.start);
      player.play().catch(() => {});
    });
  });

  function update() {
    const t = player.currentTime;
    let found = null;
    for (const s of spans) {
      if (t >= s.start && t < Math.max(s.end, s.start + 0.25)) found = s.li;
    }
    if (found === playing) return;
    if (playing) playing.classList.remove("playing");
    playing = found;
    if (playing) {
      playing.classList.add("playing");
      playing.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  }
  player.addEventListener("timeupdate", update);
  player.addEventListener("seeked", update);
})();
