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

    private static final String[] FIRST = {
        "Bids", "Asks", "Each", "Most", "Some", "Tape", "Book", "Fill", "Then", "Here", "This", "Grid"};
    private static final String[] OPENERS = {" The", " Our", " Its", " Any", " Few", " Buy", " Ask", " Bid"};
    private static final String[] WORDS = {
        " bid", " ask", " the", " and", " for", " low", " top", " new", " set", " can", " fit", " buy", " net",
        " per", " one", " two", " day", " use", " run", " job", " out", " all", " any", " way", " now", " yet"};
    private static final String[] ENDS = {" up.", " on.", " in.", " so.", " ok.", " go.", " by.", " at."};

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

    /** Generates an answer of at most {@code maxTokens} tokens (at least one). */
    public static Completion generate(long seed, int maxTokens, boolean ignoreEos) {
        SplittableRandom random = new SplittableRandom(seed);
        int natural = MIN_NATURAL + random.nextInt(MAX_NATURAL - MIN_NATURAL + 1);
        int length = ignoreEos ? maxTokens : Math.min(natural, maxTokens);
        String[] pieces = new String[length];
        int sentenceLeft = 0;
        for (int i = 0; i < length; i++) {
            if (sentenceLeft == 0) {
                String[] openers = i == 0 ? FIRST : OPENERS;
                pieces[i] = openers[random.nextInt(openers.length)];
                sentenceLeft = 4 + random.nextInt(9);
            } else if (sentenceLeft == 1) {
                pieces[i] = ENDS[random.nextInt(ENDS.length)];
                sentenceLeft = 0;
            } else {
                pieces[i] = WORDS[random.nextInt(WORDS.length)];
                sentenceLeft--;
            }
        }
        return new Completion(pieces, length < natural || ignoreEos);
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
