package io.gridbench.exchange.inference;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.UnauthorizedException;
import com.openai.errors.UnexpectedStatusCodeException;
import com.openai.errors.UnprocessableEntityException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.completions.CompletionUsage;
import com.openai.models.models.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The OpenAI Chat Completions surface, driven by the official OpenAI Java SDK against a real server. */
class OpenAiChatCompletionsIT {
    private static ConsumptionServer server;
    private static OpenAIClient client;

    @BeforeAll
    static void start() throws Exception {
        server = ConsumptionServer.fast();
        server.account("key-openai", "acct_openai", "chat-fast", 5);
        server.account("key-broke", "acct_broke", "chat-fast", 0);
        client = clientFor("key-openai", "/v1");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static OpenAIClient clientFor(String key, String basePath) {
        return OpenAIOkHttpClient.builder().apiKey(key).baseUrl(server.url(basePath)).maxRetries(0)
                .timeout(Duration.ofSeconds(60)).build();
    }

    private static ChatCompletionCreateParams.Builder params(String prompt) {
        return ChatCompletionCreateParams.builder().model("chat-fast")
                .addSystemMessage("Be concise and correct.").addUserMessage(prompt);
    }

    @Test
    void answersWithTextAndUsageFromTheTokenEstimate() {
        ChatCompletion completion = client.chat().completions().create(params("What is 2 + 2?").build());

        String text = completion.choices().get(0).message().content().orElseThrow();
        CompletionUsage usage = completion.usage().orElseThrow();
        assertThat(completion.model()).isEqualTo("chat-fast");
        assertThat(completion.id()).startsWith("chatcmpl-");
        assertThat(usage.promptTokens()).isEqualTo(21);
        assertThat(usage.completionTokens()).isEqualTo(TokenEstimate.text(text));
        assertThat(usage.totalTokens()).isEqualTo(usage.promptTokens() + usage.completionTokens());
    }

    @Test
    void debitsTheBalanceByExactlyPromptPlusCompletionTokens() throws Exception {
        long before = server.totalTokens("acct_openai", "chat-fast");

        ChatCompletion completion = client.chat().completions().create(params("Name three colors.").build());

        long charged = before - server.totalTokens("acct_openai", "chat-fast");
        assertThat(charged).isEqualTo(completion.usage().orElseThrow().totalTokens());
        assertThat(server.heldTokens("acct_openai", "chat-fast")).isZero();
    }

    @Test
    void answersTheSameTextToTheSameRequest() {
        String first = client.chat().completions().create(params("What is H2O?").build())
                .choices().get(0).message().content().orElseThrow();
        String second = client.chat().completions().create(params("What is H2O?").build())
                .choices().get(0).message().content().orElseThrow();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void capsTheCompletionAtMaxTokensWithFinishReasonLength() {
        ChatCompletion completion = client.chat().completions()
                .create(params("How many days in a week?").maxCompletionTokens(5).build());

        assertThat(completion.usage().orElseThrow().completionTokens()).isEqualTo(5);
        assertThat(completion.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.LENGTH);
    }

    @Test
    void streamsChunksThatAddUpToTheWholeAnswerThenAUsageChunk() {
        ChatCompletionCreateParams request = params("What is the capital of France?")
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build();
        String whole = client.chat().completions().create(request).choices().get(0).message().content().orElseThrow();

        List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(request)) {
            stream.stream().forEach(chunks::add);
        }

        StringBuilder streamed = new StringBuilder();
        chunks.forEach(c -> c.choices().forEach(choice -> choice.delta().content().ifPresent(streamed::append)));
        assertThat(streamed.toString()).isEqualTo(whole);
        assertThat(chunks).allSatisfy(c -> assertThat(c.model()).isEqualTo("chat-fast"));
        assertThat(chunks.get(chunks.size() - 2).choices().get(0).finishReason()).isPresent();
        ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertThat(last.choices()).isEmpty();
        assertThat(last.usage().orElseThrow().completionTokens()).isEqualTo(TokenEstimate.text(whole));
    }

    @Test
    void streamsWithoutAUsageChunkUnlessAskedFor() {
        List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream =
                     client.chat().completions().createStreaming(params("Hi").build())) {
            stream.stream().forEach(chunks::add);
        }

        assertThat(chunks).allSatisfy(c -> assertThat(c.usage()).isEmpty());
        assertThat(chunks.get(chunks.size() - 1).choices().get(0).finishReason()).isPresent();
    }

