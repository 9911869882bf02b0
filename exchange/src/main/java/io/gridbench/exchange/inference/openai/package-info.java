/**
 * The OpenAI Chat Completions surface ({@code /v1/chat/completions}, {@code /api/v1/chat/completions}): request
 * parsing and the {@code chat.completion} / {@code chat.completion.chunk} wire shapes the official SDKs read.
 */
package io.gridbench.exchange.inference.openai;
