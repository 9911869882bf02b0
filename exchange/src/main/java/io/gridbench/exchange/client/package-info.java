/**
 * gridbench's own small HTTP clients of the Grid's APIs (JDK {@code HttpClient}): the signed Trading API client and
 * a non-streaming Chat Completions client. Used by {@code record}, {@code demo} and end-to-end tests; load tests use
 * Gatling and the SDK tests the official OpenAI and Anthropic SDKs.
 */
package io.gridbench.exchange.client;
