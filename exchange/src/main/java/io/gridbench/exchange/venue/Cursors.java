package io.gridbench.exchange.venue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque page cursors: a short text position, base64url-encoded so clients treat it as a token, decoded with a
 * 422 naming the {@code cursor} field when it was not produced here.
 */
final class Cursors {
    private Cursors() {
    }

    static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor into its {@code |}-separated parts, checking the leading tag and part count. */
    static String[] decode(String cursor, String tag, int parts) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] fields = text.split("\\|", -1);
            if (fields.length == parts && fields[0].equals(tag)) {
                return fields;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the uniform error below
        }
        throw new VenueException(422, "cursor", "cursor is not one this venue issued");
    }

    /** A position inside a cursor (a sequence number or a time): this venue never issues a negative one. */
    static long number(String text) {
        long position;
        try {
            position = Long.parseLong(text);
        } catch (NumberFormatException e) {
            position = -1;
        }
        if (position < 0) {
            throw new VenueException(422, "cursor", "cursor is not one this venue issued");
        }
        return position;
    }
}
