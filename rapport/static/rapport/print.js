// Print buttons: any button with data-print prints the page (no inline handlers: see the CSP).
document.addEventListener("click", function (event) {
  if (event.target.closest("[data-print]")) window.print();
});
