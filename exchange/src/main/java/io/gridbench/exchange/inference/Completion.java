package io.gridbench.exchange.inference;

/**
 * A generated answer: its pieces (one token each, four characters each) and whether it was cut short by the
 * {@code max_tokens} budget rather than ending naturally.
 */
public record Completion(String[] pieces, boolean truncated) {

    public int tokens() {
        return pieces.length;
    }

    /** The text of pieces {@code [from, to)}. */
    public String text(int from, int to) {
        StringBuilder sb = new StringBuilder((to - from) * 4);
        for (int i = from; i < to; i++) {
            sb.append(pieces[i]);
        }
        return sb.toString();
    }

    public String text() {
        return text(0, pieces.length);
    }
}
