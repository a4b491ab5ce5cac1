/// The page's stylesheet and script, inline so the page needs nothing else.
enum PageAssets {
    /// Dark text on white (contrast above 12:1), a visible focus ring, a print layout without
    /// the form.
    static let css = """

        body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff;margin:0 auto;max-width:60rem;padding:1rem 1.25rem}
        h1{font-size:1.6rem;margin:.5rem 0}
        a{color:#0a4d8c}
        label{display:block;font-weight:600;margin:.75rem 0 .25rem}
        textarea{width:100%;box-sizing:border-box;font:14px/1.4 ui-monospace,Menlo,Consolas,monospace}
        select,button,input,textarea{font-size:1rem}
        button{background:#0a4d8c;color:#fff;border:0;border-radius:.3rem;padding:.55rem 1.4rem;cursor:pointer}
        :focus-visible{outline:3px solid #c25700;outline-offset:2px}
        .drop{border:2px dashed #5a6470;border-radius:.5rem;padding:.75rem 1rem}
        .drop.over{background:#eef5fc;border-color:#0a4d8c}
        .hint{color:#4a4f55;margin:.25rem 0 0}
        .row{display:flex;flex-wrap:wrap;gap:0 2rem}
        .notice{background:#fdecea;color:#7a1a12;border-left:4px solid #b3261e;padding:.5rem .75rem}
        .languages{float:right}
        .languages a[aria-current]{font-weight:700;text-decoration:none;color:#1b1b1b}
        iframe{width:100%;min-height:30rem;border:1px solid #c9ced4;border-radius:.3rem}
        @media print{form,.links,.languages,script{display:none}iframe{border:0}}

        """

    /// Drag and drop onto the file field, and sending the form without a reload (the result
    /// shown in a frame, as the same page the form would open). Any failure falls back to
    /// sending the form the plain way.
    static func script(checking: String, nothing: String) -> String {
        """

        (function () {
          var form = document.getElementById("check"), drop = document.getElementById("drop"),
              file = document.getElementById("file"), text = document.getElementById("text"),
              status = document.getElementById("status"), result = document.getElementById("result"),
              frame = document.getElementById("result-frame");
          ["dragenter", "dragover"].forEach(function (name) {
            drop.addEventListener(name, function (event) { event.preventDefault(); drop.classList.add("over"); });
          });
          ["dragleave", "drop"].forEach(function (name) {
            drop.addEventListener(name, function (event) { event.preventDefault(); drop.classList.remove("over"); });
          });
          drop.addEventListener("drop", function (event) {
            if (event.dataTransfer && event.dataTransfer.files.length) { file.files = event.dataTransfer.files; }
          });
          frame.addEventListener("load", function () {
            try { frame.style.height = (frame.contentDocument.documentElement.scrollHeight + 24) + "px"; } catch (e) {}
          });
          form.addEventListener("submit", function (event) {
            if (!window.fetch || !window.FormData || !("srcdoc" in frame)) { return; }
            event.preventDefault();
            if (!file.files.length && !text.value.trim()) { status.textContent = \(jsString(nothing)); return; }
            status.textContent = \(jsString(checking));
            fetch(form.action, { method: "POST", body: new FormData(form) })
              .then(function (response) { return response.text(); })
              .then(function (html) {
                frame.srcdoc = html;
                result.hidden = false;
                status.textContent = "";
                result.scrollIntoView();
              })
              .catch(function () { form.submit(); });
          });
        })();

        """
    }

    /// `text` as a JavaScript string literal that cannot close the script element.
    static func jsString(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&", "'": literal += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            case "\n": literal += "\\n"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
