package io.gridbench.exchange.inference;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** The deterministic generator and the token estimate that meters prompts and completions. */
class TextGeneratorTest {
    private static final List<PromptMessage> PROMPT = List.of(
            new PromptMessage("system", "Be concise and correct."), new PromptMessage("user", "What is 2 + 2?"));
    /** Fixed so CI runs are reproducible; QuickTheories prints the seed and the shrunk counterexample on failure. */
    private static final long SEED = 0x7E47_0E01L;
    private static final String PINNED_42 = "Bids run ask job up. Ask for buy ask all run top";

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

    @Test
    void completionTokensAreTheTokenEstimateOfTheTextAndTruncatedOnlyByTheBudget() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(longs().all(), integers().between(1, 600))
                .checkAssert((seed, maxTokens) -> {
                    Completion completion = TextGenerator.generate(seed, maxTokens, false);

                    assertThat(completion.tokens()).isBetween(1, maxTokens);
                    assertThat(TokenEstimate.text(completion.text())).isEqualTo(completion.tokens());
                    int natural = TextGenerator.generate(seed, Integer.MAX_VALUE, false).tokens();
                    assertThat(completion.truncated()).isEqualTo(natural > maxTokens);
                });
    }

    @Test
    void theSameSeedAlwaysGivesTheSameText() {
        qt().withFixedSeed(SEED).withExamples(50).forAll(longs().all())
                .checkAssert(seed -> assertThat(TextGenerator.generate(seed, 300, false).text())
                        .isEqualTo(TextGenerator.generate(seed, 300, false).text()));
    }

    @Test
    void ignoreEosRunsToTheBudget() {
        Completion completion = TextGenerator.generate(5, 5_000, true);

        assertThat(completion.tokens()).isEqualTo(5_000);
        assertThat(completion.truncated()).isTrue();
    }

    @Test
    void aBudgetOfTheLargestIntCostsNothingUntilRead() {
        Completion completion = TextGenerator.generate(5, Integer.MAX_VALUE, true);

        assertThat(completion.tokens()).isEqualTo(Integer.MAX_VALUE);
        assertThat(completion.text(0, 3)).hasSize(12);
    }

    @Test
    void readingInConsecutiveRangesGivesTheWholeText() {
        qt().withFixedSeed(SEED).forAll(longs().all(), integers().between(1, 40))
                .checkAssert((seed, step) -> {
                    Completion whole = TextGenerator.generate(seed, 300, true);
                    Completion parts = TextGenerator.generate(seed, 300, true);
                    StringBuilder read = new StringBuilder();
                    for (int from = 0; from < 300; from += step) {
                        read.append(parts.text(from, Math.min(300, from + step)));
                    }
                    assertThat(read.toString()).isEqualTo(whole.text());
                });
    }

    @Test
    void readingAnEarlierRangeAgainGivesTheSameText() {
        Completion completion = TextGenerator.generate(11, 100, true);
        String first = completion.text(0, 50);
        completion.text(50, 100);

        assertThat(completion.text(0, 50)).isEqualTo(first);
    }

    @Test
    void theTextOfASeedIsTheSameAsBeforeGenerationBecameLazy() {
        // Pinned from the eager generator this replaced, so recorded answers stay reproducible.
        assertThat(TextGenerator.generate(42, 12, true).text()).isEqualTo(PINNED_42);
    }
}
