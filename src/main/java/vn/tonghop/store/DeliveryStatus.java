package vn.tonghop.store;

import java.time.Instant;
import java.util.List;

/**
 * The e-mails of one run as recorded, for {@code status}.
 *
 * @param runId    the run
 * @param sent     messages sent
 * @param failed   messages that could not be sent
 * @param failures the failed ones, with their last error
 */
public record DeliveryStatus(long runId, int sent, int failed, List<Failure> failures) {

    public DeliveryStatus {
        failures = List.copyOf(failures);
    }

    /** One message that could not be sent; {@code unitCode} is null for the office's mail. */
    public record Failure(String recipient, String unitCode, String subject, int attempts, String lastError,
                          Instant updatedAt) {
    }
}
