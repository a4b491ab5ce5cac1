import Hummingbird
import NIOCore

/// What a check request's body holds: one file as is, or the files of a form.
enum RequestFiles {
    /// Types read as one report's bytes. `application/x-www-form-urlencoded` is among them
    /// because `curl --data-binary @report.yaml` sends that type for a raw file. A workbook
    /// is known by its bytes, whichever of these it comes as.
    static let rawTypes = [
        "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "application/json",
        "text/plain", "application/octet-stream", "application/x-www-form-urlencoded",
        MediaType.workbook,
    ]
    /// Every type the API reads, for a 415's message.
    static var acceptedTypes: [String] { rawTypes + ["multipart/form-data"] }

    /// The body's bytes, at most `limit` of them; a longer body is a 413 before it is read
    /// when its length is declared, else as soon as it passes the limit.
    static func bytes(of request: Request, limit: Int) async throws -> [UInt8] {
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            throw APIError.tooLarge(limit: limit)
        }
        var buffer = try await request.body.collect(upTo: limit)
        return buffer.readBytes(length: buffer.readableBytes) ?? []
    }

    /// The files of `request` for the API: the body named `name`, or each part of a form,
    /// named by its file name (else its field name), in order.
    static func uploads(of request: Request, name: () throws(APIError) -> String, limit: Int) async throws -> [Upload] {
        let header = request.headers[.contentType]
        let type = MediaType(header)
        if header != nil, type == nil { throw APIError.unsupportedType(header ?? "", accepted: acceptedTypes) }
        guard let type, !rawTypes.contains(type.essence) else {
            return [Upload(name: try name(), bytes: try await bytes(of: request, limit: limit))]
        }
        guard type.essence == "multipart/form-data" else {
            throw APIError.unsupportedType(type.essence, accepted: acceptedTypes)
        }
        let parts = try await formParts(of: request, type: type, limit: limit)
        let uploads = try parts.map { part throws(APIError) in
            let named = part.fileName.flatMap { $0.isEmpty ? nil : $0 } ?? part.name
            try Parameters.validate(name: named)
            return Upload(name: named, bytes: part.bytes)
        }
        if uploads.isEmpty { throw APIError.badRequest("the form holds no file") }
        return uploads
    }

    /// The parts of a `multipart/form-data` body, or a 400 saying why it is not one.
    static func formParts(of request: Request, type: MediaType, limit: Int) async throws -> [FormPart] {
        guard let boundary = type.parameters["boundary"] else {
            throw APIError.badRequest("multipart/form-data needs its boundary parameter")
        }
        guard let parts = Multipart.parse(try await bytes(of: request, limit: limit), boundary: boundary) else {
            throw APIError.badRequest("the body is not multipart/form-data with boundary '\(boundary)'")
        }
        return parts
    }
}
