// reportgen serve: follows the server's live events. Pages are written by the server; this file
// only reloads a page when the template folder changes and shows the rebuild's progress.
"use strict";
(function () {
  var body = document.body;
  var live = body.getAttribute("data-live");
  if (live === "templates") {
    var shown = body.getAttribute("data-version");
    var templates = new EventSource("/events/templates");
    templates.addEventListener("templates", function (e) {
      if (e.data !== shown) {
        templates.close();
        var state = document.getElementById("live-state");
        if (state) { state.textContent = "模板已更新，正在重新生成……"; }
        window.location.reload();
      }
    });
  } else if (live === "build") {
    var log = document.getElementById("build-log");
    var progress = document.getElementById("build-progress");
    var count = document.getElementById("build-count");
    var stateText = document.getElementById("build-state");
    var skip = parseInt(body.getAttribute("data-shown") || "0", 10);
    var build = new EventSource("/events/build");
    build.addEventListener("line", function (e) {
      if (skip > 0) { skip--; return; }
      var item = document.createElement("li");
      item.textContent = e.data;
      log.appendChild(item);
    });
    build.addEventListener("progress", function (e) {
      var parts = e.data.split("/");
      progress.value = parseInt(parts[0], 10);
      progress.max = parseInt(parts[1], 10);
      count.textContent = e.data;
    });
    build.addEventListener("done", function (e) {
      build.close();
      stateText.textContent = e.data === "0" ? "生成完成：全部部门已生成或未变化。"
        : e.data === "1" ? "生成完成，但有部门因错误未生成：见下面的记录。"
        : "生成未完成：有文件无法读取或输入有误，见下面的记录。";
      stateText.className = "lead " + (e.data === "0" ? "done-ok" : "done-failed");
    });
  }
})();
