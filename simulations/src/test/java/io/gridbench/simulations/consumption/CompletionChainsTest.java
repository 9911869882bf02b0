package io.gridbench.simulations.consumption;

import io.gatling.http.action.sse.SseInboundMessage;
import io.gridbench.simulations.streaming.StreamTimeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionChainsTest {

    private static SseInboundMessage chunk(long at, String content) {
        return new SseInboundMessage(at, "{\"data\":{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content
                + "\"}}]}}");
    }

    @Test
    void buildsATimelineFromTheBufferedContentEventsAndTheUsage() {
        List<SseInboundMessage> buffered = List.of(
                chunk(1350, "abcdefgh"),
                chunk(1400, "ijklmnop"),
                new SseInboundMessage(1401, "{\"data\":{\"choices\":[],\"usage\":{\"prompt_tokens\":21,"
                        + "\"completion_tokens\":6}}}"));

        StreamTimeline t = CompletionChains.timeline(400, 1000, 1300, "abcd", buffered, 1402);

        assertThat(t.contentAtMs()).containsExactly(1350, 1400);
        assertThat(t.contentTokens()).containsExactly(2, 2);
        assertThat(t.firstTokenTokens()).isEqualTo(1);
        assertThat(t.usageTokens()).isEqualTo(6);
        assertThat(t.ttftServiceMs()).isEqualTo(300);
    }

    @Test
    void ignoresTheRoleOnlyChunkWithEmptyContent() {
        StreamTimeline t = CompletionChains.timeline(0, 0, 10, "abcd", List.of(chunk(5, "")), 20);

        assertThat(t.contentAtMs()).isEmpty();
        assertThat(t.usageTokens()).isEqualTo(-1);
    }

    @Test
    void countsTokensOfTheUnescapedDeltaText() {
        // "a\"b\\" is four characters once unescaped: one token by the server's estimate.
        assertThat(CompletionChains.tokensOf("a\\\"b\\\\")).isEqualTo(1);
        assertThat(CompletionChains.tokensOf("\\u00e9t\\u00e9 !")).isEqualTo(2);
    }
}
