/**
 * gridbench's own small HTTP clients of the Grid's APIs (JDK {@code HttpClient}): the signed Trading API client, a
 * non-streaming Chat Completions client, and the client workflows built on them: seed 000's {@link
 * io.gridbench.exchange.client.MeteredBatch} (estimate, limit buy, wait for the fill, bounded concurrent completions)
 * and its token estimate {@link io.gridbench.exchange.client.BatchEstimate}, the one home of that formula. Used by
 * {@code record}, {@code demo}, the backtester's prompt jobs and end-to-end tests; load tests use Gatling and the SDK
 * tests the official OpenAI and Anthropic SDKs.
 */
package io.gridbench.exchange.client;
