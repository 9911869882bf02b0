package io.gridbench.exchange.inference;

import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.RateLimitException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The gate before inference: per-key rate limits and the supplier redirect, over real HTTP. */
class AdmissionIT {
    private static final String BODY =
            "{\"model\":\"chat-fast\",\"messages\":[{\"role\":\"user\",\"content\":\"What is 2 + 2?\"}]}";
    private static final long SECOND = 1_000_000_000L;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> post(ConsumptionServer server, String pathAndQuery, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(pathAndQuery)))
                .header("authorization", "Bearer " + key)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void refusesRequestsBeyondTheKeysRateWith429AndRetryAfter() throws Exception {
        InferenceSettings limited = InferenceSettings.defaults().withFast(true).withRateLimit(1, 2);
        try (ConsumptionServer server = new ConsumptionServer(limited, true)) {
            server.account("key-rl", "acct_rl", "chat-fast", 1);

            assertThat(post(server, "/v1/chat/completions", "key-rl").statusCode()).isEqualTo(200);
            assertThat(post(server, "/v1/chat/completions", "key-rl").statusCode()).isEqualTo(200);
            HttpResponse<String> third = post(server, "/v1/chat/completions", "key-rl");

            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("retry-after")).contains("1");
            assertThat(third.body()).contains("\"errors\":{\"detail\":\"rate limit exceeded");
        }
    }

    @Test
    void admitsAgainOnceTheRetryAfterHasPassed() throws Exception {
        InferenceSettings limited = InferenceSettings.defaults().withFast(true).withRateLimit(1, 1);
        try (ConsumptionServer server = new ConsumptionServer(limited, true)) {
            server.account("key-rl", "acct_rl", "chat-fast", 1);
            post(server, "/v1/chat/completions", "key-rl");
            assertThat(post(server, "/v1/chat/completions", "key-rl").statusCode()).isEqualTo(429);

            server.frozenNanos.addAndGet(SECOND);

            assertThat(post(server, "/v1/chat/completions", "key-rl").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void surfacesTheRateLimitAsTheOpenAiSdksRateLimitException() throws Exception {
        InferenceSettings limited = InferenceSettings.defaults().withFast(true).withRateLimit(1, 1);
        try (ConsumptionServer server = new ConsumptionServer(limited, true)) {
            server.account("key-rl", "acct_rl", "chat-fast", 1);
            post(server, "/v1/chat/completions", "key-rl");

            RateLimitException e = catchThrowableOfType(RateLimitException.class, () ->
                    OpenAIOkHttpClient.builder().apiKey("key-rl").baseUrl(server.url("/v1")).maxRetries(0).build()
                            .chat().completions().create(ChatCompletionCreateParams.builder().model("chat-fast")
                                    .addUserMessage("Hi").build()));

            assertThat(e.headers().values("retry-after")).containsExactly("1");
        }
    }

    @Test
    void redirectsToTheSupplierWhichAnswersTheSameRequestResent() throws Exception {
        InferenceSettings redirecting = InferenceSettings.defaults().withFast(true).withSupplierRedirect(true);
        try (ConsumptionServer server = new ConsumptionServer(redirecting, true)) {
            server.account("key-sup", "acct_sup", "chat-fast", 1);

            HttpResponse<String> redirect = post(server, "/v1/chat/completions", "key-sup");
            assertThat(redirect.statusCode()).isEqualTo(307);
            String location = redirect.headers().firstValue("location").orElseThrow();
            assertThat(location).startsWith("/supplier/v1/chat/completions?ticket=");

            HttpResponse<String> answer = post(server, location, "key-sup");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"object\":\"chat.completion\"");
        }
    }

    @Test
    void refusesASupplierTicketPresentedWithAnotherKey() throws Exception {
        InferenceSettings redirecting = InferenceSettings.defaults().withFast(true).withSupplierRedirect(true);
        try (ConsumptionServer server = new ConsumptionServer(redirecting, true)) {
            server.account("key-sup", "acct_sup", "chat-fast", 1);
            server.account("key-other", "acct_other", "chat-fast", 1);
            String location = post(server, "/v1/chat/completions", "key-sup").headers().firstValue("location")
                    .orElseThrow();

            HttpResponse<String> replay = post(server, location, "key-other");

            assertThat(replay.statusCode()).isEqualTo(401);
            assertThat(replay.body()).contains("\"field\":\"ticket\"");
        }
    }

    @Test
    void refusesASupplierTicketAfterItExpired() throws Exception {
        InferenceSettings redirecting = InferenceSettings.defaults().withFast(true).withSupplierRedirect(true);
        try (ConsumptionServer server = new ConsumptionServer(redirecting, true)) {
            server.account("key-sup", "acct_sup", "chat-fast", 1);
            String location = post(server, "/v1/chat/completions", "key-sup").headers().firstValue("location")
                    .orElseThrow();

            server.frozenNanos.addAndGet(31 * SECOND);

            assertThat(post(server, location, "key-sup").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void letsTheOpenAiSdkFollowTheRedirectTransparently() throws Exception {
        InferenceSettings redirecting = InferenceSettings.defaults().withFast(true).withSupplierRedirect(true);
        try (ConsumptionServer server = new ConsumptionServer(redirecting, true)) {
            server.account("key-sup", "acct_sup", "chat-fast", 1);

            ChatCompletion completion = OpenAIOkHttpClient.builder().apiKey("key-sup").baseUrl(server.url("/v1"))
                    .maxRetries(0).build().chat().completions()
                    .create(ChatCompletionCreateParams.builder().model("chat-fast").addUserMessage("Hi").build());

            assertThat(completion.choices()).hasSize(1);
        }
    }
}
