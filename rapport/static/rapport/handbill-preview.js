// The handbill editor's preview: the page at paper size, scaled to the width it has.
  // Show the preview at paper size, scaled to the width it has.
  (() => {
    const wrap = document.querySelector(".hb-frame-wrap");
    if (!wrap) return;
    const frame = wrap.querySelector("iframe");
    const fit = () => {
      const scale = Math.min(1, wrap.clientWidth / frame.offsetWidth);
      frame.style.transform = `scale(${scale})`;
      wrap.style.height = `${frame.offsetHeight * scale}px`;
    };
    new ResizeObserver(fit).observe(wrap);
  })();
