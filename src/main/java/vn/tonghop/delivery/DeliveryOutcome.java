package vn.tonghop.delivery;

/**
 * What one {@link MailDelivery#deliver} did.
 *
 * @param sent    messages accepted by the SMTP server now
 * @param failed  messages that could not be sent (bad address, server down after every try)
 * @param skipped messages not attempted: already sent for this run before a restart, schools without
 *                an e-mail address, schools when {@code send-to-schools} is off, everything when mail is
 *                off
 */
public record DeliveryOutcome(int sent, int failed, int skipped) {
}
