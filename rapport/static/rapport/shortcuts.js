// Keyboard shortcuts on every page: "/" searches contacts, "m" logs a meeting.
// They never fire while typing in a field, or with a modifier key held.
(function () {
  "use strict";
  function typing(target) {
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var body = document.body;
    if (event.key === "/") {
      var search = document.querySelector("input[type=search]");
      event.preventDefault();
      if (search) search.focus();
      else window.location.href = body.dataset.searchUrl;
    } else if (event.key === "m") {
      window.location.href = body.dataset.logMeetingUrl;
    }
  });
})();
