/*
 * Charts drawn when they come into view, not while the page loads: p:chart's extender="chDrawWhenSeen" replaces
 * the chart widget's drawing by one that waits for its element to come near the viewport (IntersectionObserver).
 * A phone's first screen shows no chart of the home page, so Chart.js does no work until the reader scrolls.
 */
window.chDrawWhenSeen = function () {
  var widget = this;
  var draw = widget._render;
  if (!("IntersectionObserver" in window) || !widget.jq || !widget.jq[0]) {
    return;
  }
  widget._render = function () {
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        observer.disconnect();
        widget._render = draw;
        draw.call(widget);
      }
    }, { rootMargin: "200px 0px" });
    observer.observe(widget.jq[0]);
  };
};
