// Client-side search of the demo site: filters the list of all articles in /search/index.json.
// Kept ASCII-only on disk by the generator (non-ASCII characters become \u escapes).
(function () {
  'use strict';
  var query = new URLSearchParams(window.location.search).get('q') || '';
  var summary = document.getElementById('summary');
  var results = document.getElementById('results');
  var input = document.querySelector('form.search input[name="q"]');
  if (input) {
    input.value = query;
  }
  if (!query) {
    summary.textContent = '请输入关键词进行搜索。';
    return;
  }
  fetch('/search/index.json').then(function (response) {
    return response.json();
  }).then(function (entries) {
    var hits = entries.filter(function (entry) {
      return entry.title.indexOf(query) >= 0;
    });
    summary.textContent = '搜索“' + query + '”，共找到 ' + hits.length + ' 条结果。';
    hits.forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = entry.url;
      link.textContent = entry.title;
      var date = document.createElement('span');
      date.className = 'date';
      date.textContent = entry.date;
      item.appendChild(link);
      item.appendChild(date);
      results.appendChild(item);
    });
  }).catch(function () {
    summary.textContent = '搜索服务暂时不可用。';
  });
}());
