package vn.tonghop.job;

import java.util.function.Supplier;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * One phase of a run's work (reading a file, checking it, storing a chunk, consolidating) as a Java
 * Flight Recorder event. Spring Batch records its steps, items and chunks the same way; these split
 * what its events lump together. Nothing is measured unless a recording is on (the bench's, or one
 * started with {@code -XX:StartFlightRecording}), so it costs the night nothing.
 */
@Name(PhaseEvent.NAME)
@Label("tonghop phase")
@Description("A phase of a tonghop run: read, check, store, consolidate")
@Category({"tonghop"})
@StackTrace(false)
public final class PhaseEvent extends Event {

    /** The event's name in a recording. */
    public static final String NAME = "vn.tonghop.Phase";

    @Label("Phase")
    String phase;

    private PhaseEvent(String phase) {
        this.phase = phase;
    }

    /** Starts timing {@code phase}; {@link #commit()} ends it. */
    static PhaseEvent start(String phase) {
        PhaseEvent event = new PhaseEvent(phase);
        event.begin();
        return event;
    }

    /** Runs {@code work} as {@code phase}. */
    static <T> T timed(String phase, Supplier<T> work) {
        PhaseEvent event = start(phase);
        T result = work.get();
        event.commit();
        return result;
    }
}
