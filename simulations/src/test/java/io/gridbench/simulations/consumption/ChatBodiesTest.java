package io.gridbench.simulations.consumption;

import io.gridbench.exchange.inference.PromptMessage;
import io.gridbench.exchange.inference.TokenEstimate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChatBodiesTest {

    @Test
    void asksForUsageInTheLastChunkOfAStream() {
        assertThat(ChatBodies.chat("chat-fast", "Say \"hi\"", 8, true))
                .contains("\"stream\":true", "\"include_usage\":true", "Say \\\"hi\\\"");
    }

    @Test
    void aPromptOfTokensMakesTheWholeRequestThatLongByTheServersEstimate() {
        for (int tokens : new int[] {18, 19, 100, 812}) {
            long estimate = TokenEstimate.prompt(List.of(new PromptMessage("system", "Be concise and correct."),
                    new PromptMessage("user", ChatBodies.promptOfTokens(tokens))));

            assertThat(estimate).as(tokens + " tokens").isEqualTo(tokens);
        }
        assertThat(ChatBodies.promptOfTokens(5)).hasSize(1);
    }

    @Test
    void resolvesARelativeSupplierLocationAgainstTheApiHost() {
        assertThat(CompletionChains.absolute("http://127.0.0.1:8080/api/v1", "/supplier/v1/chat/completions?t=x"))
                .isEqualTo("http://127.0.0.1:8080/supplier/v1/chat/completions?t=x");
        assertThat(CompletionChains.absolute("http://127.0.0.1:8080/api/v1", "https://supplier.example/v1/c"))
                .isEqualTo("https://supplier.example/v1/c");
    }
}
