// Reading a blog's embed inside a partner's frame. The page opens every link in a new browsing context
// (<base target="_blank">), so that nothing navigates the frame away from the blog; two kinds of link stay in
// the frame instead, once this script runs:
// - a jump to an entry on the page (the "Key events" list links those in place): scrolled to here;
// - "Older updates": the feed's next page is fetched and its entries added below, live updates going on
//   above. Without this script that link opens the feed's older updates in a new tab.

const main = document.querySelector('main.feed-embed');
if (main) {
  main.addEventListener('click', (event) => {
    const link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    const href = link.getAttribute('href');
    if (href.startsWith('#')) {
      const target = document.getElementById(decodeURIComponent(href.slice(1)));
      if (target) {
        event.preventDefault();
        target.scrollIntoView({ behavior: 'smooth', block: 'start' });
        target.focus?.({ preventScroll: true });
      }
    } else if (link.matches('.pager a[rel=next]')) {
      event.preventDefault();
      loadOlder(link);
    }
  });
}

async function loadOlder(link) {
  if (link.getAttribute('aria-busy') === 'true') {
    return;
  }
  link.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(link.href, { credentials: 'omit' });
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const feed = main.querySelector('.feed-entries');
    for (const article of page.querySelectorAll('.feed-entries > article.entry')) {
      if (!document.getElementById(article.id)) {
        feed.append(document.adoptNode(article));
      }
    }
    const next = page.querySelector('.pager a[rel=next]');
    if (next) {
      link.href = next.getAttribute('href');
    } else {
      link.closest('.pager').remove();
    }
  } catch {
    // Offline, or the server busy: the link stays, for another try.
  } finally {
    link.removeAttribute('aria-busy');
  }
}
