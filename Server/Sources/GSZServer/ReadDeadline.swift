import NIOCore
import NIOHTTPTypes

/// Closes a connection whose client takes longer than a deadline to send one request, head
/// to end of body: a slowloris client dripping a byte at a time would otherwise hold its
/// connection and its body buffer for ever. (Until the head is complete, Hummingbird's idle
/// timeout does the same, since no part has been read yet.)
final class ReadDeadline: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let limit: TimeAmount
    private var deadline: Scheduled<Void>?

    /// A handler allowing `limit` for each request.
    init(limit: Duration) {
        self.limit = TimeAmount(limit)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            deadline?.cancel()
            let bound = context.loopBound
            deadline = context.eventLoop.scheduleTask(in: limit) { bound.value.close(promise: nil) }
        case .body:
            break
        case .end:
            deadline?.cancel()
            deadline = nil
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        context.fireChannelInactive()
    }
}
