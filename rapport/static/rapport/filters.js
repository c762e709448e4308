// The contact list's filters: folded into one control on a phone, saying how many are on;
// open on a wider screen, where they fit beside each other.
(() => {
  const more = document.querySelector("details.filters-more");
  if (!more) return;
  const count = more.querySelector("[data-filter-count]");
  const phone = window.matchMedia("(max-width: 600px)");
  const show = () => {
    const on = [...more.querySelectorAll("select")].filter(
      (select) => select.name !== "sort" && select.value !== "",
    ).length;
    count.textContent = on ? ` (${on} on)` : "";
  };
  const fit = () => {
    more.open = !phone.matches;
  };
  more.addEventListener("change", show);
  phone.addEventListener("change", fit);
  show();
  fit();
})();