    @Test
    void servesTheConsumptionBaseUrlOfTheReferenceClientsToo() {
        ChatCompletion completion = clientFor("key-openai", "/api/v1").chat().completions()
                .create(params("What is 2 + 2?").build());

        assertThat(completion.choices()).hasSize(1);
    }

    @Test
    void rejectsAnUnknownModelAsNotFoundNamingTheModel() {
        NotFoundException e = catchThrowableOfType(NotFoundException.class,
                () -> client.chat().completions().create(params("Hi").model("gpt-404").build()));

        assertThat(e.param()).contains("model");
        assertThat(e.getMessage()).contains("gpt-404");
    }

    @Test
    void rejectsTemperatureAboveTwoAsUnprocessableNamingTheField() {
        UnprocessableEntityException e = catchThrowableOfType(UnprocessableEntityException.class,
                () -> client.chat().completions().create(params("Hi").temperature(2.5).build()));

        assertThat(e.param()).contains("temperature");
        assertThat(e.getMessage()).contains("temperature must be between 0 and 2");
    }

    @Test
    void rejectsANonPositiveMaxTokensAsUnprocessable() {
        UnprocessableEntityException e = catchThrowableOfType(UnprocessableEntityException.class,
                () -> client.chat().completions().create(params("Hi").maxCompletionTokens(0).build()));

        assertThat(e.param()).contains("max_completion_tokens");
    }

    @Test
    void rejectsAnUnknownKeyAsUnauthorized() {
        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
                () -> clientFor("key-nobody", "/v1").chat().completions().create(params("Hi").build()));

        assertThat(e.statusCode()).isEqualTo(401);
    }

    @Test
    void refusesWithPaymentRequiredWhenTheBalanceCannotBeHeldAndDebitsNothing() throws Exception {
        OpenAIServiceException e = catchThrowableOfType(UnexpectedStatusCodeException.class,
                () -> clientFor("key-broke", "/v1").chat().completions().create(params("Hi").build()));

        assertThat(e.statusCode()).isEqualTo(402);
        assertThat(e.type()).contains("billing_error");
        assertThat(server.totalTokens("acct_broke", "chat-fast")).isZero();
    }

    @Test
    void passesVllmsIgnoreEosToRunToMaxTokens() {
        ChatCompletion completion = client.chat().completions().create(params("Hi").maxCompletionTokens(1_000)
                .putAdditionalBodyProperty("ignore_eos", JsonValue.from(true)).build());

        assertThat(completion.usage().orElseThrow().completionTokens()).isEqualTo(1_000);
    }

    @Test
    void listsTheInstrumentsAsModels() {
        List<String> ids = client.models().list().data().stream().map(Model::id).toList();

        assertThat(ids).containsExactly(ConsumptionServer.INSTRUMENTS);
    }

    @Test
    void rejectsABodyThatIsNotJsonAsMalformedInTheGridShape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url("/v1/chat/completions")))
                        .header("authorization", "Bearer key-openai")
                        .header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"model\": ")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"errors\":{\"detail\":").contains("\"field\":\"body\"");
    }

    @Test
    void describesMalformedJsonWithoutParserInternalsOrTheBody() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url("/v1/chat/completions")))
                        .header("authorization", "Bearer key-openai")
                        .header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{bad: \"secret-prompt-text\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("\"errors\":{\"detail\":\"malformed JSON at line 1, column 2: unexpected character 'b'\"")
                .contains("\"field\":\"body\"")
                .doesNotContain("secret-prompt-text").doesNotContain("Jackson").doesNotContain("decode");
    }

    @Test
    void rejectsEmptyMessagesAsUnprocessable() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url("/v1/chat/completions")))
                        .header("authorization", "Bearer key-openai")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"chat-fast\",\"messages\":[]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"messages\"");
    }
}
