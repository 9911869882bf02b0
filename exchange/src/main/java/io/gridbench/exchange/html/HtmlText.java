package io.gridbench.exchange.html;

/** Text made safe for gridbench's HTML reports, in element content and in quoted attribute values alike. */
public final class HtmlText {
    private HtmlText() {
    }

    /** Escapes {@code & < > "}; null becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
