package io.gridbench.simulations.consumption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.http.action.sse.SseInboundMessage;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gridbench.simulations.gates.Gates;
import io.gridbench.exchange.inference.TokenEstimate;
import io.gridbench.simulations.load.IntendedStart;
import io.gridbench.simulations.load.Trace;
import io.gridbench.simulations.slo.RequestOutcomes;
import io.gridbench.simulations.streaming.StreamMetrics;
import io.gridbench.simulations.streaming.StreamTimeline;
import io.gridbench.simulations.targets.TraderFeeder;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.sse;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The Consumption API steps the simulations compose: one chat completion returned whole, and one streamed. Both
 * authenticate with the session's {@code GRID_CONSUMPTION_API_KEY}, count output tokens from the server's
 * {@code usage}, and feed {@link StreamMetrics} and the goodput's {@link RequestOutcomes} (one completion is one
 * request there, however many HTTP exchanges a stream takes) from the iteration's intended start. Immutable; one per
 * simulation.
 *
 * <p>A stream may first be redirected to a supplier (HTTP 307). Gatling's SSE client follows no redirects, so a
 * streamed completion is a plain POST first; on a 307 its {@code Location} is where the stream is opened.
 */
public final class CompletionChains {
    public static final String BODY = "chatBody";
    private static final String STREAM_BODY = "chatStreamBody";
    private static final String STREAM_URL = "streamUrl";
    private static final String SENT_AT = "sentAtMs";
    private static final String FIRST_TOKEN_AT = "firstTokenAtMs";
    private static final String FIRST_TOKEN_TEXT = "firstTokenText";
    private static final String DONE_AT = "doneAtMs";
    private static final String OUTPUT_TOKENS = "outputTokens";
    private static final String COMPLETIONS = "#{consumptionBaseUrl}/chat/completions";
    private static final String AUTHORIZATION = "Bearer #{GRID_CONSUMPTION_API_KEY}";
    /** A chunk whose delta carries text: {@code "content":"x...}; the role-only first chunk has empty content. */
    private static final String CONTENT_CHUNK = "\"content\"\\s*:\\s*\"(?!\")";
    /** The delta text itself, still JSON-escaped, for counting its tokens. */
    private static final String CONTENT_TEXT = "\"content\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)+)\"";
    private static final Pattern CONTENT = Pattern.compile(CONTENT_TEXT);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COMPLETION_TOKENS = Pattern.compile("\"completion_tokens\"\\s*:\\s*(\\d+)");

    private final String model;
    private final List<String> plainBodies;
    private final List<String> streamBodies;
    private final StreamMetrics metrics;
    private final RequestOutcomes outcomes;
    private final Duration streamTimeout;

    /**
     * @param model         the instrument name, sent as {@code model}
     * @param streamTimeout how long a stream may take to its first token, and again to its end
     */
    public CompletionChains(String model, List<String> prompts, int maxTokens, StreamMetrics metrics,
                            RequestOutcomes outcomes, Duration streamTimeout) {
        this.model = model;
        this.plainBodies = prompts.stream().map(p -> ChatBodies.chat(model, p, maxTokens, false)).toList();
        this.streamBodies = prompts.stream().map(p -> ChatBodies.chat(model, p, maxTokens, true)).toList();
        this.metrics = metrics;
        this.outcomes = outcomes;
        this.streamTimeout = streamTimeout;
    }

    /** Picks one of the prompts at random for the next completion. */
    public ChainBuilder pickPrompt() {
        return exec(session -> {
            int i = ThreadLocalRandom.current().nextInt(plainBodies.size());
            return session.set(BODY, plainBodies.get(i)).set(STREAM_BODY, streamBodies.get(i));
        });
    }

    /**
     * Feeds each arrival the next request of a trace, in order and cycling: its prompt size and {@code max_tokens}
     * (the arrivals are scheduled from the same rows in the same order, see {@link Trace#schedule}).
     */
    public ChainBuilder traced(Trace part) {
        return feed(new TraceRequests(model, part));
    }

    /** The trace's rows as feeder records, made as they are fed: a long trace is not held as bodies. */
    private static final class TraceRequests implements Iterator<Map<String, Object>> {
        private final String model;
        private final List<Trace.Row> rows;
        private int next;

        TraceRequests(String model, Trace trace) {
            this.model = model;
            this.rows = trace.rows();
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Map<String, Object> next() {
            Trace.Row row;
            synchronized (this) {
                row = rows.get(next);
                next = (next + 1) % rows.size();
            }
            String prompt = ChatBodies.promptOfTokens(row.promptTokens());
            return Map.of(BODY, ChatBodies.chat(model, prompt, row.maxTokens(), false),
                    STREAM_BODY, ChatBodies.chat(model, prompt, row.maxTokens(), true));
        }
    }

