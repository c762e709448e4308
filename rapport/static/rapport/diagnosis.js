/* Draw the diagnosis charts from the JSON the page carries; copy drafts to the clipboard. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("chart-data").textContent);
  var colours = {
    decision_makers: "#1f6f5c", target_industry: "#5aa88f", job_seekers: "#d98c2b",
    connectors: "#6b7fd7", other: "#b9c1cd"
  };
  if (window.Chart) {
    var datasets = data.series.map(function (s) {
      return { type: "bar", label: s.label, data: s.data, backgroundColor: colours[s.key], stack: "m" };
    });
    if (data.goal.length) {
      datasets.push({ type: "line", label: "Weekly goal", data: data.goal, borderColor: "#a12a2a",
        borderDash: [6, 4], pointRadius: 0, fill: false });
    }
    new Chart(document.getElementById("weekly-chart"), {
      data: { labels: data.weeks, datasets: datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
    });
    new Chart(document.getElementById("funnel-chart"), {
      type: "bar",
      data: { labels: data.funnel.map(function (f) { return f.label; }),
        datasets: [{ label: "Count", data: data.funnel.map(function (f) { return f.value; }),
          backgroundColor: ["#1f6f5c", "#5aa88f", "#6b7fd7", "#d98c2b"] }] },
      options: { indexAxis: "y", responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
    document.body.setAttribute("data-charts", "drawn");
  }
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var text = button.parentElement.querySelector("textarea").value;
      if (navigator.clipboard) { navigator.clipboard.writeText(text); }
      button.textContent = "Copied";
    });
  });
})();
