package io.gridbench.exchange.inference;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The deterministic generator and the token estimate that meters prompts and completions. */
class TextGeneratorTest {
    private static final List<PromptMessage> PROMPT = List.of(
            new PromptMessage("system", "Be concise and correct."), new PromptMessage("user", "What is 2 + 2?"));

    @Test
    void estimatesPromptTokensAsCharsOverFourPlusPerMessageOverhead() {
        assertThat(TokenEstimate.prompt(PROMPT)).isEqualTo(21);
        assertThat(TokenEstimate.text("")).isZero();
        assertThat(TokenEstimate.text("abcde")).isEqualTo(2);
    }

    @Test
    void countsCharactersNotUtf16Units() {
        assertThat(TokenEstimate.text("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00")).isEqualTo(1);
    }

    @Test
    void differentPromptsSeedDifferentAnswers() {
        long a = TextGenerator.seed("chat-fast", PROMPT, 0);
        long b = TextGenerator.seed("chat-fast", List.of(new PromptMessage("user", "Name three colors.")), 0);
        long c = TextGenerator.seed("chat-fast", PROMPT, 7);

        assertThat(TextGenerator.generate(a, 256, false).text())
                .isNotEqualTo(TextGenerator.generate(b, 256, false).text())
                .isNotEqualTo(TextGenerator.generate(c, 256, false).text());
    }

    @Property(tries = 200)
    void completionTokensAreTheTokenEstimateOfTheTextAndTruncatedOnlyByTheBudget(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 600) int maxTokens) {
        Completion completion = TextGenerator.generate(seed, maxTokens, false);

        assertThat(completion.tokens()).isBetween(1, maxTokens);
        assertThat(TokenEstimate.text(completion.text())).isEqualTo(completion.tokens());
        int natural = TextGenerator.generate(seed, Integer.MAX_VALUE, false).tokens();
        assertThat(completion.truncated()).isEqualTo(natural > maxTokens);
    }

    @Property(tries = 50)
    void theSameSeedAlwaysGivesTheSameText(@ForAll long seed) {
        assertThat(TextGenerator.generate(seed, 300, false).text())
                .isEqualTo(TextGenerator.generate(seed, 300, false).text());
    }

    @Test
    void ignoreEosRunsToTheBudget() {
        Completion completion = TextGenerator.generate(5, 5_000, true);

        assertThat(completion.tokens()).isEqualTo(5_000);
        assertThat(completion.truncated()).isTrue();
    }
}
