package uk.commissioning.approvals;

import java.util.List;
import java.util.Set;
import uk.commissioning.money.Money;

/**
 * Something waiting for approval, as an {@link ApprovalPolicy} needs to see it.
 *
 * @param subject       how messages name it, e.g. {@code transfer 12}
 * @param requestedBy   the username of whoever asked
 * @param organisations the organisations whose people may approve it (e.g. those answerable for the fund it spends)
 * @param approvedBy    usernames of approvals already given, in order: empty until a first approval of a request
 *                      above the policy's limit has been recorded
 */
public record ApprovalRequest(String subject, String requestedBy, Money amount, Set<Long> organisations,
                              List<String> approvedBy) {

    public ApprovalRequest {
        organisations = Set.copyOf(organisations);
        approvedBy = List.copyOf(approvedBy);
    }

    /** A request nobody has approved yet. */
    public static ApprovalRequest of(String subject, String requestedBy, Money amount, Set<Long> organisations) {
        return new ApprovalRequest(subject, requestedBy, amount, organisations, List.of());
    }
}
