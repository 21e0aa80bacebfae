package vn.tonghop.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class MemoryBudgetTest {

    private static final long MB = 1024 * 1024;

    @Test
    void smallLeasesShareTheBudgetAndAreGivenBackOnce() {
        MemoryBudget budget = new MemoryBudget(100 * MB, 150 * MB);
        MemoryBudget.Lease a = budget.acquire(10 * MB);
        MemoryBudget.Lease b = budget.acquire(30 * MB);
        assertThat(budget.available()).isEqualTo(60 * MB);

        a.close();
        a.close(); // a second close gives nothing back twice
        assertThat(budget.available()).isEqualTo(70 * MB);
        b.close();
        assertThat(budget.available()).isEqualTo(budget.capacity());
    }

    @Test
    void aLeaseLargerThanTheBudgetTakesAllOfItAndRunsAlone() {
        MemoryBudget budget = new MemoryBudget(100 * MB, 150 * MB);
        try (MemoryBudget.Lease heavy = budget.acquire(140 * MB)) {
            assertThat(heavy.bytes()).isEqualTo(100 * MB);
            assertThat(budget.available()).isZero();
        }
        assertThat(budget.available()).isEqualTo(100 * MB);
        assertThat(budget.canHold(150 * MB)).isTrue();
        assertThat(budget.canHold(150 * MB + 1)).as("more than the heap can ever give: not tried").isFalse();
    }

    @Test
    void aHeavyFileWaitsUntilTheSmallOnesAreDone() throws Exception {
        MemoryBudget budget = new MemoryBudget(100 * MB, 150 * MB);
        MemoryBudget.Lease small = budget.acquire(5 * MB);
        AtomicBoolean heavyRan = new AtomicBoolean();
        Thread heavy = new Thread(() -> {
            try (MemoryBudget.Lease lease = budget.acquire(100 * MB)) {
                heavyRan.set(true);
            }
        });
        heavy.start();
        while (heavy.getState() != Thread.State.WAITING) {
            Thread.onSpinWait(); // until it waits for the budget
        }
        assertThat(heavyRan).isFalse();

        small.close();
        heavy.join();
        assertThat(heavyRan).isTrue();
        assertThat(budget.available()).isEqualTo(100 * MB);
    }

    @Test
    void theProcessBudgetFollowsTheMaximumHeap() {
        long max = Runtime.getRuntime().maxMemory();
        MemoryBudget heap = MemoryBudget.heap();
        assertThat((double) heap.capacity()).isCloseTo(max * MemoryBudget.HEAP_SHARE, org.assertj.core.data.Offset
                .offset(2048.0));
        assertThat(heap.canHold((long) (max * 0.79))).isTrue();
        assertThat(heap.canHold(max)).isFalse();
    }
}
