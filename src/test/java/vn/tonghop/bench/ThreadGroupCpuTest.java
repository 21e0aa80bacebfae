package vn.tonghop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ThreadGroupCpuTest {

    @Test
    void groupsTheJvmsThreadsByTheNamesTheKernelKeeps() {
        assertEquals(ThreadGroupCpu.Group.JIT, ThreadGroupCpu.Group.of("C2 CompilerThre"));
        assertEquals(ThreadGroupCpu.Group.JIT, ThreadGroupCpu.Group.of("C1 CompilerThre"));
        assertEquals(ThreadGroupCpu.Group.GC, ThreadGroupCpu.Group.of("GC Thread#1"));
        assertEquals(ThreadGroupCpu.Group.GC, ThreadGroupCpu.Group.of("G1 Conc#0"));
        assertEquals(ThreadGroupCpu.Group.OTHER, ThreadGroupCpu.Group.of("reader-1"));
        assertEquals(ThreadGroupCpu.Group.OTHER, ThreadGroupCpu.Group.of("VM Thread"));
    }

    /** A Java thread's name reaches the kernel (its first 15 characters): one named as a compiler counts as one. */
    @Test
    void countsTheCpuOfAThreadNamedAsACompilerSinceTheStart() throws InterruptedException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        ThreadGroupCpu cpu = ThreadGroupCpu.start();
        assertTrue(cpu.measured());
        long[] sink = {0};
        Thread busy = new Thread(() -> {
            long end = System.nanoTime() + 400_000_000L;
            long x = 1;
            while (System.nanoTime() < end) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            sink[0] = x;
        }, "C2 CompilerThread9");
        busy.start();
        // measured while it is alive: an ended thread's time leaves /proc/self/task with it
        Thread.sleep(350);
        Map<ThreadGroupCpu.Group, Double> by = cpu.sinceStart();
        busy.join();
        assertTrue(by.getOrDefault(ThreadGroupCpu.Group.JIT, 0.0) >= 0.1, () -> "JIT " + by);
        assertTrue(cpu.describe().startsWith("; of which the JIT compilers "), cpu.describe());
    }
}
