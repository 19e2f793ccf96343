package org.invar.aws;

/**
 * A call that was denied or failed during a scan. The scan went on; what the call would have
 * filled is unknown in the model with {@link #reason()}.
 *
 * @param account the account id (or, when it could not be read, how the account was named)
 * @param region the region of the call
 * @param action the IAM action, such as {@code ecs:DescribeServices}
 * @param reason the text unknown values carry, such as {@code ecs:DescribeServices denied in eu-west-3}
 * @param detail the error code or cause, such as {@code AccessDeniedException, HTTP 400}
 */
public record ScanWarning(String account, String region, String action, String reason, String detail) {
    /** The reason, with the detail when the reason does not already hold it (a denial's error code). */
    @Override
    public String toString() {
        return detail.isEmpty() || reason.contains(detail) ? reason : reason + " [" + detail + "]";
    }
}
