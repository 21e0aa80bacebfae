package vn.tonghop.store;

/**
 * The order a unit's documents count in, which decides its latest file: by the run that read the file
 * (a held file an officer accepted counts from the run that read it again), then when it was sent, then
 * its name, then its receipt. Every query that needs "a unit's latest file" orders by this; the
 * {@code submission_version} view (its latest migration) numbers versions the same way, and
 * {@code ArrivalOrderTest} keeps the two equal.
 */
public final class ArrivalOrder {

    /** SQL {@code ORDER BY} terms on {@code s}, a submission, and {@code r}, its {@code received_file}. */
    public static final String SQL = "s.run_id, r.sent_at, r.file_name, r.id";

    private ArrivalOrder() {
    }
}
