// Rows put in order by hand: drag a row by its handle, or move it from the keyboard.
//
// Progressive enhancement of a <tbody data-reorder> whose rows each hold an order number
// (<input data-order>) and a name (<tr data-label>): without JavaScript people type the
// numbers; with it the numbers are hidden and kept equal to each row's position, so the
// form posts the order the rows show. Keys: the arrow keys (or Home, End) on a row's
// handle, or Alt + arrow from anywhere in the row; each move is announced.
(() => {
  const bodies = document.querySelectorAll("tbody[data-reorder]");
  if (!bodies.length) return;
  const EDGE = 48; // px from the window's edge where a drag scrolls the page
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  document.body.append(status);
  const help = document.createElement("span");
  help.id = "reorder-keys";
  help.textContent =
    "Drag a row by its handle, or focus the handle and press the up and down arrow keys.";
  document.querySelectorAll("[data-reorder-help]").forEach((span, index) => {
    span.textContent = help.textContent;
    if (index === 0) span.id = help.id;
  });

  const rowsOf = (body) => [...body.rows];
  const numberOf = (row) => row.querySelector("[data-order]");
  const renumber = (body) =>
    rowsOf(body).forEach((row, index) => {
      numberOf(row).value = String(index + 1);
    });
  const announce = (row) => {
    const rows = rowsOf(row.parentElement);
    status.textContent = `${row.dataset.label}: position ${rows.indexOf(row) + 1} of ${rows.length}.`;
  };
  // Put ``row`` at ``index`` (clamped) in its body; keep the focus where it was.
  const moveTo = (row, index) => {
    const body = row.parentElement;
    const rows = rowsOf(body);
    const to = Math.max(0, Math.min(rows.length - 1, index));
    if (to === rows.indexOf(row)) return;
    const focused = document.activeElement;
    const others = rows.filter((r) => r !== row);
    body.insertBefore(row, others[to] || null);
    renumber(body);
    if (focused instanceof HTMLElement && row.contains(focused)) focused.focus();
    announce(row);
  };
  const button = (text, label, className) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.textContent = text;
    b.setAttribute("aria-label", label);
    return b;
  };

  const drag = (row, start) => {
    const body = row.parentElement;
    let y = start.clientY;
    let running = true;
    row.classList.add("dragging");
    // Move the row past a neighbour once the pointer crosses that neighbour's middle.
    const place = () => {
      const rows = rowsOf(body);
      const at = rows.indexOf(row);
      let to = at;
      rows.forEach((other, index) => {
        if (other === row) return;
        const box = other.getBoundingClientRect();
        const middle = box.top + box.height / 2;
        if (index < at && y < middle) to = Math.min(to, index);
        if (index > at && y > middle) to = Math.max(to, index);
      });
      if (to !== at) moveTo(row, to);
    };
    // Held near the window's top or bottom edge, the page scrolls on toward the rows.
    const scroll = () => {
      if (!running) return;
      if (y < EDGE) window.scrollBy(0, -12);
      else if (y > window.innerHeight - EDGE) window.scrollBy(0, 12);
      place();
      requestAnimationFrame(scroll);
    };
    // The document, not the handle, hears the pointer: moving the row in the page would
    // release a capture on the handle.
    const onMove = (event) => {
      if (event.pointerId !== start.pointerId) return;
      y = event.clientY;
      place();
    };
    const stop = (event) => {
      if (event.pointerId !== start.pointerId) return;
      running = false;
      place();
      row.classList.remove("dragging");
      document.removeEventListener("pointermove", onMove);
      document.removeEventListener("pointerup", stop);
      document.removeEventListener("pointercancel", stop);
      announce(row);
    };
    document.addEventListener("pointermove", onMove);
    document.addEventListener("pointerup", stop);
    document.addEventListener("pointercancel", stop);
    requestAnimationFrame(scroll);
  };

  const enhance = (row) => {
    const number = numberOf(row);
    const label = row.dataset.label;
    number.hidden = true;
    const numberLabel = row.querySelector(`label[for="${number.id}"]`);
    if (numberLabel) numberLabel.hidden = true;
    const grip = button("⠿", `Move ${label}`, "grip");
    grip.setAttribute("aria-describedby", help.id);
    const up = button("↑", `Move ${label} up`, "step");
    const down = button("↓", `Move ${label} down`, "step");
    // The handle is the keyboard's way in; the arrows are for pointers that cannot drag.
    up.tabIndex = -1;
    down.tabIndex = -1;
    up.addEventListener("click", () => moveTo(row, rowsOf(row.parentElement).indexOf(row) - 1));
    down.addEventListener("click", () => moveTo(row, rowsOf(row.parentElement).indexOf(row) + 1));
    grip.addEventListener("pointerdown", (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      grip.focus();
      drag(row, event);
    });
    grip.addEventListener("keydown", (event) => {
      const at = rowsOf(row.parentElement).indexOf(row);
      const to = { ArrowUp: at - 1, ArrowDown: at + 1, Home: 0, End: Infinity }[event.key];
      if (to === undefined || event.altKey) return;
      event.preventDefault();
      moveTo(row, to);
    });
    number.closest("td").append(grip, up, down);
  };

  bodies.forEach((body) => {
    // Rows show in the order of their numbers (after a refused save, or Back).
    const rows = rowsOf(body);
    const sorted = rows
      .map((row, index) => [Number(numberOf(row).value) || Infinity, index, row])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    sorted.forEach(([, , row]) => body.append(row));
    renumber(body);
    rows.forEach(enhance);
    body.closest("table").classList.add("reorderable");
    body.addEventListener("keydown", (event) => {
      if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
      const row = event.target.closest("tr");
      if (!row || row.parentElement !== body) return;
      event.preventDefault();
      moveTo(row, rowsOf(body).indexOf(row) + (event.key === "ArrowUp" ? -1 : 1));
    });
  });
})();
