// Live blog embed: sizes a live blog's frames on this page to their content. Served at /embed.js for
// partners' pages, next to the frame of the snippet the blog's back office gives:
//   <iframe src=".../live/{slug}/embed" data-liveblog-embed ...></iframe>
// Without this script each frame keeps its fixed height and the blog scrolls inside it.
//
// The frame says how tall it is (static/js/embed-frame.js). A message is taken only from the live blog's
// own origin AND from the window of one of this page's frames marked data-liveblog-embed, and only ever
// sets that frame's height, within bounds: any other message, from anyone, changes nothing. No cookie, no
// storage, no request of its own, nothing read from this page.
(function () {
  'use strict';
  var ORIGIN = '__LIVEBLOG_ORIGIN__';
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 20000;

  window.addEventListener('message', function (event) {
    if (event.origin !== ORIGIN) {
      return;
    }
    var data = event.data;
    if (!data || data.type !== 'liveblog:height' || typeof data.height !== 'number' || !isFinite(data.height)) {
      return;
    }
    // Looked up on each message, so frames added to the page later are sized too.
    var frames = document.querySelectorAll('iframe[data-liveblog-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
        frames[i].style.height = height + 'px';
        return;
      }
    }
  });
})();
