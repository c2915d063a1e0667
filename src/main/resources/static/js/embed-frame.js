// Inside a blog's embed, framed by a partner's page: tells that page how tall the embed's document is, on
// load and at every change (an entry arriving live, a photo loading, older updates brought in), so that the
// partner's copy of /embed.js sizes the frame to fit. It posts that and nothing else: a page that frames the
// embed learns its height, never anything the reader does. Without a parent page, it does nothing.

const main = document.querySelector('main[data-slug]');
if (main && window.parent !== window) {
  const slug = main.dataset.slug;
  let posted = 0;
  const post = () => {
    // The document's own height, not the frame's: scrollHeight is never less than the frame, so a frame
    // taller than its content could never shrink back.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== posted) {
      posted = height;
      // Any origin: the partner's is not known here, and a height is nothing to hide.
      window.parent.postMessage({ type: 'liveblog:height', slug, height }, '*');
    }
  };
  new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('load', post);
  post();
}
