/* Runs in the browser page next to adaptivecards.js (plain JS: bundlers' helpers do not exist there). */
(function () {
  'use strict';
  var AC = window.AdaptiveCards;

  /* The Markdown subset Teams renders in a TextBlock: bold, italic, lists, links, line breaks. */
  function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }
  function inline(s) {
    return escapeHtml(s)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[^*])\*(?!\s)(.+?)\*/g, '$1<em>$2</em>')
      .replace(/(^|\s)_(.+?)_(?=\s|$|[.,!?])/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
  }
  function markdown(text) {
    var out = [];
    var list = null;
    text.split('\n').forEach(function (line) {
      var bullet = /^\s*[-*]\s+(.*)$/.exec(line);
      var numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
      var kind = bullet ? 'ul' : numbered ? 'ol' : null;
      if (list && kind !== list) { out.push('</' + list + '>'); list = null; }
      if (kind && !list) { out.push('<' + kind + '>'); list = kind; }
      if (kind) out.push('<li>' + inline((bullet || numbered)[1]) + '</li>');
      else if (line.trim() !== '') out.push('<p>' + inline(line) + '</p>');
    });
    if (list) out.push('</' + list + '>');
    return out.join('');
  }
  AC.AdaptiveCard.onProcessMarkdown = function (text, result) {
    result.outputHtml = markdown(text);
    result.didProcess = true;
  };

  /* Renders `card` into #root at `width` px and lists text that overflows its box or is cut. */
  window.renderCard = function (card, width, hostConfig) {
    var root = document.getElementById('root');
    root.style.width = width + 'px';
    var adaptive = new AC.AdaptiveCard();
    adaptive.hostConfig = new AC.HostConfig(hostConfig);
    adaptive.parse(card);
    var rendered = adaptive.render();
    root.replaceChildren(rendered);
    var problems = [];
    var candidates = [rendered].concat(Array.prototype.slice.call(rendered.querySelectorAll('.ac-textBlock, .ac-richTextBlock, .ac-pushButton, .ac-pushButton *, .ac-input, label')));
    candidates.forEach(function (el) {
      if (el.offsetParent === null) return;
      var style = getComputedStyle(el);
      var what = (el.className && String(el.className).split(' ')[0]) || el.tagName.toLowerCase();
      var text = (el.innerText || el.value || '').trim().slice(0, 80);
      /* 1 px of slack for subpixel rounding. */
      if (el.scrollWidth > el.clientWidth + 1) {
        problems.push({ kind: style.textOverflow === 'ellipsis' ? 'cut' : 'overflows', element: what, text: text });
      } else if (style.overflowY === 'hidden' && el.scrollHeight > el.clientHeight + 1) {
        problems.push({ kind: 'cut', element: what, text: text });
      }
    });
    if (root.scrollWidth > root.clientWidth + 1) problems.push({ kind: 'overflows', element: 'card', text: 'the card is wider than the chat' });
    return problems;
  };
})();
