// huddle's room: follows the facilitator without reloading by hand. Every
// page works without this script (forms, and the waiting page reloads by
// itself); with it, the page goes home as soon as what is open changes.
(function () {
  "use strict";
  var seen = null;
  function again() { window.setTimeout(look, 2000); }
  function look() {
    fetch("/state.json", { credentials: "same-origin", cache: "no-store" })
      .then(function (answer) {
        // Not joined yet (the join page): nothing to follow.
        if (answer.status === 403) { return; }
        if (!answer.ok) { again(); return; }
        return answer.json().then(function (state) {
          var now = state.open + " " + state.named;
          if (seen !== null && now !== seen) {
            window.location.replace("/");
            return;
          }
          seen = now;
          again();
        });
      })
      .catch(again);
  }
  look();
})();
