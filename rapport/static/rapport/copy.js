// Copy buttons: a button with data-copy="ID" copies the text of the input ID.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) return;
    var input = document.getElementById(button.dataset.copy);
    input.select();
    if (navigator.clipboard) {
      navigator.clipboard.writeText(input.value).then(function () { button.textContent = "Copied"; });
    }
  });