    /** Uses the prompt under {@link #BODY} as given (the batch sets it); a streamed body is not needed then. */
    public ChainBuilder complete(String requestName) {
        return exec(this::markSent).exec(http(requestName)
                .post(COMPLETIONS)
                .header("authorization", AUTHORIZATION)
                .body(StringBody("#{" + BODY + "}"))
                .check(status().is(200), jsonPath("$.usage.completion_tokens").ofInt().saveAs(OUTPUT_TOKENS)))
                .exec(session -> {
                    if (!session.isFailed()) {
                        long now = System.currentTimeMillis();
                        metrics.recordCompletion(IntendedStart.of(session), session.getLong(SENT_AT), now,
                                session.getInt(OUTPUT_TOKENS));
                        outcomes.succeeded(IntendedStart.of(session), now, -1);
                    }
                    return session;
                });
    }

    /** A streamed completion: supplier redirect, stream to the first token, stream to {@code [DONE]}, metrics. */
    public ChainBuilder stream() {
        return exec(this::markSent).exec(http("stream request")
                .post(COMPLETIONS)
                .header("authorization", AUTHORIZATION)
                .body(StringBody("#{" + STREAM_BODY + "}"))
                .disableFollowRedirect()
                .check(status().is(307), header("location").saveAs(STREAM_URL)))
                .exitHereIfFailed()
                .exec(session -> session.set(STREAM_URL, absolute(session.getString(TraderFeeder.CONSUMPTION_BASE_URL),
                        session.getString(STREAM_URL))))
                .exec(sse("stream open")
                        .post("#{" + STREAM_URL + "}")
                        .header("authorization", AUTHORIZATION)
                        .header("content-type", "application/json")
                        .body(StringBody("#{" + STREAM_BODY + "}"))
                        .await(streamTimeout).on(sse.checkMessage(Gates.FIRST_TOKEN)
                                .matching(regex(CONTENT_CHUNK))
                                .check(regex(CONTENT_CHUNK).transform(m -> System.currentTimeMillis())
                                                .saveAs(FIRST_TOKEN_AT),
                                        regex(CONTENT_TEXT).saveAs(FIRST_TOKEN_TEXT))))
                // Gatling inlines JSON-looking event data unquoted, so "[DONE]" is no JSON: match it as text.
                .exec(sse("stream").setCheck().await(streamTimeout).on(sse.checkMessage("full response")
                        .matching(substring("[DONE]"))
                        .check(substring("[DONE]").transform(m -> System.currentTimeMillis()).saveAs(DONE_AT))))
                .exec(sse.processUnmatchedMessages(this::recordStream))
                .exec(sse("stream close").close());
    }

    /**
     * Stamps the send of the completion's first request and records how late this iteration started against its
     * plan (closed model), so the schedule's backlog is reported even for iterations that fail.
     */
    private Session markSent(Session session) {
        metrics.recordIterationStart(IntendedStart.lagOf(session));
        outcomes.attempt(IntendedStart.of(session));
        return session.set(SENT_AT, System.currentTimeMillis());
    }

    /** The chunks after the first token, still buffered with Gatling's stamps, give the gaps and the usage. */
    private Session recordStream(List<SseInboundMessage> chunks, Session session) {
        if (session.isFailed() || !session.contains(DONE_AT)) {
            return session;
        }
        long intended = IntendedStart.of(session);
        metrics.recordStream(timeline(intended, session.getLong(SENT_AT),
                session.getLong(FIRST_TOKEN_AT), session.getString(FIRST_TOKEN_TEXT), chunks,
                session.getLong(DONE_AT)));
        outcomes.succeeded(intended, session.getLong(DONE_AT), session.getLong(FIRST_TOKEN_AT) - intended);
        return session.remove(DONE_AT);
    }

    /** A stream's timeline from our own stamps and the messages Gatling buffered after the first token. */
    static StreamTimeline timeline(long intendedStartMs, long sentAtMs, long firstTokenAtMs, String firstTokenText,
                                   List<SseInboundMessage> chunks, long doneAtMs) {
        long[] at = new long[chunks.size()];
        int[] tokens = new int[chunks.size()];
        int events = 0;
        long usage = -1;
        for (SseInboundMessage chunk : chunks) {
            String message = chunk.message();
            Matcher content = CONTENT.matcher(message);
            if (content.find()) {
                at[events] = chunk.timestamp();
                tokens[events++] = tokensOf(content.group(1));
            }
            Matcher completionTokens = COMPLETION_TOKENS.matcher(message);
            if (completionTokens.find()) {
                usage = Long.parseLong(completionTokens.group(1));
            }
        }
        return new StreamTimeline(intendedStartMs, sentAtMs, firstTokenAtMs, tokensOf(firstTokenText),
                Arrays.copyOf(at, events), Arrays.copyOf(tokens, events), doneAtMs, usage);
    }

    /** The server's documented token estimate of one delta's text, given JSON-escaped. */
    static int tokensOf(String escapedText) {
        try {
            return (int) TokenEstimate.text(JSON.readValue("\"" + escapedText + "\"", String.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON string body: " + escapedText, e);
        }
    }

    /** The supplier's {@code Location} may be relative to the Consumption API's host. */
    static String absolute(String base, String location) {
        return URI.create(base + "/").resolve(location).toString();
    }
}
