// The handbill editor's preview: the page at paper size, scaled to the room it has.
(() => {
  const wrap = document.querySelector(".hb-frame-wrap");
  if (!wrap) return;
  const frame = wrap.querySelector("iframe");
  const preview = wrap.closest(".hb-preview");
  const fit = () => {
    // The column's width, not the frame's box: the box is set from the scale below.
    let scale = Math.min(1, preview.clientWidth / frame.offsetWidth);
    // Beside the choices the preview stays in view while they scroll: the whole page
    // must then fit the window's height as well as the column's width.
    const style = getComputedStyle(preview);
    if (style.position === "sticky") {
      const above = wrap.getBoundingClientRect().top - preview.getBoundingClientRect().top;
      const room = window.innerHeight - above - 2 * parseFloat(style.top || "0");
      scale = Math.min(scale, room / frame.offsetHeight);
    }
    frame.style.transform = `scale(${scale})`;
    wrap.style.height = `${frame.offsetHeight * scale}px`;
    wrap.style.width = `${frame.offsetWidth * scale}px`;
  };
  new ResizeObserver(fit).observe(preview);
  window.addEventListener("resize", fit);
})();
