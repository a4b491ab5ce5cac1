import Hummingbird

/// A protocol problem, answered with its status and `{"error": {"code", "message"}}`.
///
/// Only the request's form is ever refused this way; whatever a report holds, its check
/// is a successful answer (verdict `error` for a broken one).
struct APIError: Error, Sendable {
    /// The HTTP status.
    let status: HTTPResponse.Status
    /// A stable, machine-readable name for the problem.
    let code: String
    /// What went wrong, for a person, in English (ids and values as sent).
    let message: String
    /// Headers the status calls for (`Allow` with 405, `Retry-After` with 503).
    var headers: HTTPFields = [:]

    static func notFound(_ path: String) -> APIError {
        APIError(status: .notFound, code: "not_found", message: "no resource at \(path)")
    }

    static func methodNotAllowed(_ method: HTTPRequest.Method, allowed: [HTTPRequest.Method]) -> APIError {
        let names = allowed.map(\.rawValue).joined(separator: ", ")
        return APIError(status: .methodNotAllowed, code: "method_not_allowed",
                        message: "\(method.rawValue) is not allowed here; allowed: \(names)", headers: [.allow: names])
    }

    static func tooLarge(limit: Int) -> APIError {
        APIError(status: .contentTooLarge, code: "too_large",
                 message: "the body is larger than \(limit) bytes (\(limit >> 20) MiB)")
    }

    static func unsupportedType(_ type: String, accepted: [String]) -> APIError {
        APIError(status: .unsupportedMediaType, code: "unsupported_media_type",
                 message: "cannot read '\(type)'; send one of: \(accepted.joined(separator: ", "))")
    }

    static func badParameter(_ name: String, value: String, valid: String) -> APIError {
        APIError(status: .badRequest, code: "bad_parameter",
                 message: "parameter '\(name)' cannot be '\(value)'; valid: \(valid)")
    }

    static func badRequest(_ message: String) -> APIError {
        APIError(status: .badRequest, code: "bad_request", message: message)
    }

    static let saturated = APIError(status: .serviceUnavailable, code: "saturated",
                                    message: "too many checks at once; try again shortly", headers: [.retryAfter: "1"])

    /// The response: the status, the JSON body, the headers.
    var response: Response {
        var buffer = JSONText()
        buffer.write("{\"error\": {\"code\": ")
        buffer.writeString(code)
        buffer.write(", \"message\": ")
        buffer.writeString(message)
        buffer.write("}}\n")
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        fields[.cacheControl] = "no-store"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: buffer.bytes)))
    }
}

/// A few bytes of JSON written by hand: the error bodies need no encoder.
struct JSONText {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ text: String) { bytes += text.utf8 }

    /// `text` as a JSON string, quotes and escapes included.
    mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": write("\\\"")
            case "\\": write("\\\\")
            case "\n": write("\\n")
            case "\r": write("\\r")
            case "\t": write("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                write("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: bytes += String(scalar).utf8
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
