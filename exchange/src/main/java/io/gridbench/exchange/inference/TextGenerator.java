package io.gridbench.exchange.inference;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic stand-in for a language model: the same seed always yields the same answer, and no weights are
 * involved. Stateless and thread-safe.
 *
 * <p>Every piece it emits is exactly four characters (a capitalised word to open a sentence, then
 * {@code " bid"}-style words and {@code " up."}-style sentence ends), so one piece is one token under
 * {@link TokenEstimate}. The natural length of an answer is drawn from the seed, uniformly in
 * [{@value #MIN_NATURAL}, {@value #MAX_NATURAL}] tokens; {@code max_tokens} truncates it. With {@code ignoreEos}
 * (the vLLM benchmarking extension) the answer always runs to {@code max_tokens}.
 */
public final class TextGenerator {
    static final int MIN_NATURAL = 16;
    static final int MAX_NATURAL = 320;

    static final String[] FIRST = {
        "Bids", "Asks", "Each", "Most", "Some", "Tape", "Book", "Fill", "Then", "Here", "This", "Grid"};
    static final String[] OPENERS = {" The", " Our", " Its", " Any", " Few", " Buy", " Ask", " Bid"};
    static final String[] WORDS = {
        " bid", " ask", " the", " and", " for", " low", " top", " new", " set", " can", " fit", " buy", " net",
        " per", " one", " two", " day", " use", " run", " job", " out", " all", " any", " way", " now", " yet"};
    static final String[] ENDS = {" up.", " on.", " in.", " so.", " ok.", " go.", " by.", " at."};

    private TextGenerator() {
    }

    /** Seeds a generation from everything that identifies a request, so identical requests give identical text. */
    public static long seed(String model, List<PromptMessage> messages, long seedParam) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, model);
        for (PromptMessage m : messages) {
            h = mix(h, m.role());
            h = mix(h, m.text());
        }
        return h ^ (seedParam * 0x9E3779B97F4A7C15L);
    }

    /**
     * An answer of at most {@code maxTokens} tokens (at least one). Nothing is generated yet: the {@link Completion}
     * produces its pieces as they are read, so the cost is the same for any budget.
     */
    public static Completion generate(long seed, int maxTokens, boolean ignoreEos) {
        int natural = naturalLength(new SplittableRandom(seed));
        int length = ignoreEos ? maxTokens : Math.min(natural, maxTokens);
        return new Completion(seed, length, length < natural || ignoreEos);
    }

    /** The first draw of a generation: the answer's natural length. */
    static int naturalLength(SplittableRandom random) {
        return MIN_NATURAL + random.nextInt(MAX_NATURAL - MIN_NATURAL + 1);
    }

    private static long mix(long h, String s) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= 0xff;
        return h * 0x100000001b3L;
    }
}
