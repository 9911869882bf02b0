/**
 * Ed25519 request signing exactly as The Grid's Trading API does it.
 *
 * <pre>
 *   client                                             server
 *   RequestSigner.sign(method, path, body)             SignatureVerifier.verify(publicKey, ..., signature)
 *     message = CanonicalMessage(ts, METHOD, path, body)   same bytes, rebuilt from the request
 *     headers  x-thegrid-signature   base64(Ed25519(seed, message))
 *              x-thegrid-timestamp   unix seconds
 *              x-thegrid-fingerprint Fingerprint.of(publicKey): base64(SHA-256(pk)) without '=' padding
 * </pre>
 *
 * The path is signed without its query string, so {@code ?order_by=created_at} is not covered by the signature.
 * Keys are Bouncy Castle's (about 20 times faster than the JDK's Ed25519 provider); a private key is the base64 of
 * a 32-byte seed, or of a 64-byte secret key whose first 32 bytes are the seed.
 */
package io.gridbench.exchange.signing;
