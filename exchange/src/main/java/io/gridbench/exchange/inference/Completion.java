package io.gridbench.exchange.inference;

import java.util.SplittableRandom;

/**
 * A generated answer, produced lazily: it knows its length in tokens and whether the {@code max_tokens} budget cut
 * it short, and generates its pieces (one token each, four characters each) only as they are read. A stream of any
 * length therefore holds a few words of state, never its whole text. Read it front to back ({@link #text(int, int)}
 * with ranges that follow each other); reading an earlier range again regenerates from the start. Not thread-safe:
 * one {@link InferenceRun} reads it on its event loop.
 */
public final class Completion {
    private final long seed;
    private final int tokens;
    private final boolean truncated;

    private SplittableRandom random;
    private int position;
    private int sentenceLeft;

    Completion(long seed, int tokens, boolean truncated) {
        this.seed = seed;
        this.tokens = tokens;
        this.truncated = truncated;
        rewind();
    }

    /** The answer's length in tokens. */
    public int tokens() {
        return tokens;
    }

    /** True when the {@code max_tokens} budget ended the answer rather than its natural end. */
    public boolean truncated() {
        return truncated;
    }

    /** The text of pieces {@code [from, to)}. */
    public String text(int from, int to) {
        if (from < position) {
            rewind();
        }
        while (position < from) {
            nextPiece();
        }
        StringBuilder sb = new StringBuilder((to - from) * 4);
        while (position < to) {
            sb.append(nextPiece());
        }
        return sb.toString();
    }

    public String text() {
        return text(0, tokens);
    }

    /** Back to the first piece: the generator's stream after the draw that chose the natural length. */
    private void rewind() {
        random = new SplittableRandom(seed);
        TextGenerator.naturalLength(random);
        position = 0;
        sentenceLeft = 0;
    }

    private String nextPiece() {
        String piece;
        if (sentenceLeft == 0) {
            String[] openers = position == 0 ? TextGenerator.FIRST : TextGenerator.OPENERS;
            piece = openers[random.nextInt(openers.length)];
            sentenceLeft = 4 + random.nextInt(9);
        } else if (sentenceLeft == 1) {
            piece = TextGenerator.ENDS[random.nextInt(TextGenerator.ENDS.length)];
            sentenceLeft = 0;
        } else {
            piece = TextGenerator.WORDS[random.nextInt(TextGenerator.WORDS.length)];
            sentenceLeft--;
        }
        position++;
        return piece;
    }
}
