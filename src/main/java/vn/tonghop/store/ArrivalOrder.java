package vn.tonghop.store;

/**
 * The order files arrived in, which decides a unit's latest file: by the run that took the file in,
 * then when it was sent, then its name, then its receipt. Every query that needs "a unit's latest
 * file" orders by this; the {@code submission_version} view (migration V4) orders its versions the
 * same way, and {@code ArrivalOrderTest} keeps the two equal.
 */
public final class ArrivalOrder {

    /** SQL {@code ORDER BY} terms on {@code r}, the {@code received_file} of a submission. */
    public static final String SQL = "r.run_id, r.sent_at, r.file_name, r.id";

    private ArrivalOrder() {
    }
}
