package io.gridbench.exchange.api;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/** A registered trading key: the account a fingerprint belongs to and its parsed public key. */
public record TradingKey(String accountId, Ed25519PublicKeyParameters publicKey) {
}
