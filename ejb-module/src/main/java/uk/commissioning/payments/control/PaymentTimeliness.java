package uk.commissioning.payments.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.commissioning.claims.control.Claims;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.identity.Viewer;
import uk.commissioning.period.Quarter;

/**
 * How quickly claims for a quarter were decided and paid, for board packs (docs/PAYMENTS.md): per claim the days from
 * submission to approval, submission to payment and approval to payment (a claim is paid on its last part's paid date;
 * days between calendar dates in UTC), and per provider and per fund the count, median, mean and maximum days from
 * submission to payment and the share paid within 30 days. Only claims the viewer may see (as {@code Claims.list}).
 */
@Stateless
public class PaymentTimeliness {

    @PersistenceContext
    EntityManager em;

    @Inject
    Claims claims;

    public record ClaimTimes(Long claimId, String claimReference, String contractReference, Long providerId,
                             String providerName, String status, LocalDate submittedOn, LocalDate approvedOn,
                             LocalDate paidOn, Long daysToApproval, Long daysToPayment, Long daysApprovalToPayment) {
    }

    public record Group(Long id, String name, int claims, TimelinessFigures submissionToPayment,
                        TimelinessFigures submissionToApproval) {
    }

    public record Report(Quarter quarter, List<ClaimTimes> claims, List<Group> byProvider, List<Group> byFund) {
    }

    public Report forQuarter(Quarter quarter, Viewer viewer) {
        List<ClaimTimes> times = new ArrayList<>();
        Map<Long, List<ClaimTimes>> byProvider = new LinkedHashMap<>();
        Map<Long, String> providerNames = new LinkedHashMap<>();
        Map<Long, List<Long[]>> byFund = new LinkedHashMap<>();
        Map<Long, String> fundCodes = new LinkedHashMap<>();
        for (Claim claim : claims.list(null, null, quarter, viewer)) {
            if (!claim.status().isDecided()) {
                continue;
            }
            LocalDate submitted = date(claim.submittedAt());
            LocalDate approved = date(claim.decidedAt());
            Map<Long, LocalDate> paidByFund = paidDates(claim.id());
            boolean allPaid = claim.status() == uk.commissioning.claims.entity.ClaimStatus.PAID;
            LocalDate paid = allPaid ? paidByFund.values().stream().max(LocalDate::compareTo).orElse(null) : null;
            ClaimTimes t = new ClaimTimes(claim.id(), "CLM-" + claim.id(), claim.contract().reference(),
                    claim.contract().provider().id(), claim.contract().provider().name(), claim.status().name(), submitted,
                    approved, paid, days(submitted, approved), days(submitted, paid), days(approved, paid));
            times.add(t);
            byProvider.computeIfAbsent(t.providerId(), k -> new ArrayList<>()).add(t);
            providerNames.put(t.providerId(), t.providerName());
            for (var part : fundParts(claim.id()).entrySet()) {
                LocalDate partPaid = paidByFund.get(part.getKey());
                byFund.computeIfAbsent(part.getKey(), k -> new ArrayList<>())
                        .add(new Long[]{days(submitted, partPaid), days(submitted, approved)});
                fundCodes.put(part.getKey(), part.getValue());
            }
        }
        List<Group> providers = new ArrayList<>();
        byProvider.forEach((id, list) -> providers.add(new Group(id, providerNames.get(id), list.size(),
                TimelinessFigures.of(list.stream().map(ClaimTimes::daysToPayment).toList()),
                TimelinessFigures.of(list.stream().map(ClaimTimes::daysToApproval).toList()))));
        List<Group> funds = new ArrayList<>();
        byFund.forEach((id, list) -> funds.add(new Group(id, fundCodes.get(id), list.size(),
                TimelinessFigures.of(list.stream().map(a -> a[0]).toList()),
                TimelinessFigures.of(list.stream().map(a -> a[1]).toList()))));
        return new Report(quarter, times, providers, funds);
    }

    /** Days from one date to a later one; null when either is not known yet. */
    static Long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
    }

    private static LocalDate date(java.time.Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Each fund's paid date for the claim (its part's receipt). */
    private Map<Long, LocalDate> paidDates(Long claimId) {
        Map<Long, LocalDate> paid = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT l.fundId, p.paidOn FROM PaymentLine l, PaymentReceipt p "
                + "WHERE p.paymentLineId = l.id AND l.claimId = :claim", Object[].class).setParameter("claim", claimId).getResultList()) {
            paid.put((Long) row[0], (LocalDate) row[1]);
        }
        return paid;
    }

    /** The funds the claim's approval went to (its parts), by fund id with the fund's code. */
    private Map<Long, String> fundParts(Long claimId) {
        Map<Long, String> parts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT DISTINCT p.fundId, f.code FROM LedgerPosting p, JournalEntry e, Fund f "
                        + "WHERE p.entryId = e.id AND f.id = p.fundId AND e.sourceType = :type AND e.sourceId = :id "
                        + "AND p.account = :approved AND p.amount > 0", Object[].class)
                .setParameter("type", uk.commissioning.ledger.entity.DocumentType.CLAIM).setParameter("id", claimId)
                .setParameter("approved", uk.commissioning.ledger.entity.Account.APPROVED).getResultList()) {
            parts.put((Long) row[0], (String) row[1]);
        }
        return parts;
    }
}
