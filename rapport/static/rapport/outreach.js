/* Drafts on the paths pages: copy to the clipboard, and keep the mailto link in step with edits. */
(function () {
  "use strict";
  function mailto(form) {
    var link = form.querySelector("[data-mailto]");
    if (!link) { return; }
    var subject = form.querySelector("[data-subject]").value;
    var body = form.querySelector("[data-draft]").value;
    link.href = "mailto:" + encodeURIComponent(link.dataset.email || "").replace("%40", "@") +
      "?subject=" + encodeURIComponent(subject) + "&body=" + encodeURIComponent(body);
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) { return; }
    var box = button.closest("form, details").querySelector("textarea");
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(box.value);
    } else {
      box.select();
      document.execCommand("copy");
    }
    button.textContent = "Copied";
  });
  document.addEventListener("input", function (event) {
    if (event.target.matches("[data-draft]")) { mailto(event.target.form); }
  });
})();
