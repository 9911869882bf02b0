/**
 * The Anthropic Messages surface ({@code /v1/messages}): request parsing and the {@code message} shape and named
 * stream events ({@code message_start} ... {@code message_stop}) the official SDKs read.
 */
package io.gridbench.exchange.inference.anthropic;
