package io.gridbench.exchange.inference;

import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.grid.SimulatedGrid;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.server.SimulatedVenues;
import io.gridbench.exchange.venue.BalanceView;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Consumption API mounted on the real exchange server, reached with a provisioned account's key. */
class ExchangeServerMountIT {

    @Test
    void servesChatCompletionsToAProvisionedConsumptionKeyBesideTheTradingApi() throws Exception {
        ExchangeConfig config = ExchangeConfig.defaults();
        ExchangeServer.Builder builder = ExchangeServer.builder(config, SimulatedVenues.factory(1, Clock.systemUTC()))
                .mount(SimulatedGrid.consumptionApi(InferenceSettings.from(config).withFast(true)));
        try (ExchangeServer server = builder.start(0)) {
            Credentials account = server.provisioner().open(0, 2);

            ChatCompletion completion = OpenAIOkHttpClient.builder().apiKey(account.consumptionApiKey())
                    .baseUrl(server.baseUrl() + "/api/v1").maxRetries(0).build().chat().completions()
                    .create(ChatCompletionCreateParams.builder().model("chat-fast").addUserMessage("Hi").build());

            long left = server.core().submit(v -> v.consumptionAccounts(account.accountId()).stream()
                    .filter(b -> b.instrumentName().equals("chat-fast")).mapToLong(BalanceView::totalTokens).sum())
                    .get(30, TimeUnit.SECONDS);
            assertThat(left).isEqualTo(2_000_000L - completion.usage().orElseThrow().totalTokens());
        }
    }
}
