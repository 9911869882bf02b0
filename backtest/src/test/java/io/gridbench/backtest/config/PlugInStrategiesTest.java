package io.gridbench.backtest.config;

import io.gridbench.backtest.Fixtures;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.replay.Replay;
import io.gridbench.backtest.strategy.Strategy;
import io.gridbench.backtest.strategy.StrategyContext;
import io.gridbench.backtest.strategy.StrategyParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlugInStrategiesTest {
    private static final String BUYER = PlugInStrategiesTest.OneLimitBuy.class.getName();

    @TempDir
    Path dir;

    /** Places one limit buy of {@code quantity} units at {@code price} on the first bar. */
    public static final class OneLimitBuy implements Strategy {
        private final long quantity;
        private final long priceTicks;
        private boolean placed;

        public OneLimitBuy(StrategyParameters p) {
            this.quantity = p.whole("quantity", 1);
            this.priceTicks = p.priceTicks("price", 250);
            if (quantity > 100) {
                throw p.error("quantity", "at most 100 units");
            }
        }

        @Override
        public void onBar(StrategyContext ctx) {
            if (!placed) {
                placed = true;
                ctx.orders().buyLimit(quantity, priceTicks);
            }
        }
    }

    /** Not a strategy at all. */
    public static final class NotAStrategy {
    }

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve("plug.yaml"), yaml);
    }

    private StrategySpec load(Path f, String... overrides) {
        return StrategyFiles.load(List.of(f), List.of(overrides), getClass().getClassLoader()).get(0);
    }

    @Test
    void aClassNamedInTheFileGetsTheOtherKeysAsItsParameters() throws IOException {
        StrategySpec s = load(file("type: class\nname: mine\nclass: " + BUYER + "\nquantity: 3\nprice: 2.45\n"));
        assertThat(s.name()).isEqualTo("mine");
        assertThat(s.type()).isEqualTo(BUYER);
        assertThat(s.parameters()).containsEntry("class", BUYER).containsEntry("quantity", 3L)
                .containsEntry("price", "2.45");
    }

    @Test
    void itReplaysLikeABuiltInStrategy() throws IOException {
        StrategySpec s = load(file("type: class\nclass: " + BUYER + "\nquantity: 2\nprice: 2.45\n"));
        var result = new Replay(Fixtures.data(Fixtures.flat(5, 240, 50)), FillModel.named("touch"),
                FillConfig.DEFAULTS, DemandFiles.defaults(Fixtures.T0)).run(s);
        assertThat(result.unitsBought()).isEqualTo(2);
        assertThat(result.ordersPlaced()).isEqualTo(1);
    }

    @Test
    void setOverridesReachThePlugIn() throws IOException {
        assertThat(load(file("type: class\nclass: " + BUYER + "\nquantity: 2\n"), "quantity=7").parameters())
                .containsEntry("quantity", 7L);
    }

    @Test
    void aKeyThePlugInDoesNotReadIsAnErrorAtItsLine() throws IOException {
        Path f = file("type: class\nclass: " + BUYER + "\nquantiy: 2\n");
        assertThatThrownBy(() -> load(f)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(f + ":3:1: key 'quantiy': unknown key");
    }

    @Test
    void thePlugInsOwnErrorNamesTheFileAndTheKey() throws IOException {
        Path f = file("type: class\nclass: " + BUYER + "\nquantity: 500\n");
        assertThatThrownBy(() -> load(f)).hasMessage(f + ":3:11: key 'quantity': at most 100 units");
    }

    @Test
    void aMissingClassPointsAtTheClasspath() throws IOException {
        Path f = file("type: class\nclass: com.acme.Nope\n");
        assertThatThrownBy(() -> load(f)).hasMessage(f + ":2:8: key 'class': class 'com.acme.Nope' not found; put"
                + " its jar or classes folder on --classpath");
    }

    @Test
    void aClassThatIsNoStrategyIsRefused() throws IOException {
        Path f = file("type: class\nclass: " + NotAStrategy.class.getName() + "\n");
        assertThatThrownBy(() -> load(f)).hasMessageContaining("does not implement " + Strategy.class.getName());
    }

    @Test
    void theClassKeyIsRequired() throws IOException {
        Path f = file("type: class\nquantity: 2\n");
        assertThatThrownBy(() -> load(f)).hasMessageContaining("key 'class': is required with type: class");
    }
}
