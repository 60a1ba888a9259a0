// Click-to-load video players (video plugin). Until the visitor presses
// play, the page shows only a poster from this site: no request reaches the
// video platform. Without JavaScript the caption's plain link still works.
(function () {
  "use strict";

  function start(figure, frame) {
    var iframe = document.createElement("iframe");
    iframe.src = figure.getAttribute("data-embed");
    iframe.title = figure.getAttribute("data-player-title") || "วิดีโอ";
    iframe.setAttribute("allow", "autoplay; encrypted-media; picture-in-picture; fullscreen");
    iframe.setAttribute("allowfullscreen", "");
    iframe.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    iframe.className = "video-player";
    frame.replaceChildren(iframe);
    iframe.focus();
  }

  var figures = document.querySelectorAll("figure.video[data-embed]");
  Array.prototype.forEach.call(figures, function (figure) {
    var frame = figure.querySelector(".video-frame");
    var button = frame && frame.querySelector("button.video-play");
    if (!button) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      start(figure, frame);
    });
  });
})();
