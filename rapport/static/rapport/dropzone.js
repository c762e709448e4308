// The upload page's drop zone: a file dropped on it is the file to import.
(function () {
  var zone = document.getElementById("dropzone"), input = document.getElementById("file"), chosen = document.getElementById("chosen");
  function show() { chosen.textContent = input.files.length ? "Ready: " + input.files[0].name : ""; }
  input.addEventListener("change", show);
  ["dragenter", "dragover"].forEach(function (e) { zone.addEventListener(e, function (ev) { ev.preventDefault(); zone.classList.add("over"); }); });
  ["dragleave", "drop"].forEach(function (e) { zone.addEventListener(e, function (ev) { ev.preventDefault(); zone.classList.remove("over"); }); });
  zone.addEventListener("drop", function (ev) { if (ev.dataTransfer.files.length) { input.files = ev.dataTransfer.files; show(); } });
})();
