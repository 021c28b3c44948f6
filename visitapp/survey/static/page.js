// The pupils' page with JavaScript on: one send per form (no double submit), and when the Wi-Fi
// drops (or the laptop fails to save) the same answers are sent again until it answers. Without
// JavaScript the form posts as usual. The one-time response id makes every retry safe: it is
// stored at most once.
(function () {
  "use strict";

  function show(html) {
    var page = new DOMParser().parseFromString(html, "text/html");
    document.title = page.title;
    document.body.replaceWith(document.adoptNode(page.body));
    window.scrollTo(0, 0);
    bind();
  }

  function send(form, body, attempt) {
    var status = document.getElementById("status");
    fetch(form.action, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" }
    }).then(function (response) {
      // The laptop failed to save (5xx): like a dropped Wi-Fi, send the same answers again.
      if (response.status >= 500) { throw new Error("not saved"); }
      return response.text().then(show);
    }).catch(function () {
      status.textContent = form.getAttribute("data-retrying");
      var wait = Math.min(1000 * Math.pow(2, attempt), 8000);
      setTimeout(function () { send(form, body, attempt + 1); }, wait);
    });
  }

  function bind() {
    var form = document.getElementById("survey");
    if (!form) { return; }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (form.getAttribute("data-sent")) { return; }
      form.setAttribute("data-sent", "1");
      var button = document.getElementById("send");
      button.disabled = true;
      button.textContent = form.getAttribute("data-sending");
      send(form, new URLSearchParams(new FormData(form)).toString(), 0);
    });
  }

  bind();
})();
