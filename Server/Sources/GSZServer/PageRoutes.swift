import GSZKit
import Hummingbird
import NIOCore

/// `/`, `/check` and `/template`: what a browser without JavaScript needs.
struct PageRoutes<Context: RequestContext>: Sendable {
    let checking: Checking
    let gate: CheckGate
    let maxBodyBytes: Int

    func add(to router: Router<Context>) {
        router.get("/") { request, _ in
            let parameters = Parameters(request)
            return Self.html(Page.render(language: try parameters.language(), required: try parameters.required()))
        }
        router.post("/check") { request, _ in try await check(request) }
        router.get("/template") { request, _ in try template(request) }
    }

    /// The form's files and text checked, as the page `--format html` writes, with links
    /// to keep it; an empty form gets the page again with a notice.
    func check(_ request: Request) async throws -> Response {
        let form = try await FormInput.read(request, limit: maxBodyBytes)
        let parameters = Parameters(request)
        let language = try parameters.language(form.field("lang"))
        let required = try parameters.required(form.field("require"))
        guard !form.uploads.isEmpty else {
            return Self.html(Page.render(language: language, required: required, notice: PageWording.of(language).nothing))
        }
        let checking = checking
        let uploads = form.uploads
        guard let page = await gate.run({ () -> String in
            let results = checking.check(uploads)
            let html = checking.render(results, as: .html, language: language, required: required)
            let json = checking.render(results, as: .json, language: language, required: required)
            let workbook = checking.render(results, as: .xlsx, language: language, required: required)
            return ResultPage.decorate(html: html, json: json, workbook: workbook, form: Checking.firstForm(of: results),
                                       language: language)
        }) else { throw APIError.saturated }
        return Self.html(page)
    }

    /// The text of `gsz init` for the form (or kind) asked for, as a file to save.
    func template(_ request: Request) throws -> Response {
        let parameters = Parameters(request)
        let language = try parameters.language()
        // Absent: the first form; empty: an unknown name like any other.
        let kind = parameters.text("kind")
        let form = parameters.text("form")
        switch checking.template(kind: kind, form: form, language: language) {
        case .success(let text):
            var headers = APIRoutes<Context>.headers("application/yaml")
            headers[.contentDisposition] = "inline; filename=\"\(form ?? kind ?? "report").yaml\""
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
        case .failure(let refusal):
            throw APIError(status: .badRequest, code: "bad_parameter", message: refusal.message)
        }
    }

    static func html(_ text: String) -> Response {
        Response(status: .ok, headers: APIRoutes<Context>.headers("text/html"), body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// What the page's form sent: its files and pasted text as uploads, and its other fields.
struct FormInput {
    var uploads: [Upload] = []
    var fields: [String: String] = [:]

    func field(_ name: String) -> String? { fields[name] }

    /// The form in `request`: `multipart/form-data` (files and text) or URL-encoded (text only).
    static func read(_ request: Request, limit: Int) async throws -> FormInput {
        let type = MediaType(request.headers[.contentType])
        let parts: [FormPart]
        switch type?.essence {
        case "multipart/form-data"?:
            parts = try await RequestFiles.formParts(of: request, type: type!, limit: limit)  // matched just above
        case "application/x-www-form-urlencoded"?:
            parts = URLEncodedForm.parse(try await RequestFiles.bytes(of: request, limit: limit))
        default:
            throw APIError.unsupportedType(type?.essence ?? request.headers[.contentType] ?? "",
                                           accepted: ["multipart/form-data", "application/x-www-form-urlencoded"])
        }
        var input = FormInput()
        for part in parts {
            switch part.name {
            case "file":
                // A file field left empty still sends a part, with no name and no bytes.
                guard let name = part.fileName, !name.isEmpty || !part.bytes.isEmpty else { continue }
                let named = name.isEmpty ? "report.yaml" : name
                try Parameters.validate(name: named)
                input.uploads.append(Upload(name: named, bytes: part.bytes))
            case "text":
                guard part.bytes.contains(where: { ![9, 10, 13, 32].contains($0) }) else { continue }
                input.uploads.append(Upload(name: "report.yaml", bytes: part.bytes))
            default:
                input.fields[part.name] = String(decoding: part.bytes, as: UTF8.self)
            }
        }
        return input
    }
}
