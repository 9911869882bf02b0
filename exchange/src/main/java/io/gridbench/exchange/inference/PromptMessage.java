package io.gridbench.exchange.inference;

/** One turn of a conversation as the generator and the token estimate see it: a role and its plain text. */
public record PromptMessage(String role, String text) {
}
