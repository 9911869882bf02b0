package io.gridbench.backtest.replay;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimerQueueTest {

    @Test
    void aPeriodicTimerFirstComesDueOnePeriodFromNow() {
        TimerQueue timers = new TimerQueue();

        assertEquals(1_060_000, timers.every(1_000_000, 60_000));
        assertEquals(1_060_000, timers.next());
    }

    @Test
    void aPeriodThatIsNotPositiveIsRefused() {
        TimerQueue timers = new TimerQueue();

        assertThrows(IllegalArgumentException.class, () -> timers.every(1_000, 0));
        assertThrows(IllegalArgumentException.class, () -> timers.every(1_000, -5));
        assertEquals(Long.MAX_VALUE, timers.next());
    }

    @Test
    void aOneShotTimerInThePastComesDueNow() {
        TimerQueue timers = new TimerQueue();

        assertEquals(5_000, timers.at(5_000, 1_000));
        assertEquals(5_000, timers.next());
    }

    @Test
    void aOneShotTimerFiresOnceAndIsGone() {
        TimerQueue timers = new TimerQueue();
        timers.at(0, 100);

        assertEquals(0, timers.fire(99));
        assertEquals(1, timers.fire(100));
        assertEquals(Long.MAX_VALUE, timers.next());
    }

    @Test
    void aPeriodicTimerThatMissedSeveralPeriodsFiresOnceAndMovesPastNow() {
        TimerQueue timers = new TimerQueue();
        timers.every(0, 10);

        assertEquals(1, timers.fire(35));
        assertEquals(40, timers.next());
    }

    @Test
    void manyTimersKeepTheEarliestAsNext() {
        TimerQueue timers = new TimerQueue();
        for (int i = 10; i >= 1; i--) {
            timers.at(0, i * 100L);
        }

        assertEquals(100, timers.next());
        assertEquals(3, timers.fire(300));
        assertEquals(400, timers.next());
    }
}
