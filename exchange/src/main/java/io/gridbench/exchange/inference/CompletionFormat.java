package io.gridbench.exchange.inference;

import io.vertx.core.buffer.Buffer;

/**
 * The wire shape of one API surface (OpenAI Chat Completions, Anthropic Messages): encodes a whole answer, or a
 * stream as a start, text deltas and an end. Implementations are stateless.
 */
public interface CompletionFormat {

    /** Prefix of response ids, such as {@code chatcmpl-} or {@code msg_}. */
    String idPrefix();

    /** The body of a non-streaming answer. */
    Buffer complete(CallInfo call, Completion completion);

    /** Events that open a stream, sent before the first token. */
    Buffer streamStart(CallInfo call);

    /** Events carrying the next piece of text. */
    Buffer streamDelta(CallInfo call, String text);

    /** Events that close a stream whose answer was sent in full. */
    Buffer streamEnd(CallInfo call, Completion completion);
}
