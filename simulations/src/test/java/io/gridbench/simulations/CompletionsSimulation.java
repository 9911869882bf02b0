package io.gridbench.simulations;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gridbench.simulations.consumption.ChatBodies;
import io.gridbench.simulations.consumption.CompletionChains;
import io.gridbench.simulations.consumption.CompletionPopulations;
import io.gridbench.simulations.gates.Gates;
import io.gridbench.simulations.load.LoadShape;
import io.gridbench.simulations.load.Settings;
import io.gridbench.simulations.load.Trace;
import io.gridbench.simulations.slo.GoodputReport;
import io.gridbench.simulations.slo.RequestOutcomes;
import io.gridbench.simulations.streaming.ReportFolder;
import io.gridbench.simulations.streaming.StreamMetrics;
import io.gridbench.simulations.streaming.StreamReport;
import io.gridbench.simulations.targets.AccountNeeds;
import io.gridbench.simulations.targets.Target;
import io.gridbench.simulations.targets.TraderFeeder;
import io.gridbench.simulations.targets.Targets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * Concurrent chat completions on the Consumption API, two populations under the same load shape: one asks for whole
 * responses, the other streams (Server-Sent Events) and measures time to first token apart from the full response.
 * Output tokens come from the server's {@code usage}. {@code -Dgridbench.populations=streamed} (or {@code whole})
 * runs one of the two alone ({@link CompletionPopulations}). Besides Gatling's report, it writes
 * {@code streaming-metrics.json/.html} (TTFT and full response both as service time and from each request's intended
 * start, inter-chunk gaps, per-token latency, tokens/s, closed-model schedule lag; HdrHistogram) and
 * {@code goodput.json/.html} (completions per second that met every objective of {@code -Dgridbench.slo}).
 *
 * <pre>
 * ./gridbench load completions --duration 20 --rate 10
 * ./mvnw -pl simulations -am gatling:test -Dgatling.simulationClass=io.gridbench.simulations.CompletionsSimulation
 * </pre>
 */
public class CompletionsSimulation extends Simulation {
    private final LoadShape load = LoadShape.fromProperties(5, 4);
    private final Target target = Targets.fromProperties(AccountNeeds.funded(Settings.positiveInt("traders", 10)));
    private final StreamMetrics metrics = new StreamMetrics();
    private final RequestOutcomes outcomes = RequestOutcomes.fromProperties();
    private final CompletionPopulations populations = CompletionPopulations.fromProperties();
    private long startedAtMs;

    // feeder
    private final TraderFeeder traders = new TraderFeeder(target, Settings.string("instrument", "chat-fast"));

    // chains
    private final CompletionChains completions = new CompletionChains(Settings.string("instrument", "chat-fast"),
            ChatBodies.SEED_PROMPTS, Settings.positiveInt("maxTokens", 64), metrics, outcomes,
            Duration.ofSeconds(Settings.positiveInt("streamTimeoutSeconds", 120)));

    // protocol
    private final HttpProtocolBuilder protocol = http
            .disableWarmUp()
            .shareConnections()
            .acceptHeader("application/json, text/event-stream")
            .contentTypeHeader("application/json")
            .userAgentHeader("gridbench-simulations")
            // The stream's later chunks stay buffered until the journey reads them for inter-token latency.
            .sseUnmatchedInboundMessageBufferSize(100_000);

    // scenarios: with a trace, its whole requests go to the askers and its streamed ones to the streamers
    private final Trace askersTrace = load.trace() == null ? null : load.trace().part(false);
    private final Trace streamersTrace = load.trace() == null ? null : load.trace().part(true);

    private final ScenarioBuilder askers = scenario("whole completions")
            .feed(traders)
            .exec(load.journey(prompt(askersTrace).exec(completions.complete("completion"))));

    private final ScenarioBuilder streamers = scenario("streamed completions")
            .feed(traders)
            .exec(load.journey(prompt(streamersTrace).exec(completions.stream())));

    {
        List<PopulationBuilder> running = new ArrayList<>();
        if (populations.whole() && (load.trace() == null || askersTrace != null)) {
            running.add(load.inject(askers, 0, askersTrace));
        }
        if (populations.streamed() && (load.trace() == null || streamersTrace != null)) {
            running.add(load.inject(streamers, 1, streamersTrace));
        }
        if (running.isEmpty()) {
            throw new IllegalArgumentException("-D" + Settings.PREFIX + CompletionPopulations.PROPERTY
                    + ": the trace has no requests for the chosen population");
        }
        LoadShape.bounded(setUp(running)
                .protocols(protocol)
                .assertions(Gates.fromProperties().assertions(true)));
    }

    /** A seed prompt at random, or the next request of this population's part of the trace. */
    private ChainBuilder prompt(Trace part) {
        return part == null ? completions.pickPrompt() : completions.traced(part);
    }

    @Override
    public void before() {
        target.start();
        traders.prepare();
        startedAtMs = System.currentTimeMillis();
        outcomes.measureFrom(startedAtMs + load.warmup().toMillis());
        System.out.println("gridbench: completions against " + target.name() + " " + target.consumptionBaseUrl()
                + ", " + load.describe() + (load.trace() == null ? " per population" : "")
                + (populations.count() == 2 ? "" : populations.streamed() ? ", streamed only" : ", whole only"));
    }

    @Override
    public void after() {
        try {
            double seconds = (System.currentTimeMillis() - startedAtMs) / 1000.0;
            System.out.println("gridbench: streaming metrics in " + StreamReport.write(ReportFolder.of(getClass()),
                    "completions", load.describe(), seconds, metrics.snapshot()));
            GoodputReport.publish(ReportFolder.of(getClass()), "completions", load.describe(),
                    outcomes.snapshot(load.duration().toMillis() / 1000.0));
        } finally {
            target.close();
        }
    }
}
