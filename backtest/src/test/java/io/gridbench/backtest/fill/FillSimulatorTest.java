package io.gridbench.backtest.fill;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FillSimulatorTest {
    private static final FillConfig ALL = FillConfig.DEFAULTS.withParticipationBps(10_000);
    private final FillSimulator touch = new FillSimulator(new TouchFillModel(), ALL);
    private final FillSimulator through = new FillSimulator(new TradeThroughFillModel(), ALL);

    private static SimOrder buy(long limit, long qty, long queueAhead) {
        SimOrder o = new SimOrder(1, false, limit, qty, 0, 0);
        o.active = true;
        o.queueAhead = queueAhead;
        return o;
    }

    @Test
    void touchIsReachedByAPrintAtTheLimit() {
        assertThat(touch.printReach(buy(100, 5, 0), 100, 3)).isEqualTo(3);
    }

    @Test
    void touchIgnoresAPrintAboveTheLimit() {
        assertThat(touch.printReach(buy(100, 5, 0), 101, 3)).isZero();
    }

    @Test
    void tradeThroughIgnoresAPrintAtTheLimit() {
        assertThat(through.printReach(buy(100, 5, 0), 100, 3)).isZero();
    }

    @Test
    void tradeThroughIsReachedByAPrintBelowTheLimit() {
        assertThat(through.printReach(buy(100, 5, 0), 99, 3)).isEqualTo(3);
    }

    @Test
    void volumeAtTheLimitFirstEatsTheQueueAhead() {
        SimOrder o = buy(100, 5, 4);
        assertThat(touch.printReach(o, 100, 3)).isZero();
        assertThat(o.queueAhead).isEqualTo(1);
        assertThat(touch.printReach(o, 100, 3)).isEqualTo(2);
        assertThat(o.queueAhead).isZero();
    }

    @Test
    void printsAtTheLimitEatTheQueueUnderTradeThroughToo() {
        SimOrder o = buy(100, 5, 4);
        assertThat(through.printReach(o, 100, 3)).isZero();
        assertThat(o.queueAhead).isEqualTo(1);
    }

    @Test
    void aPrintThroughTheLimitReachesTheOrderWholeAndClearsTheQueue() {
        SimOrder o = buy(100, 5, 10);
        assertThat(touch.printReach(o, 99, 4)).isEqualTo(4);
        assertThat(o.queueAhead).isZero();
        assertThat(through.printReach(buy(100, 5, 10), 99, 4)).isEqualTo(4);
    }

    @Test
    void participationCapCarriesFractionsOver() {
        FillSimulator capped = new FillSimulator(new TouchFillModel(), FillConfig.DEFAULTS.withParticipationBps(1000));
        assertThat(capped.participationBudget(5)).isZero();
        capped.spent(0);
        assertThat(capped.participationBudget(5)).isEqualTo(1);
        capped.spent(1);
        assertThat(capped.participationBudget(30)).isEqualTo(3);
    }

    @Test
    void onlyAFractionOfAUnitCarriesOverWhenTheBudgetWasNotUsed() {
        FillSimulator capped = new FillSimulator(new TouchFillModel(), FillConfig.DEFAULTS.withParticipationBps(1000));
        assertThat(capped.participationBudget(25)).isEqualTo(2);
        capped.spent(0);
        assertThat(capped.participationBudget(5)).isEqualTo(1);
    }

    @Test
    void aBarOpeningBelowTheLimitReachesTheOrder() {
        assertThat(touch.barReach(buy(98, 1, 0), 100, 90, 100)).isPositive();
    }

    @Test
    void aBarTradingDownToTheLimitReachesTheOrder() {
        assertThat(touch.barReach(buy(98, 1, 0), 101, 97, 100)).isPositive();
    }

    @Test
    void aBarThroughTheLimitOffersItsVolumeBelowTheLimit() {
        // range 91..100 = 10 ticks, 100 units: 10 per tick; below a 93 limit are 91..92 = 20 units.
        SimOrder o = buy(93, 100, 50);
        assertThat(through.barReach(o, 100, 91, 100)).isEqualTo(20);
        assertThat(o.queueAhead).isZero();
    }

    @Test
    void aBarThroughTheLimitOffersAtLeastOneUnit() {
        assertThat(through.barReach(buy(93, 5, 0), 100, 91, 3)).isEqualTo(1);
    }

    @Test
    void tradeThroughNeedsTheBarLowBelowTheLimit() {
        SimOrder o = buy(97, 1, 0);
        assertThat(through.barReach(o, 101, 97, 100)).isZero();
        assertThat(touch.barReach(buy(97, 1, 0), 101, 97, 100)).isEqualTo(20);
    }

    @Test
    void aBarTouchingTheLimitEatsTheEstimatedQueueAtThatTick() {
        // 10 ticks, 100 units: 10 printed at the limit tick; 25 queued ahead leaves 15.
        SimOrder o = buy(91, 100, 25);
        assertThat(touch.barReach(o, 100, 91, 100)).isZero();
        assertThat(o.queueAhead).isEqualTo(15);
    }

    @Test
    void aTakerWalksOneLevelPerDepthUnits() {
        FillSimulator sim = new FillSimulator(new TouchFillModel(), ALL.withDepthUnits(4));
        assertThat(sim.nextTakePrice(0, 101, 4)).isEqualTo(101);
        assertThat(sim.unitsAtNextPrice()).isEqualTo(4);
        sim.took(5);
        assertThat(sim.nextTakePrice(0, 101, 4)).isEqualTo(102);
        assertThat(sim.unitsAtNextPrice()).isEqualTo(3);
    }

    @Test
    void theWalkStartsAgainFromTheAskAtTheNextInstant() {
        FillSimulator sim = new FillSimulator(new TouchFillModel(), ALL.withDepthUnits(4));
        sim.nextTakePrice(0, 101, 4);
        sim.took(9);
        assertThat(sim.nextTakePrice(1, 101, 4)).isEqualTo(101);
        assertThat(sim.unitsAtNextPrice()).isEqualTo(4);
    }

    @Test
    void theFirstLevelHoldsTheRecordedAskSize() {
        FillSimulator sim = new FillSimulator(new TouchFillModel(), ALL.withDepthUnits(40));
        assertThat(sim.nextTakePrice(0, 101, 3)).isEqualTo(101);
        assertThat(sim.unitsAtNextPrice()).isEqualTo(3);
        sim.took(3);
        assertThat(sim.nextTakePrice(0, 101, 3)).isEqualTo(102);
        assertThat(sim.unitsAtNextPrice()).isEqualTo(40);
    }

    @Test
    void riskAverseQueueIgnoresCancellations() {
        FillSimulator sim = new FillSimulator(new TouchFillModel(), ALL.withQueue(QueueEstimate.RISK_AVERSE));
        SimOrder o = buy(100, 5, 10);
        o.levelSize = 10;
        sim.levelShrank(o, 6);
        assertThat(o.queueAhead).isEqualTo(6);
        assertThat(o.levelSize).isEqualTo(6);
    }

    @Test
    void probabilisticQueueTakesCancellationsMostlyFromTheLongerSide() {
        FillSimulator sim = new FillSimulator(new TouchFillModel(), ALL.withQueue(QueueEstimate.PROBABILISTIC));
        // 8 ahead, 2 behind: of 2 canceled, 8^3/(8^3+2^3) = 98% came from ahead.
        SimOrder o = buy(100, 5, 8);
        o.levelSize = 10;
        sim.levelShrank(o, 8);
        assertThat(o.queueAhead).isEqualTo(6);
        // 1 ahead, 9 behind: almost nothing of 2 canceled came from ahead.
        SimOrder p = buy(100, 5, 1);
        p.levelSize = 10;
        sim.levelShrank(p, 8);
        assertThat(p.queueAhead).isEqualTo(1);
    }
}
