// Injected into every page before any of the page's own scripts (Chrome DevTools Protocol,
// Page.addScriptToEvaluateOnNewDocument) by XssInRealBrowserTests. It records, in window.__tripwire, every
// sign that markup from an editor or an address ran or could run: a dialog opened, a console error, a
// Content-Security-Policy violation, a request to another site, and any script, frame, plugin, style,
// handler attribute or script URL that enters the document, whether the parser or a script put it there.
(() => {
  const log = [];
  Object.defineProperty(window, '__tripwire', { value: log });
  const record = (kind, detail) => {
    const entry = { kind, detail: String(detail).slice(0, 300), page: location.href };
    try {
      // A frame's trip is the page's trip (a same-origin frame would reach the top; any frame is flagged anyway).
      (window.top.__tripwire || log).push(entry);
    } catch (crossOrigin) {
      log.push(entry);
    }
  };

  for (const dialog of ['alert', 'confirm', 'prompt', 'print']) {
    window[dialog] = (message) => {
      record(dialog, message);
      return dialog === 'confirm' ? false : null;
    };
  }
  for (const level of ['error', 'warn']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      record(`console.${level}`, args.join(' '));
      original(...args);
    };
  }
  window.addEventListener('error', (event) => {
    record(event.target === window ? 'uncaught error' : 'resource failed to load',
      event.message || (event.target && (event.target.src || event.target.href || event.target.outerHTML)));
  }, true);
  document.addEventListener('securitypolicyviolation', (event) => {
    record('CSP violation', `${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
  });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (new URL(entry.name).origin !== location.origin) {
        record('request to another site', entry.name);
      }
    }
  }).observe({ type: 'resource', buffered: true });

  // The site's own scripts, named by the test from static/js (InertHtml.ownScripts).
  const OWN_SCRIPT = new RegExp('^/assets/js/(' + window.__ownScripts + ')(-[0-9a-f]{32})?\\.js$');
  const ACTIVE = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'style',
    'svg', 'math', 'template', 'noscript']);
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background',
    'poster', 'cite', 'srcset', 'ping', 'dynsrc', 'lowsrc', 'codebase']);
  const sameOrigin = (url) => new URL(url, location.href).origin === location.origin;

  const inspect = (element) => {
    const tag = element.localName;
    if (tag === 'script') {
      const src = element.getAttribute('src');
      const ownScript = src && sameOrigin(src) && OWN_SCRIPT.test(new URL(src, location.href).pathname);
      if (!ownScript && element.getAttribute('type') !== 'application/ld+json') {
        record('script element', element.outerHTML);
      }
    }
    // The gallery's own row template (admin/photo-gallery.html) is the one template a page may hold.
    const galleryTemplate = tag === 'template' && element.hasAttribute('data-photo-template')
      && document.querySelectorAll('template[data-photo-template]').length === 1;
    if (ACTIVE.has(tag) && !galleryTemplate) {
      record(`<${tag}> element`, element.outerHTML);
    }
    // The canonical link names the site's configured public address (window.__publicSite, set by the test),
    // which need not be the address the test browser opened; it loads nothing. Any other origin is a trip.
    const ownCanonical = element.rel === 'canonical' && window.__publicSite
      && new URL(element.href, location.href).origin === new URL(window.__publicSite).origin;
    if (tag === 'link' && !ownCanonical
        && !(sameOrigin(element.href) && ['stylesheet', 'icon', 'alternate', 'canonical'].includes(element.rel))) {
      record('link element', element.outerHTML);
    }
    // A charset declaration (Jetty's own error pages carry one) is harmless; refresh, cookies, CSP are not.
    if (tag === 'meta' && element.hasAttribute('http-equiv')
        && element.getAttribute('http-equiv').toLowerCase() !== 'content-type') {
      record('meta http-equiv', element.outerHTML);
    }
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) {
        record('handler attribute', `${name} on <${tag}>`);
      }
      if (name === 'style' || name === 'srcdoc') {
        record(`${name} attribute`, `<${tag} ${name}="${attribute.value}">`);
      }
      if (URL_ATTRIBUTES.has(name)
          && /^(javascript|vbscript|livescript|data):/i.test(attribute.value.replace(/[\s\u0000-\u001f]/g, ''))) {
        record('script URL', `${name}="${attribute.value}" on <${tag}>`);
      }
    }
  };

  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') {
        inspect(mutation.target);
        continue;
      }
      for (const node of mutation.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          inspect(node);
          node.querySelectorAll('*').forEach(inspect);
        }
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();
