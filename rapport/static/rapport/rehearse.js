// Rehearse mode: time a read-aloud of the profile against two minutes.
// Without this script the form below still works: the user types the seconds.
(function () {
  "use strict";
  var root = document.querySelector("[data-rehearse]");
  if (!root) return;
  var limit = Number(root.dataset.limit) || 120;
  var words = Number(root.dataset.words) || 0;
  var elapsed = root.querySelector("[data-elapsed]");
  var over = root.querySelector("[data-over]");
  var status = root.querySelector("[data-status]");
  var startButton = root.querySelector("[data-start]");
  var stopButton = root.querySelector("[data-stop]");
  var seconds = document.querySelector("input[name=seconds]");
  var record = document.querySelector("[data-record]");
  var startedAt = null;
  var tick = null;
  var toldOver = false;

  function clock(total) {
    var whole = Math.floor(total);
    return Math.floor(whole / 60) + ":" + String(whole % 60).padStart(2, "0");
  }

  function secondsSoFar() {
    return (Date.now() - startedAt) / 1000;
  }

  function show() {
    var now = secondsSoFar();
    elapsed.textContent = clock(now);
    var isOver = now >= limit;
    root.classList.toggle("is-over", isOver);
    over.hidden = !isOver;
    if (isOver) {
      over.textContent = clock(now - limit) + " over two minutes";
      if (!toldOver) {
        // Said once: a screen reader announcing every second would drown the reading.
        status.textContent = "Two minutes are up.";
        toldOver = true;
      }
    }
  }

  function start() {
    startedAt = Date.now();
    toldOver = false;
    show();
    tick = window.setInterval(show, 250);
    startButton.disabled = true;
    stopButton.disabled = false;
    stopButton.focus();
    status.textContent = "Timer started. Read your profile aloud, then press Stop.";
  }

  function stop() {
    if (startedAt === null) return;
    window.clearInterval(tick);
    show();
    var taken = Math.max(1, Math.round(secondsSoFar()));
    startedAt = null;
    startButton.disabled = false;
    startButton.textContent = "Start again";
    stopButton.disabled = true;
    if (seconds) seconds.value = taken;
    var pace = Math.round((words * 60) / taken);
    status.textContent =
      "Stopped at " + clock(taken) + ": about " + pace +
      " words a minute. Record this rehearsal to keep it.";
    if (record) record.focus();
  }

  startButton.addEventListener("click", start);
  stopButton.addEventListener("click", stop);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && startedAt !== null) stop();
  });
})();
