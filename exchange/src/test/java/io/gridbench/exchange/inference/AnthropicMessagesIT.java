package io.gridbench.exchange.inference;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.errors.NotFoundException;
import com.anthropic.errors.PaymentRequiredException;
import com.anthropic.errors.UnauthorizedException;
import com.anthropic.errors.UnprocessableEntityException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.TextBlock;
import com.anthropic.models.models.ModelInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Anthropic Messages surface, driven by the official Anthropic Java SDK against a real server. */
class AnthropicMessagesIT {
    private static ConsumptionServer server;
    private static AnthropicClient client;

    @BeforeAll
    static void start() throws Exception {
        server = ConsumptionServer.fast();
        server.account("key-anthropic", "acct_anthropic", "text-prime", 5);
        server.account("key-empty", "acct_empty", "text-prime", 0);
        client = clientFor("key-anthropic");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static AnthropicClient clientFor(String key) {
        return AnthropicOkHttpClient.builder().apiKey(key).baseUrl(server.url("")).maxRetries(0)
                .timeout(Duration.ofSeconds(60)).build();
    }

    private static MessageCreateParams.Builder params(String prompt) {
        return MessageCreateParams.builder().model("text-prime").maxTokens(200)
                .system("Be concise and correct.").addUserMessage(prompt);
    }

    private static String text(Message message) {
        return message.content().get(0).text().map(TextBlock::text).orElseThrow();
    }

    @Test
    void answersWithATextBlockAndUsageFromTheTokenEstimate() {
        Message message = client.messages().create(params("What is 2 + 2?").build());

        assertThat(message.id()).startsWith("msg_");
        assertThat(message.model().asString()).isEqualTo("text-prime");
        assertThat(message.usage().inputTokens()).isEqualTo(21);
        assertThat(message.usage().outputTokens()).isEqualTo(TokenEstimate.text(text(message)));
        assertThat(message.stopReason()).isPresent();
    }

    @Test
    void debitsTheBalanceByExactlyInputPlusOutputTokens() throws Exception {
        long before = server.totalTokens("acct_anthropic", "text-prime");

        Message message = client.messages().create(params("Name three colors.").build());

        long charged = before - server.totalTokens("acct_anthropic", "text-prime");
        assertThat(charged).isEqualTo(message.usage().inputTokens() + message.usage().outputTokens());
    }

    @Test
    void stopsAtMaxTokensWithStopReasonMaxTokens() {
        Message message = client.messages().create(params("Hi").maxTokens(3).build());

        assertThat(message.usage().outputTokens()).isEqualTo(3);
        assertThat(message.stopReason()).contains(StopReason.MAX_TOKENS);
    }

    @Test
    void streamsEventsTheSdkAccumulatesIntoTheSameMessage() {
        MessageCreateParams request = params("What is the capital of France?").build();
        Message whole = client.messages().create(request);

        MessageAccumulator accumulator = MessageAccumulator.create();
        List<RawMessageStreamEvent> events = new ArrayList<>();
        try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(request)) {
            stream.stream().forEach(e -> events.add(accumulator.accumulate(e)));
        }

        Message streamed = accumulator.message();
        assertThat(text(streamed)).isEqualTo(text(whole));
        assertThat(streamed.usage().outputTokens()).isEqualTo(whole.usage().outputTokens());
        assertThat(streamed.stopReason()).isEqualTo(whole.stopReason());
        assertThat(events.get(0).isMessageStart()).isTrue();
        assertThat(events.get(1).isContentBlockStart()).isTrue();
        assertThat(events.get(events.size() - 1).isMessageStop()).isTrue();
    }

    @Test
    void listsTheInstrumentsAsModelsInAnthropicsShape() {
        List<String> ids = client.models().list().data().stream().map(ModelInfo::id).toList();

        assertThat(ids).containsExactly(ConsumptionServer.INSTRUMENTS);
    }

    @Test
    void rejectsAnUnknownModelAsNotFound() {
        NotFoundException e = catchThrowableOfType(NotFoundException.class,
                () -> client.messages().create(params("Hi").model("claude-404").build()));

        assertThat(e.getMessage()).contains("claude-404");
    }

    @Test
    void rejectsTemperatureOutsideAnthropicsRangeAsUnprocessable() {
        UnprocessableEntityException e = catchThrowableOfType(UnprocessableEntityException.class,
                () -> client.messages().create(params("Hi").putAdditionalBodyProperty("temperature", JsonValue.from(1.5)).build()));

        assertThat(e.getMessage()).contains("temperature");
    }

    @Test
    void rejectsAnUnknownKeyAsUnauthorized() {
        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
                () -> clientFor("key-nobody").messages().create(params("Hi").build()));

        assertThat(e.statusCode()).isEqualTo(401);
    }

    @Test
    void refusesWithPaymentRequiredWhenTheBalanceCannotBeHeld() {
        AnthropicServiceException e = catchThrowableOfType(PaymentRequiredException.class,
                () -> clientFor("key-empty").messages().create(params("Hi").build()));

        assertThat(e.statusCode()).isEqualTo(402);
        assertThat(e.getMessage()).contains("billing_error");
    }
}
