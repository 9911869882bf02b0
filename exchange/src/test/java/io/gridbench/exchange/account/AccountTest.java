package io.gridbench.exchange.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {
    private final Account account = new Account("acct_a", 1, 1_000, false, 2, 0);

    @Test
    void reservingMoreCashThanAvailableChangesNothing() {
        assertThat(account.reserveCash(1_001)).isFalse();
        assertThat(account.availableCents()).isEqualTo(1_000);
        assertThat(account.reservedCents()).isZero();
    }

    @Test
    void reservedCashCanBePaidOrReleased() {
        account.reserveCash(600);
        account.payReserved(200);
        account.releaseCash(400);

        assertThat(account.availableCents()).isEqualTo(800);
        assertThat(account.reservedCents()).isZero();
    }

    @Test
    void cashNeverGoesNegative() {
        assertThatThrownBy(() -> account.pay(1_001)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> account.releaseCash(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> account.receive(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokenBalancesOpenOnceAndNeverGoNegative() {
        TokenBalance balance = account.openBalance(1, "consumption_1", 5);
        balance.credit(10);

        assertThat(account.openBalance(1, "consumption_2", 6)).isSameAs(balance);
        assertThat(account.balance(0)).isNull();
        assertThat(balance.reserve(11)).isFalse();
        assertThat(balance.reserve(10)).isTrue();
        assertThatThrownBy(() -> balance.debitReserved(11)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void ledgerRefusesADuplicateAccount() {
        Ledger ledger = new Ledger(1);
        ledger.open("acct_a", 5, true, 0);

        assertThatThrownBy(() -> ledger.open("acct_a", 5, true, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ledger.open("acct_b", 7, false, 0).number()).isEqualTo(2);
        assertThat(ledger.totalCents()).isEqualTo(12);
    }
}
