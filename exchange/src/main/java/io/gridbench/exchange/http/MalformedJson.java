package io.gridbench.exchange.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes a JSON syntax error for an API client: where it is and what was found, in plain words. Jackson's own
 * messages name Java types and quote the request body, neither of which belongs in a response.
 */
public final class MalformedJson {
    /** Jackson reports a stray character as {@code Unexpected character ('b' (code 98))}. */
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.)' \\(code (\\d+)\\)\\)");

    private MalformedJson() {
    }

    /** {@code malformed JSON at line 1, column 2: unexpected character 'b'} */
    public static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "malformed JSON" + where + ": " + reason(e);
    }

    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return "the body ends before the JSON value does";
        }
        Matcher m = UNEXPECTED.matcher(message);
        if (m.find()) {
            int code = Integer.parseInt(m.group(2));
            return code < 0x20 ? "unexpected control character (code " + code + ")"
                    : "unexpected character '" + m.group(1) + "'";
        }
        if (message.startsWith("Unrecognized token")) {
            return "unrecognized word (expected a string, number, object, array, true, false or null)";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "control characters inside strings must be escaped";
        }
        if (message.startsWith("Unexpected close marker") || message.startsWith("Unexpected character")) {
            return "unbalanced brackets";
        }
        if (message.startsWith("Invalid UTF-8") || message.startsWith("Invalid UTF")) {
            return "the body is not valid UTF-8";
        }
        if (message.startsWith("Trailing token")) {
            return "unexpected content after the JSON value";
        }
        if (message.startsWith("Number value length") || message.startsWith("Number length")) {
            return "a number is too long";
        }
        if (message.startsWith("String value length") || message.startsWith("Document nesting depth")) {
            return "the JSON value is too large or too deeply nested";
        }
        if (message.startsWith("Duplicate field")) {
            return "a key appears twice";
        }
        return "not valid JSON";
    }
}
